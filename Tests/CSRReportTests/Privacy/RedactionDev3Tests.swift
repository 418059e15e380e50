import Foundation
import Testing
@testable import CSRReport

/// Measures the redactor against the third corpus (Fixtures/redaction-dev-3.jsonl), written by a
/// helper who saw neither the recognisers nor the other corpora (Fixtures/redaction-dev-3-README.md).
/// Unlike the holdouts it is a DEVELOPMENT corpus: round 4 of issue 7 read its texts and misses
/// and designed rules with them in view, so its figures are not a blind measure (docs/privacy.md,
/// "Round 4"). Every miss, changed clean text and destroyed decoy is printed.
///
/// The floors sit just below what the redactor measured at the end of round 4, so a regression
/// fails. Do not raise recall by editing the corpus.
@Suite struct RedactionDev3 {
    /// Measured at the end of round 4 (docs/privacy.md, "Round 4"): email 100, phone 100, name
    /// 96.8 (users 94.6, non-users 97.6), iban, card, nationalID, ip, handle 100, url 95.0,
    /// address 93.3, dateOfBirth 96.3; all 97.1; clean texts changed 3.0% (9/304); name-word
    /// decoys destroyed 1.0% (1/102). Before round 4: all 80.1%, non-users 72.9%, clean texts
    /// changed 17.4%. After round 5: address 97.8, all 97.4, the rest unchanged. Each floor sits just below its figure, so one more miss fails.
    static let floors = RedactionFloors(
        recall: [
            "email": 0.99, "phone": 0.99, "name": 0.966, "iban": 0.99, "card": 0.99, "nationalID": 0.99, "ip": 0.99,
            "url": 0.94, "handle": 0.99, "address": 0.97, "dateOfBirth": 0.96,
        ],
        overall: 0.973, nonUserNames: 0.975, cleanChangedCeiling: 0.030, nameWordDestroyedCeiling: 0.015
    )

    @Test func dev3Figures() throws {
        let (corpus, names) = try RedactionScore.load(corpus: "redaction-dev-3.jsonl", names: "redaction-dev-3-names.txt")
        #expect(corpus.count >= 200)
        #expect(Set(corpus.map(\.lang)) == ["en", "uk", "nb", "de", "pl"])
        let score = RedactionScore(corpus: corpus, redactor: Redactor(names: names))
        // Line by line: one print of the whole report lost a stretch of its middle in a pipe.
        for line in score.report(title: "Redaction DEV-3 figures (development corpus, not blind)").split(separator: "\n") { print(line) }

        Self.floors.check(score, corpus: "dev-3")
    }
}
