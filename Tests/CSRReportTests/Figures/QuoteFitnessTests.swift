import Foundation
import Testing
@testable import CSRReport

/// Issue 7 item 3: quotes worth sending. Heavy redaction costs rank; a text that is more
/// placeholders than words, markup, a formula or a list of links is never quoted, and counted.
@Suite struct QuoteFitnessTests {
    private func judge(_ text: String) -> QuoteFitness.Unfit? {
        QuoteFitness.judge(Redactor(names: NameDictionary(names: ["Anna", "Kowalska", "Taras"])).redaction(of: text))
    }

    @Test func morePlaceholdersThanWordsIsUnfit() {
        #expect(judge("Anna Kowalska, Taras: +47 412 34 567") == .mostlyPlaceholders)
        #expect(judge("Anna helped me write my CV and call the landlord.") == nil)
    }

    @Test func markupFormulaAndLinkListsAreUnfit() {
        #expect(judge("<div class=\"note\">Great session</div>") == .markup)
        #expect(judge("{{user.first_name}} was great") == .markup)
        #expect(judge("[click here](https://example.org/x) for the notes") == .markup)
        #expect(judge("{\"score\": [1, 2], \"ok\": true, \"id\": 7}") == .markup)
        #expect(judge("=HYPERLINK(\"http://evil.example\", \"notes\")") == .formula)
        #expect(judge("the total was SUM(A1:B2) last week") == .formula)
        #expect(judge("see https://a.example/1 https://b.example/2 https://c.example/3") == .linkList)
        #expect(judge("notes: https://docs.example.org/very/long/path/to/the/shared/folder/2025") == .linkList)
        // Prose with numbers, a time and a level stays quotable.
        #expect(judge("I passed my B2 exam at 10:30 and now work 20 hours a week (since 1 May).") == nil)
    }

    /// End to end: the most relevant text is mostly placeholders; it is never quoted, it is
    /// counted with its reason, and the next candidates are quoted instead.
    @Test func aQuoteWithMorePlaceholdersThanWordsIsNeverChosen() throws {
        let b = try SnapshotBuilder.fourParticipantsOfAcme()
        try b.score("c1", text: "s1", dimension: "confidence", score: 0.99, confidence: 0.99, created: "2025-08-05T00:00:00Z")
        try b.snippet(score: "c1", text: "Olena Kowalska Taras Kowalska +47 412 34 567 olena@example.org")
        for p in 2...4 {
            try b.score("c\(p)", text: "s\(p)", dimension: "confidence", score: 0.5, created: "2025-08-05T00:00:00Z")
            try b.snippet(score: "c\(p)", text: "I dare to speak at the doctor's now, story \(p).")
        }
        let report = try b.figures(k: 3).report("acme", "2025-Q3")
        let texts = report.evidence.excerpts.map(\.text)
        #expect(texts.count == 3)
        #expect(!texts.contains { $0.contains("[NAME]") })
        #expect(report.evidence.withheldAsUnfit == [.mostlyPlaceholders: 1])
        for excerpt in report.evidence.excerpts {
            let words = excerpt.text.split(separator: " ").filter { !$0.hasPrefix("[") }.count
            #expect(excerpt.redactedKinds.values.reduce(0, +) <= words)
        }
        let markdown = try ReportRenderer(templates: TemplateSet.builtIn(), locale: .fixed("en")).render(report).first { $0.name == "report.md" }!
        #expect(String(decoding: markdown.bytes, as: UTF8.self).contains("1 candidate excerpt was passed over as not worth quoting, and the next candidate is quoted instead: more placeholders than words (1)."))
    }

    /// A text that needed heavy redaction loses to a clean one of similar relevance, but not to
    /// a clearly less relevant one.
    @Test func redactionCostsRank() throws {
        let b = try SnapshotBuilder.fourParticipantsOfAcme()
        try b.score("c1", text: "s1", dimension: "belonging", score: 0.82, confidence: 0.8, created: "2025-08-05T00:00:00Z")
        try b.snippet(score: "c1", text: "Olena Kowalska and Taras Kowalska showed me the library, it felt like home.")
        try b.score("c2", text: "s2", dimension: "belonging", score: 0.80, confidence: 0.8, created: "2025-08-05T00:00:00Z")
        try b.snippet(score: "c2", text: "My neighbours showed me the library and the choir, it felt like home.")
        try b.score("c3", text: "s3", dimension: "belonging", score: 0.30, confidence: 0.3, created: "2025-08-05T00:00:00Z")
        try b.snippet(score: "c3", text: "It was fine I guess, nothing special this time.")
        let tenant = try b.figures(k: 3).tenant("acme", "2025-Q3")
        let excerpts = tenant.report.evidence.excerpts
        #expect(excerpts.map(\.text) == [
            "My neighbours showed me the library and the choir, it felt like home.",
            "[NAME] and [NAME] showed me the library, it felt like home.",
            "It was fine I guess, nothing special this time.",
        ])
        #expect(excerpts[1].redactedKinds == [.name: 2])
        #expect(tenant.audit.quotes.map(\.excerpt) == excerpts)
        #expect(tenant.audit.quotes.allSatisfy { !$0.snippetID.isEmpty })
    }

    /// `--exclude-evidence`: a vetoed snippet is never quoted and the next candidate takes its place.
    @Test func excludedSnippetsAreReplacedByTheNextCandidates() throws {
        let b = try SnapshotBuilder.fourParticipantsOfAcme()
        for p in 1...4 {
            try b.score("c\(p)", text: "s\(p)", dimension: "job_readiness", score: 0.5 + Double(p) / 10, created: "2025-08-05T00:00:00Z")
            try b.snippet(score: "c\(p)", text: "Job story number \(p).")
        }
        let firstTenant = try b.figures(k: 3).tenant("acme", "2025-Q3")
        let first = firstTenant.report.evidence
        #expect(first.excerpts.map(\.text) == ["Job story number 4.", "Job story number 3.", "Job story number 2."])
        var settings = ReportSettings()
        settings.minGroupSize = 3
        settings.excludedSnippets = EvidenceExclusions.parse("# vetoed\n\n  \(firstTenant.audit.quotes[0].snippetID.uppercased())  \n")
        let second = try ReportFigures(data: try b.load(), settings: settings).report("acme", "2025-Q3").evidence
        #expect(second.excerpts.map(\.text) == ["Job story number 3.", "Job story number 2.", "Job story number 1."])
        #expect(second.excludedAtReview == 1)
    }
}
