import Foundation
import Testing
@testable import CSRReport

/// Measures the redactor against the third independent holdout (Fixtures/redaction-holdout-3.jsonl,
/// 476 texts written by someone who saw neither the recognisers nor any other corpus; see
/// Fixtures/redaction-holdout-3-README.md). It arrived during round 4 of issue 7 and was measured
/// before any round-4 change; the developers of the rules see only these aggregate figures.
///
/// The floors sit just under what the redactor measured (docs/privacy.md has the figures before
/// and after), so a regression fails. Do not raise recall by editing the holdout. Misses are only
/// printed with REDACTION_DETAILS=1, and nobody designing rules may set it.
@Suite struct RedactionHoldout3 {
    /// Measured blind, before round 4 (main at 91497a4): all 88.2; email 90.5, nationalID 80.8,
    /// address 71.8, dateOfBirth 64.3, "pattern" names 89.4; clean texts changed 5.7% (11/193).
    /// After round 4 (aggregates only; docs/privacy.md): email 100, phone 100, name 94.8 (users
    /// 93.4, "pattern" names 97.2: non-users plus users' nicknames and transliterations), iban
    /// 100, card 100, nationalID 84.6, ip 100, url 100, handle 100, address 84.6, dateOfBirth
    /// 66.7; all 92.9; clean texts changed 4.7% (9/193); name-word decoys destroyed 5.4% (4/74).
    /// After round 5, as merged (measured once by the coordinator; aggregates only): nationalID
    /// 88.5, address 87.2, dateOfBirth 76.2; all 94.1; clean texts changed 4.7% (9/193); name-word
    /// decoys 5.4% (4/74); every other kind as after round 4.
    /// After round 6, as merged (main at fa0e638, measured once by the coordinator): name 96.3
    /// (users 94.5, "pattern" names 97.2), nationalID 88.5, address 89.7, dateOfBirth 83.3; all
    /// 95.1; clean texts changed 4.1% (8/193); name-word decoys 2.7% (2/74). After round 7, as
    /// merged (main at 9e4c107, measured once): nationalID 92.3 (24/26), address 92.3 (36/39),
    /// dateOfBirth 85.7 (36/42); all 95.7; the rest unchanged. After round 8, as merged (main at
    /// 1c5b787, measured once): name 97.0 ("pattern" names 98.3), all 96.1; the rest unchanged.
    /// Each floor sits just below its figure, so that one more miss (or one more changed text) fails.
    static let floors = RedactionFloors(
        recall: [
            "email": 0.99, "phone": 0.99, "name": 0.97, "iban": 0.99, "card": 0.99, "nationalID": 0.92, "ip": 0.99,
            "url": 0.99, "handle": 0.99, "address": 0.92, "dateOfBirth": 0.85,
        ],
        overall: 0.96, nonUserNames: 0.98, cleanChangedCeiling: 0.042, nameWordDestroyedCeiling: 0.028
    )

    @Test func holdout3Figures() throws {
        let (corpus, names) = try RedactionScore.load(corpus: "redaction-holdout-3.jsonl", names: "redaction-holdout-3-names.txt")
        #expect(corpus.count >= 400)
        #expect(Set(corpus.map(\.lang)) == ["en", "uk", "nb", "de", "pl"])
        let score = RedactionScore(corpus: corpus, redactor: Redactor(names: names))
        let details = ProcessInfo.processInfo.environment["REDACTION_DETAILS"] == "1"
        print(score.report(title: "Redaction HOLDOUT-3 figures", details: details))

        Self.floors.check(score, corpus: "holdout-3")
    }
}
