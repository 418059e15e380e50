import Foundation
import Testing
@testable import CSRReport

/// Measures the redactor against a development corpus (Fixtures/redaction-dev-11.jsonl,
/// 260 texts focused on names of people who are not users, nicknames, transliterations and case forms), written blind from the brief (Fixtures/redaction-dev-11-README.md). It was
/// measured once in aggregate before any text was read; round 8 of issue 7 then read its misses,
/// so its later figures are not a blind measure (docs/privacy.md, "Round 8"). REDACTION_DETAILS=1
/// prints every miss.
@Suite struct RedactionDev11 {
    /// Before round 8 (blind, aggregates only, main at ab4e47b): all 91.5%; users' names 97.3,
    /// other names 88.4; clean texts changed 1.3% (1/76); name-word decoys destroyed 5.6% (4/71).
    /// After round 8 (read, main at the round-8 merge): all 97.5%; users' names 97.3, other names
    /// 97.2; clean texts changed 1.3% (1/76); name-word decoys destroyed 5.6% (4/71).
    static let floors = RedactionFloors(
        recall: ["name": 0.97, "phone": 0.99, "email": 0.99, "address": 0.99, "dateOfBirth": 0.99],
        overall: 0.974, nonUserNames: 0.97, cleanChangedCeiling: 0.014, nameWordDestroyedCeiling: 0.057
    )

    @Test func dev11Figures() throws {
        let (corpus, names) = try RedactionScore.load(corpus: "redaction-dev-11.jsonl", names: "redaction-dev-11-names.txt")
        #expect(corpus.count >= 250)
        #expect(Set(corpus.map(\.lang)) == ["en", "uk", "nb", "de", "pl"])
        let score = RedactionScore(corpus: corpus, redactor: Redactor(names: names))
        let details = ProcessInfo.processInfo.environment["REDACTION_DETAILS"] == "1"
        for line in score.report(title: "Redaction DEV-11 figures (development corpus, not blind)", details: details).split(separator: "\n") { print(line) }
        Self.floors.check(score, corpus: "dev-11")
    }
}
