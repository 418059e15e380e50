import Foundation
import Testing
@testable import CSRReport

/// Measures the redactor against a development corpus (Fixtures/redaction-dev-12.jsonl,
/// 260 texts, 150 of them without PII, focused on ordinary words that look like PII), written blind from the brief (Fixtures/redaction-dev-12-README.md). It was
/// measured once in aggregate before any text was read; round 8 of issue 7 then read its misses,
/// so its later figures are not a blind measure (docs/privacy.md, "Round 8"). REDACTION_DETAILS=1
/// prints every miss.
@Suite struct RedactionDev12 {
    /// Before round 8 (blind, aggregates only, main at ab4e47b): all 93.0%; users' names 87.5,
    /// other names 95.7, phones 88.9, addresses 92.3; clean texts changed 19.3% (29/150); name-word
    /// decoys destroyed 11.9% (16/134), organisations 9.8% (17/173), places 12.5% (5/40).
    /// After round 8 (read, main at the round-8 merge): all 96.7%; users' names 95.2, other names
    /// 95.7, phones 100, addresses 92.3; clean texts changed 12.0% (18/150); name-word decoys
    /// destroyed 9.0% (12/134), organisations 4.6% (8/173), places 7.5% (3/40).
    static let floors = RedactionFloors(
        recall: [
            "name": 0.953, "phone": 0.99, "email": 0.99, "iban": 0.99, "card": 0.99, "nationalID": 0.99, "ip": 0.99,
            "url": 0.99, "handle": 0.99, "address": 0.92, "dateOfBirth": 0.99,
        ],
        overall: 0.966, nonUserNames: 0.956, cleanChangedCeiling: 0.121, nameWordDestroyedCeiling: 0.09
    )

    @Test func dev12Figures() throws {
        let (corpus, names) = try RedactionScore.load(corpus: "redaction-dev-12.jsonl", names: "redaction-dev-12-names.txt")
        #expect(corpus.count >= 250)
        #expect(Set(corpus.map(\.lang)) == ["en", "uk", "nb", "de", "pl"])
        let score = RedactionScore(corpus: corpus, redactor: Redactor(names: names))
        let details = ProcessInfo.processInfo.environment["REDACTION_DETAILS"] == "1"
        for line in score.report(title: "Redaction DEV-12 figures (development corpus, not blind)", details: details).split(separator: "\n") { print(line) }
        Self.floors.check(score, corpus: "dev-12")
    }
}
