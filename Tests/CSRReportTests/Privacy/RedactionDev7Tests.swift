import Foundation
import Testing
@testable import CSRReport

/// Measures the redactor against the sixth development corpus (Fixtures/redaction-dev-7.jsonl,
/// 260 texts, three in four without PII, full of ordinary words that look like names), written blind from the brief
/// (Fixtures/redaction-dev-7-README.md). It was measured once in aggregate before any text was
/// read; round 6 of issue 7 then read its misses, so its later figures are not a blind measure
/// (docs/privacy.md, "Round 6"). REDACTION_DETAILS=1 prints every miss.
@Suite struct RedactionDev7 {
    /// Before round 6 (blind, aggregates only, main at 296072e): all 94.3%; users' names 93.8,
    /// other names 90.6, phone/email/dates of birth 100; clean texts changed 11.9% (23/193);
    /// name-word decoys destroyed 9.1% (11/121). After round 6 as merged (main at fa0e638): all
    /// 97.6; users' names 98.4, other names 93.8; clean texts changed 2.1% (4/193); name-word
    /// decoys 1.7% (2/121). Each floor sits just below its figure.
    static let floors = RedactionFloors(
        recall: ["name": 0.965, "phone": 0.99, "email": 0.99, "dateOfBirth": 0.99],
        overall: 0.975, nonUserNames: 0.93, cleanChangedCeiling: 0.022, nameWordDestroyedCeiling: 0.02
    )

    @Test func dev7Figures() throws {
        let (corpus, names) = try RedactionScore.load(corpus: "redaction-dev-7.jsonl", names: "redaction-dev-7-names.txt")
        #expect(corpus.count >= 250)
        #expect(Set(corpus.map(\.lang)) == ["en", "uk", "nb", "de", "pl"])
        let score = RedactionScore(corpus: corpus, redactor: Redactor(names: names))
        let details = ProcessInfo.processInfo.environment["REDACTION_DETAILS"] == "1"
        for line in score.report(title: "Redaction DEV-7 figures (development corpus, not blind)", details: details).split(separator: "\n") { print(line) }
        Self.floors.check(score, corpus: "dev-7")
    }
}
