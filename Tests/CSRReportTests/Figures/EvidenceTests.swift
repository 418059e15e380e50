import Testing
@testable import CSRReport

/// Spec 8: evidence excerpts.
@Suite struct EvidenceTests {
    @Test func safetyFlaggedTextsAreNeverQuoted() throws {
        let b = try SnapshotBuilder.fourParticipantsOfAcme()
        for p in 1...4 {
            try b.score("c\(p)", text: "s\(p)", dimension: "confidence", score: 0.5 + Double(p) / 10, created: "2025-08-05T00:00:00Z")
            try b.snippet(score: "c\(p)", text: "Snippet number \(p) about confidence.")
        }
        try b.flag(content: "s4", status: "rejected")   // whatever its review status
        let evidence = try b.figures(k: 3).report("acme", "2025-Q3").evidence
        #expect(evidence.withheldForSafety == 1)
        #expect(evidence.excerpts.map(\.text) == ["Snippet number 3 about confidence.", "Snippet number 2 about confidence.",
                                               "Snippet number 1 about confidence."])
    }

    @Test func duplicatesAreRemovedByHashKeepingTheMostRelevant() throws {
        let b = try SnapshotBuilder.fourParticipantsOfAcme()
        let text = "I can  now talk to my neighbours."
        let hash = EvidenceSelection.contentHash("i can now talk to my NEIGHBOURS.")
        try b.score("c1", text: "s1", dimension: "belonging", score: 0.9, created: "2025-08-05T00:00:00Z")
        try b.score("c2", text: "s2", dimension: "belonging", score: 0.4, created: "2025-08-05T00:00:00Z")
        try b.score("c3", text: "s3", dimension: "confidence", score: 0.7, created: "2025-08-05T00:00:00Z")
        try b.snippet(score: "c2", text: text, hash: hash.uppercased())   // stored hash, any case
        try b.snippet(score: "c1", text: text)                             // NULL hash: computed, same value
        try b.snippet(score: "c3", text: "Something else entirely.")
        let evidence = try b.figures(k: 3).report("acme", "2025-Q3").evidence
        #expect(evidence.duplicatesRemoved == 1)
        let kept = evidence.excerpts.filter { $0.dimension == .belonging }
        #expect(kept.count == 1)
        #expect(kept.first?.score == 0.9)
        #expect(kept.first?.text == "I can now talk to my neighbours.")
    }

    /// The platform stores the SHA-256 of the raw text; a copy without a hash must still meet it.
    @Test func aCopyWithoutAHashMeetsItsTwinByNormalisedText() throws {
        let b = try SnapshotBuilder.fourParticipantsOfAcme()
        let text = "Now I Understand the Letters from the Council."
        try b.score("c1", text: "s1", dimension: "belonging", score: 0.5, created: "2025-08-05T00:00:00Z")
        try b.score("c2", text: "s2", dimension: "belonging", score: 0.8, created: "2025-08-05T00:00:00Z")
        try b.score("c3", text: "s3", dimension: "confidence", score: 0.7, created: "2025-08-05T00:00:00Z")
        try b.snippet(score: "c1", text: text, hash: sha256Hex(Array(text.utf8)))
        try b.snippet(score: "c2", text: " now i understand the letters  from the council. ")
        try b.snippet(score: "c3", text: "Something else entirely.")
        let evidence = try b.figures(k: 3).report("acme", "2025-Q3").evidence
        let belonging = evidence.excerpts.filter { $0.dimension == .belonging }
        #expect(belonging.count == 1)
        #expect(belonging.first?.score == 0.8)
        #expect(evidence.duplicatesRemoved == 1)
    }

    @Test func tiesInRelevanceAreBrokenByHash() throws {
        let b = try SnapshotBuilder.fourParticipantsOfAcme()
        for p in 1...3 {
            try b.score("c\(p)", text: "s\(p)", dimension: "well_being", score: 0.5, confidence: 0.5, created: "2025-08-05T00:00:00Z")
        }
        try b.snippet(score: "c1", text: "Same length text A.", hash: String(repeating: "c", count: 64))
        try b.snippet(score: "c2", text: "Same length text B.", hash: String(repeating: "a", count: 64))
        try b.snippet(score: "c3", text: "Same length text C.", hash: String(repeating: "b", count: 64))
        let excerpts = try b.figures(k: 3).report("acme", "2025-Q3").evidence.excerpts
        #expect(excerpts.map(\.text) == ["Same length text B.", "Same length text C.", "Same length text A."])
    }

    @Test func excerptsAreRedactedThenCutAndNameNoOne() throws {
        let b = try SnapshotBuilder.fourParticipantsOfAcme()
        let long = "Thanks to Ingrid Haugen (ingrid.haugen+csr@example.no) I passed my B2 exam at 10:30. "
            + String(repeating: "We practised every week and it helped a lot with confidence. ", count: 6)
        for p in 1...3 {
            try b.score("c\(p)", text: "s\(p)", dimension: "job_readiness", score: 0.6, created: "2025-08-05T00:00:00Z")
        }
        try b.snippet(score: "c1", text: long)
        try b.snippet(score: "c2", text: "Olena said it was good.")
        try b.snippet(score: "c3", text: "Short.")
        let excerpts = try b.figures(k: 3).report("acme", "2025-Q3").evidence.excerpts
        let first = try #require(excerpts.first)
        #expect(first.text.hasPrefix("Thanks to [NAME] ([EMAIL]) I passed my B2 exam at 10:30."))
        #expect(first.text.hasSuffix("…"))
        #expect(first.text.count <= 281)
        #expect(!first.text.contains("Ingrid"))
        #expect(excerpts.contains { $0.text == "[NAME] said it was good." })
        #expect(first.sourceType == .kintellFeedback)
    }

    @Test func evidenceFromFewerThanKParticipantsIsWithheld() throws {
        let b = try SnapshotBuilder.fourParticipantsOfAcme()
        try b.score("c1", text: "s1", dimension: "confidence", score: 0.9, created: "2025-08-05T00:00:00Z")
        try b.snippet(score: "c1", text: "Only one voice.")
        let evidence = try b.figures(k: 3).report("acme", "2025-Q3").evidence
        #expect(evidence.withheldForSmallNumbers)
        #expect(evidence.excerpts.isEmpty)
    }

    @Test func cuttingKeepsWholeWords() {
        let text = String(repeating: "word ", count: 100)
        let cut = EvidenceSelection.cut(text, near: 28)
        #expect(cut == "word word word word word…")
        #expect(EvidenceSelection.cut("short text", near: 280) == "short text")
    }
}
