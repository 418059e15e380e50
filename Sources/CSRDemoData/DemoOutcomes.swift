import CSRReport
import CSRSQLiteWriter
import Crypto
import Foundation

/// The Q2Q side of the demo data: outcome scores on feedback and check-in texts, evidence
/// snippets quoting them, and the safety flags that keep some of them out of a report.
enum DemoOutcomes {
    /// In the order of `DemoPopulation.Participant.base` and `.gain`.
    static let dimensions = ["confidence", "belonging", "lang_level_proxy", "job_readiness", "well_being"]
    static let languageDimension = 2
    static let jobDimension = 3

    /// The first 16 bytes of a SHA-256: enough to keep `snippet_hash` unique without holding
    /// every 64-character hex string of a million snippets.
    struct HashKey: Hashable, Sendable {
        let high: UInt64
        let low: UInt64
    }

    /// Lower-case hex SHA-256 of the UTF-8 bytes, as `evidence_snippets.snippet_hash` holds it.
    static func sha256(_ text: String) -> (hex: String, key: HashKey) {
        let digest = Array(SHA256.hash(data: Data(text.utf8)))
        var high: UInt64 = 0, low: UInt64 = 0
        for byte in digest[0..<8] { high = high << 8 | UInt64(byte) }
        for byte in digest[8..<16] { low = low << 8 | UInt64(byte) }
        return (hex(digest), HashKey(high: high, low: low))
    }

    static func modelVersion(at t: Int64, _ rng: inout SeededRandom) -> String {
        if rng.chance(0.04) { return "q2q-v2.1-rc1" }
        return t < DemoTimestamp.seconds(2024, 6, 1) ? "q2q-v1.4" : "q2q-v2.0"
    }
}

extension DemoActivityWriter {
    /// Scores a text on the dimensions its sentences speak to, quotes some of them as evidence,
    /// and flags a few texts (mostly those with personal data) for moderation.
    func writeOutcomes(for text: DemoTextComposer.Text, textID: String, textType: String, contentType: String,
                       participant: DemoPopulation.Participant, writtenAt: Int64) throws {
        let flagged = rng.chance(text.hasPersonalData ? 0.12 : 0.006)
        if flagged { try writeSafetyFlags(contentID: textID, contentType: contentType, personalData: text.hasPersonalData, at: writtenAt) }

        var dimensions: [Int] = []
        for sentence in text.sentences {
            if let name = sentence.category.dimension, let index = DemoOutcomes.dimensions.firstIndex(of: name),
               !dimensions.contains(index) {
                dimensions.append(index)
            }
        }
        if dimensions.isEmpty || rng.chance(0.2) {
            let extra = rng.index(DemoOutcomes.dimensions.count)
            if !dimensions.contains(extra) { dimensions.append(extra) }
        }
        for dimension in dimensions.prefix(3) {
            let created = min(DemoTimeline.exportedAt - 60, writtenAt + Int64(rng.int(in: 600...172_800)))
            let struggling = text.sentences.contains { $0.category == .struggle }
            let score = scoreValue(participant, dimension: dimension, at: writtenAt, struggling: struggling)
            let scoreID = DemoUUID.next(&rng)
            try writeScore(id: scoreID, textID: textID, textType: textType, dimension: DemoOutcomes.dimensions[dimension],
                           score: score, created: created)
            if dimension == DemoOutcomes.jobDimension {
                tally.jobReadiness(score, at: created, company: participant.company)
            }
            let share = flagged || text.hasMarkup ? 1.0 : (text.hasPersonalData ? 0.6 : 0.35)
            if rng.chance(share) {
                try writeSnippet(scoreID: scoreID, text: text, dimension: DemoOutcomes.dimensions[dimension], created: created)
            }
        }
    }

    /// Most participants drift upward over their time in the programme, some decline; the
    /// language proxy follows the CEFR level.
    func scoreValue(_ participant: DemoPopulation.Participant, dimension: Int, at t: Int64, struggling: Bool) -> Double {
        var value: Double
        if dimension == DemoOutcomes.languageDimension {
            value = 0.1 + 0.85 * Double(level(of: participant, at: t) + 1) / 6 + 0.06 * rng.gaussian()
        } else {
            value = participant.base[dimension] + participant.gain[dimension] * participant.progress(at: t) + 0.07 * rng.gaussian()
        }
        if struggling { value -= 0.2 }
        return rounded(min(1, max(0, value)), 1_000)
    }

