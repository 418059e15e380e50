import Foundation
import Testing
@testable import CSRReport

/// Measures the redactor against the fourth development corpus (Fixtures/redaction-dev-4.jsonl,
/// 250 texts focused on dates of birth, national IDs and addresses), written blind from the brief
/// (Fixtures/redaction-dev-4-README.md). Round 5 of issue 7 read its texts and misses, so its
/// figures are not a blind measure (docs/privacy.md, "Round 5"). Every miss, changed clean text
/// and destroyed decoy is printed. Its names are all labelled "pattern".
///
/// The floors sit just below what the redactor measured at the end of round 5, so a regression
/// fails. Do not raise recall by editing the corpus.
@Suite struct RedactionDev4 {
    /// Before round 5 (main at 5f6ea03): all 74.6; nationalID 83.0, address 60.0, dateOfBirth
    /// 65.0, handle 0/3, names 96.3; clean texts changed 3.8% (3/79). After round 5: nationalID
    /// 100, address 98.0, dateOfBirth 100, handle 100, phone 100, names 96.3 (all labelled
    /// "pattern"); all 98.8; clean texts changed 2.5% (2/79); decoys destroyed 2/137. Each floor
    /// sits just below its figure, so one more miss fails.
    static let floors = RedactionFloors(
        recall: [
            "phone": 0.99, "name": 0.96, "nationalID": 0.99, "handle": 0.99, "address": 0.97, "dateOfBirth": 0.99,
        ],
        overall: 0.985, nonUserNames: 0.96, cleanChangedCeiling: 0.026, nameWordDestroyedCeiling: 0.015
    )

    @Test func dev4Figures() throws {
        let (corpus, names) = try RedactionScore.load(corpus: "redaction-dev-4.jsonl", names: "redaction-dev-4-names.txt")
        #expect(corpus.count >= 200)
        #expect(Set(corpus.map(\.lang)) == ["en", "uk", "nb", "de", "pl"])
        let score = RedactionScore(corpus: corpus, redactor: Redactor(names: names))
        // Line by line: one print of the whole report lost a stretch of its middle in a pipe.
        for line in score.report(title: "Redaction DEV-4 figures (development corpus, not blind)").split(separator: "\n") { print(line) }

        Self.floors.check(score, corpus: "dev-4")
    }
}
