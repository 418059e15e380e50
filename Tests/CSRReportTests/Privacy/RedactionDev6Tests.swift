import Foundation
import Testing
@testable import CSRReport

/// Measures the redactor against the sixth development corpus (Fixtures/redaction-dev-6.jsonl,
/// 280 texts focused on addresses and users' names), written blind from the brief
/// (Fixtures/redaction-dev-6-README.md). It was measured once in aggregate before any text was
/// read; round 6 of issue 7 then read its misses, so its later figures are not a blind measure
/// (docs/privacy.md, "Round 6"). REDACTION_DETAILS=1 prints every miss.
@Suite struct RedactionDev6 {
    /// Before round 6 (blind, aggregates only, main at 296072e): all 76.5%; users' names 91.2,
    /// other names 88.7, addresses 48.9; clean texts changed 6.9% (5/72); name-word decoys
    /// destroyed 3.8% (2/52). After round 6 as merged (main at fa0e638): all 98.6; users' names
    /// 99.2, other names 95.2, addresses 100; clean texts changed 2.8% (2/72); name-word decoys
    /// 0/52. Each floor sits just below its figure.
    static let floors = RedactionFloors(
        recall: ["name": 0.975, "address": 0.99],
        overall: 0.985, nonUserNames: 0.95, cleanChangedCeiling: 0.03, nameWordDestroyedCeiling: 0.01
    )

    @Test func dev6Figures() throws {
        let (corpus, names) = try RedactionScore.load(corpus: "redaction-dev-6.jsonl", names: "redaction-dev-6-names.txt")
        #expect(corpus.count >= 250)
        #expect(Set(corpus.map(\.lang)) == ["en", "uk", "nb", "de", "pl"])
        let score = RedactionScore(corpus: corpus, redactor: Redactor(names: names))
        let details = ProcessInfo.processInfo.environment["REDACTION_DETAILS"] == "1"
        for line in score.report(title: "Redaction DEV-6 figures (development corpus, not blind)", details: details).split(separator: "\n") { print(line) }
        Self.floors.check(score, corpus: "dev-6")
    }
}