    func writeScore(id: String, textID: String, textType: String, dimension: String, score: Double, created: Int64,
                    createdText: String? = nil) throws {
        let confidence: SQLiteValue = rng.chance(0.05) ? .null : .real(rounded(rng.double(in: 0.55...0.98), 1_000))
        try writer.insert(.outcomeScores, [
            .text(id), .text(textID), .text(textType), .text(dimension), .real(score), confidence,
            .text(DemoOutcomes.modelVersion(at: created, &rng)), createdText.map { .text($0) } ?? ts(created),
        ])
    }

    /// A sentence of the text (sometimes all of it) as evidence. `snippet_hash` is UNIQUE, so a
    /// repeated sentence is mostly skipped and now and then kept with a NULL hash, which is
    /// what the report's deduplication must cope with.
    private func writeSnippet(scoreID: String, text: DemoTextComposer.Text, dimension: String, created: Int64) throws {
        let snippet: String
        if text.hasMarkup {
            snippet = text.sentences[0].text
        } else if text.sentences.count > 1 && rng.chance(0.15) {
            snippet = text.text
        } else if text.hasPersonalData, rng.chance(0.5),
                  let personal = text.sentences.first(where: { DemoOutcomes.containsPersonalData($0.text) }) {
            snippet = personal.text
        } else if let matching = text.sentences.first(where: { $0.category.dimension == dimension }) {
            snippet = matching.text
        } else {
            snippet = rng.pick(text.sentences).text
        }
        let (hex, key) = DemoOutcomes.sha256(snippet)
        var hash: SQLiteValue = .text(hex)
        if snippetHashes.contains(key) {
            guard rng.chance(0.02) else { return }
            hash = .null
        } else if rng.chance(0.005) {
            hash = .null
        } else {
            snippetHashes.insert(key)
        }
        let embedding: SQLiteValue = rng.chance(0.8) ? .text("vec://q2q/\(String(hex.prefix(16)))") : .null
        try writer.insert(.evidenceSnippets, [.text(DemoUUID.next(&rng)), .text(scoreID), .text(snippet), hash, embedding, ts(created)])
    }

    func writeSafetyFlags(contentID: String, contentType: String, personalData: Bool, at t: Int64) throws {
        let reasons = personalData ? ["pii_leakage"] + (rng.chance(0.05) ? ["profanity"] : [])
                                   : [rng.chance(0.7) ? "profanity" : "hate_speech"]
        for reason in reasons {
            let raised = min(DemoTimeline.exportedAt - 30, t + Int64(rng.int(in: 30...7_200)))
            let status = ["pending", "approved", "rejected", "escalated"][rng.weightedIndex([0.35, 0.3, 0.2, 0.15])]
            let reviewed = status == "pending" ? nil : min(DemoTimeline.exportedAt - 10, raised + Int64(rng.int(in: 3_600...400_000)))
            let reviewer: SQLiteValue = reviewed == nil ? .null : .text(population.users[rng.pick(population.admins)].id)
            let notes: SQLiteValue = switch status {
            case "approved": "Checked: no action needed."
            case "rejected": "Content hidden from reports."
            case "escalated": "Escalated to the data protection officer."
            default: .null
            }
            try writer.insert(.safetyFlags, [
                .text(DemoUUID.next(&rng)), .text(contentID), .text(contentType), .text(reason),
                .real(rounded(rng.double(in: 0.5...0.99), 1_000)), .int(rng.chance(0.9) ? 1 : 0), .text(status),
                reviewer, notes, optionalTs(reviewed), ts(raised),
            ])
        }
    }
}

extension DemoOutcomes {
    /// A cheap test for the structured personal data the composer inserts (digits runs, @, URLs).
    static func containsPersonalData(_ sentence: String) -> Bool {
        var digits = 0
        for scalar in sentence.unicodeScalars {
            if scalar == "@" || scalar == "/" { return true }
            if ("0"..."9").contains(scalar) { digits += 1; if digits >= 6 { return true } }
        }
        return false
    }
}
