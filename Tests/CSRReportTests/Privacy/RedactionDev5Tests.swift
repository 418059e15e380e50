import Foundation
import Testing
@testable import CSRReport

/// Measures the redactor against the sixth development corpus (Fixtures/redaction-dev-5.jsonl,
/// 267 texts focused on dates of birth and national IDs), written blind from the brief
/// (Fixtures/redaction-dev-5-README.md). It was measured once in aggregate before any text was
/// read; round 6 of issue 7 then read its misses, so its later figures are not a blind measure
/// (docs/privacy.md, "Round 6"). REDACTION_DETAILS=1 prints every miss.
@Suite struct RedactionDev5 {
    /// Before round 6 (blind, aggregates only, main at d9a2960): all 85.4%; dates of birth
    /// 73.1, national IDs 92.5, users' names 93.0, other names 93.3; clean texts changed 8.5%
    /// (8/94); decoys destroyed 9/310 (numbers 5/17). After round 6 as merged (main at fa0e638):
    /// all 97.4; dates of birth 98.3, national IDs 100, users' names 95.3, other names 95.6; clean
    /// texts changed 0/94; decoys destroyed 0/310. Each floor sits just below its figure.
    static let floors = RedactionFloors(
        recall: ["dateOfBirth": 0.98, "nationalID": 0.99, "name": 0.95, "phone": 0.99],
        overall: 0.972, nonUserNames: 0.95, cleanChangedCeiling: 0.01, nameWordDestroyedCeiling: 0.01
    )

    @Test func dev5Figures() throws {
        let (corpus, names) = try RedactionScore.load(corpus: "redaction-dev-5.jsonl", names: "redaction-dev-5-names.txt")
        #expect(corpus.count >= 250)
        #expect(Set(corpus.map(\.lang)) == ["en", "uk", "nb", "de", "pl"])
        let score = RedactionScore(corpus: corpus, redactor: Redactor(names: names))
        let details = ProcessInfo.processInfo.environment["REDACTION_DETAILS"] == "1"
        for line in score.report(title: "Redaction DEV-5 figures (development corpus, not blind)", details: details).split(separator: "\n") { print(line) }
        Self.floors.check(score, corpus: "dev-5")
    }
}
