import Foundation
import Testing
@testable import CSRReport

/// Measures the redactor against a development corpus (Fixtures/redaction-dev-8.jsonl,
/// 260 texts focused on names of users and non-users and on clean texts), written blind from the brief (Fixtures/redaction-dev-8-README.md). It was
/// measured once in aggregate before any text was read; round 7 of issue 7 then read its misses,
/// so its later figures are not a blind measure (docs/privacy.md, "Round 7"). REDACTION_DETAILS=1
/// prints every miss.
@Suite struct RedactionDev8 {
    /// Before round 7 (blind, aggregates only, main at 24e2db9): all 90.3%; users' names 86.0,
    /// other names 91.9; clean texts changed 9.0% (8/89); name-word decoys destroyed 13.8%
    /// (13/94), date decoys 2/19, organisations 3/46.
    /// After round 7 (read, main at 9e4c107): all 93.9%; users' names 93.0, other names 93.3;
    /// clean texts changed 6.7% (6/89); name-word decoys destroyed 7.4% (7/94). The floors sit
    /// just below these.
    /// After round 8 (main at the round-8 merge): all 94.6%, other names 94.8; the rest as after round 7.
    static let floors = RedactionFloors(
        recall: ["name": 0.939, "phone": 0.99, "email": 0.99, "iban": 0.99, "nationalID": 0.99, "address": 0.99, "dateOfBirth": 0.99],
        overall: 0.945, nonUserNames: 0.947, cleanChangedCeiling: 0.068, nameWordDestroyedCeiling: 0.075
    )

    @Test func dev8Figures() throws {
        let (corpus, names) = try RedactionScore.load(corpus: "redaction-dev-8.jsonl", names: "redaction-dev-8-names.txt")
        #expect(corpus.count >= 250)
        #expect(Set(corpus.map(\.lang)) == ["en", "uk", "nb", "de", "pl"])
        let score = RedactionScore(corpus: corpus, redactor: Redactor(names: names))
        let details = ProcessInfo.processInfo.environment["REDACTION_DETAILS"] == "1"
        for line in score.report(title: "Redaction DEV-8 figures (development corpus, not blind)", details: details).split(separator: "\n") { print(line) }
        Self.floors.check(score, corpus: "dev-8")
    }
}
