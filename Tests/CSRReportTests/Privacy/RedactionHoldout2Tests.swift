import Foundation
import Testing
@testable import CSRReport

/// Measures the redactor against the second independent holdout (Fixtures/redaction-holdout-2.jsonl,
/// written by someone who had seen neither the recognisers nor the other corpora; see
/// Fixtures/redaction-holdout-2-README.md). Besides PII spans it labels decoys: ordinary tokens
/// that look like PII ("will", "B2", "v2.3.1") and must come out untouched.
///
/// The floors sit just under what the redactor measured (docs/privacy.md has the figures before
/// and after), so a regression fails. Do not raise recall by editing the holdout. Misses are only
/// printed with REDACTION_DETAILS=1.
@Suite struct RedactionHoldout2 {
    /// Measured after round 4 of issue 7 (docs/privacy.md, "Round 4"; aggregates only): email
    /// 100, phone 97.7, name 92.2 (users 91.4, non-users 92.8), iban 100, card 100, nationalID
    /// 96.8, ip 100, url 95.2, handle 100, address 91.2, dateOfBirth 92.6; all 94.0; clean texts
    /// changed 7.5% (10/134); name-word decoys destroyed 5.4% (5/92). Each floor sits just below
    /// its figure, so that one more miss (or one more changed text) fails. (Blind, before any
    /// change: all 66.1%, non-users 24.2%; round 1: 77.9%, 47.9%; round 2: 87.5%, 75.8%; round 3:
    /// 88.8%, 79.4%.) After round 5: nationalID 100, address 94.1, dateOfBirth 94.4; all 94.5;
    /// clean texts changed 6.7% (9/134); the rest as after round 4. After round 6, as merged
    /// (main at fa0e638, measured once by the coordinator): name 92.5 (users 92.9, non-users 92.3,
    /// one span fewer than before), address 97.1, dateOfBirth 96.3; all 95.0; clean texts changed
    /// 5.2% (7/134); name-word decoys destroyed 4.3% (4/92); the rest as after round 5. After
    /// round 7, as merged (main at 9e4c107, measured once): dateOfBirth 98.1 (53/54), all 95.2;
    /// the rest unchanged. After round 8, as merged (main at 1c5b787, measured once): phone 100,
    /// name 93.1 (users 92.9, non-users 93.3), all 95.7; the rest unchanged.
    static let floors = RedactionFloors(
        recall: [
            "email": 0.99, "phone": 0.99, "name": 0.93, "iban": 0.99, "card": 0.99, "nationalID": 0.99, "ip": 0.99,
            "url": 0.95, "handle": 0.99, "address": 0.97, "dateOfBirth": 0.98,
        ],
        overall: 0.956, nonUserNames: 0.93, cleanChangedCeiling: 0.053, nameWordDestroyedCeiling: 0.044
    )

    @Test func holdout2Figures() throws {
        let (corpus, names) = try RedactionScore.load(corpus: "redaction-holdout-2.jsonl", names: "redaction-holdout-2-names.txt")
        #expect(corpus.count >= 300)
        #expect(Set(corpus.map(\.lang)) == ["en", "uk", "nb", "de", "pl"])
        let score = RedactionScore(corpus: corpus, redactor: Redactor(names: names))
        let details = ProcessInfo.processInfo.environment["REDACTION_DETAILS"] == "1"
        print(score.report(title: "Redaction HOLDOUT-2 figures", details: details))

        Self.floors.check(score, corpus: "holdout-2")
    }
}
