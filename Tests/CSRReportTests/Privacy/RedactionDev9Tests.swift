import Foundation
import Testing
@testable import CSRReport

/// Measures the redactor against a development corpus (Fixtures/redaction-dev-9.jsonl,
/// 277 texts focused on dates of birth, national IDs and addresses), written blind from the brief (Fixtures/redaction-dev-9-README.md). It was
/// measured once in aggregate before any text was read; round 7 of issue 7 then read its misses,
/// so its later figures are not a blind measure (docs/privacy.md, "Round 7"). REDACTION_DETAILS=1
/// prints every miss.
@Suite struct RedactionDev9 {
    /// Before round 7 (blind, aggregates only, main at 24e2db9): all 85.8%; users' names 95.7,
    /// other names 88.2, national IDs 92.5, addresses 74.2, dates of birth 81.2; clean texts
    /// changed 5.6% (4/72); name-word decoys destroyed 3.8% (2/53), decoys in all 10/362.
    /// After round 7 (read, main at 9e4c107): all 96.9%; users' names 97.8, other names 92.9,
    /// national IDs 100, addresses 97.8, dates of birth 96.9; clean texts changed 4.2% (3/72);
    /// name-word decoys destroyed 3.8% (2/53). The floors sit just below these.
    /// After round 8 (main at the round-8 merge): all 97.6%; other names 95.3, dates of birth 97.7;
    /// clean texts changed 2.8% (2/72); the rest as after round 7.
    static let floors = RedactionFloors(
        recall: ["name": 0.965, "phone": 0.99, "email": 0.99, "nationalID": 0.99, "address": 0.977, "dateOfBirth": 0.976],
        overall: 0.975, nonUserNames: 0.952, cleanChangedCeiling: 0.028, nameWordDestroyedCeiling: 0.038
    )

    @Test func dev9Figures() throws {
        let (corpus, names) = try RedactionScore.load(corpus: "redaction-dev-9.jsonl", names: "redaction-dev-9-names.txt")
        #expect(corpus.count >= 250)
        #expect(Set(corpus.map(\.lang)) == ["en", "uk", "nb", "de", "pl"])
        let score = RedactionScore(corpus: corpus, redactor: Redactor(names: names))
        let details = ProcessInfo.processInfo.environment["REDACTION_DETAILS"] == "1"
        for line in score.report(title: "Redaction DEV-9 figures (development corpus, not blind)", details: details).split(separator: "\n") { print(line) }
        Self.floors.check(score, corpus: "dev-9")
    }
}
