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
    /// Measured (blind, before any change): email 86.7, phone 97.7, name 51.5 (users 89.3,
    /// non-users 24.2), iban 85.0, card 100, nationalID 74.2, ip 100, url 95.2, handle 100,
    /// address 73.5, dateOfBirth 72.2; all 66.1; clean texts changed 7.5%; name-word decoys
    /// destroyed 10.9%. Floors about one miss below.
    static let recallFloors: [String: Double] = [
        "email": 0.83, "phone": 0.95, "name": 0.51, "iban": 0.80, "card": 0.90, "nationalID": 0.71, "ip": 0.90,
        "url": 0.90, "handle": 0.90, "address": 0.70, "dateOfBirth": 0.70,
    ]
    static let overallFloor = 0.655
    static let nonUserNameFloor = 0.235
    static let cleanChangedCeiling = 0.08
    static let nameWordDestroyedCeiling = 0.12

    @Test func holdout2Figures() throws {
        let (corpus, names) = try RedactionScore.load(corpus: "redaction-holdout-2.jsonl", names: "redaction-holdout-2-names.txt")
        #expect(corpus.count >= 300)
        #expect(Set(corpus.map(\.lang)) == ["en", "uk", "nb", "de", "pl"])
        let score = RedactionScore(corpus: corpus, redactor: Redactor(names: names))
        let details = ProcessInfo.processInfo.environment["REDACTION_DETAILS"] == "1"
        print(score.report(title: "Redaction HOLDOUT-2 figures", details: details))

        #expect(score.overallRecall >= Self.overallFloor, "holdout-2 overall recall fell to \(score.overallRecall)")
        for (kind, floor) in Self.recallFloors {
            #expect(score.kindRecall(kind) >= floor, "holdout-2 recall for \(kind) fell to \(score.kindRecall(kind))")
        }
        #expect(score.recall("name (pattern)") >= Self.nonUserNameFloor)
        #expect(score.overRedactionRate <= Self.cleanChangedCeiling, "holdout-2: \(score.overRedactionRate) of clean texts changed")
        #expect(score.decoyDestroyedRate("name-word") <= Self.nameWordDestroyedCeiling,
                "holdout-2: \(score.decoyDestroyedRate("name-word")) of name-word decoys destroyed")
    }
}
