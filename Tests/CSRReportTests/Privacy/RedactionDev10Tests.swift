import Foundation
import Testing
@testable import CSRReport

/// Measures the redactor against a development corpus (Fixtures/redaction-dev-10.jsonl,
/// 265 texts, a general mix of every kind), written blind from the brief (Fixtures/redaction-dev-10-README.md). It was
/// measured once in aggregate before any text was read; round 7 of issue 7 then read its misses,
/// so its later figures are not a blind measure (docs/privacy.md, "Round 7"). REDACTION_DETAILS=1
/// prints every miss.
@Suite struct RedactionDev10 {
    /// Before round 7 (blind, aggregates only, main at 24e2db9): all 93.7%; users' names 93.5,
    /// other names 93.0, phones 97.1, cards 71.4 (5/7), handles 75.0 (6/8), national IDs 88.2,
    /// addresses 90.9, dates of birth, e-mail, IBAN, IP, URL 100; clean texts changed 1.0%
    /// (1/102); name-word decoys destroyed 1.4% (1/72).
    /// After round 7 (read, main at 9e4c107): all 97.5%; users' names 96.7, other names 93.0;
    /// every other kind 100; clean texts changed 0/102; name-word decoys destroyed 1.4% (1/72).
    /// The floors sit just below these.
    /// After round 8 (main at the round-8 merge): all 98.7%; users' names 98.9, other names 95.8;
    /// the rest as after round 7.
    static let floors = RedactionFloors(
        recall: [
            "name": 0.974, "phone": 0.99, "email": 0.99, "iban": 0.99, "card": 0.99, "nationalID": 0.99, "ip": 0.99,
            "url": 0.99, "handle": 0.99, "address": 0.99, "dateOfBirth": 0.99,
        ],
        overall: 0.986, nonUserNames: 0.957, cleanChangedCeiling: 0.0, nameWordDestroyedCeiling: 0.014
    )

    @Test func dev10Figures() throws {
        let (corpus, names) = try RedactionScore.load(corpus: "redaction-dev-10.jsonl", names: "redaction-dev-10-names.txt")
        #expect(corpus.count >= 250)
        #expect(Set(corpus.map(\.lang)) == ["en", "uk", "nb", "de", "pl"])
        let score = RedactionScore(corpus: corpus, redactor: Redactor(names: names))
        let details = ProcessInfo.processInfo.environment["REDACTION_DETAILS"] == "1"
        for line in score.report(title: "Redaction DEV-10 figures (development corpus, not blind)", details: details).split(separator: "\n") { print(line) }
        Self.floors.check(score, corpus: "dev-10")
    }
}
