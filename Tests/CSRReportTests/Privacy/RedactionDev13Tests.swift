import Foundation
import Testing
@testable import CSRReport

/// Measures the redactor against a development corpus (Fixtures/redaction-dev-13.jsonl,
/// 260 texts focused on dates of birth, national IDs and addresses as intake notes write them), written blind from the brief (Fixtures/redaction-dev-13-README.md). It was
/// measured once in aggregate before any text was read; round 8 of issue 7 then read its misses,
/// so its later figures are not a blind measure (docs/privacy.md, "Round 8"). REDACTION_DETAILS=1
/// prints every miss.
@Suite struct RedactionDev13 {
    /// Before round 8 (blind, aggregates only, main at ab4e47b): all 84.2%; users' names 100,
    /// other names 91.9, phones 93.3, IBAN 0/2, national IDs 90.0, addresses 75.3, dates of birth
    /// 77.6; clean texts changed 5.5% (3/55); name-word decoys destroyed 5.9% (2/34).
    /// After round 8 (read, main at the round-8 merge): all 99.2%; users' names 100, other names
    /// 98.4, every other kind 100 but addresses 97.5 (79/81); clean texts changed 5.5% (3/55);
    /// name-word decoys destroyed 5.9% (2/34).
    static let floors = RedactionFloors(
        recall: [
            "name": 0.99, "phone": 0.99, "email": 0.99, "iban": 0.99, "nationalID": 0.99, "address": 0.975,
            "dateOfBirth": 0.99,
        ],
        overall: 0.991, nonUserNames: 0.983, cleanChangedCeiling: 0.056, nameWordDestroyedCeiling: 0.06
    )

    @Test func dev13Figures() throws {
        let (corpus, names) = try RedactionScore.load(corpus: "redaction-dev-13.jsonl", names: "redaction-dev-13-names.txt")
        #expect(corpus.count >= 250)
        #expect(Set(corpus.map(\.lang)) == ["en", "uk", "nb", "de", "pl"])
        let score = RedactionScore(corpus: corpus, redactor: Redactor(names: names))
        let details = ProcessInfo.processInfo.environment["REDACTION_DETAILS"] == "1"
        for line in score.report(title: "Redaction DEV-13 figures (development corpus, not blind)", details: details).split(separator: "\n") { print(line) }
        Self.floors.check(score, corpus: "dev-13")
    }
}
