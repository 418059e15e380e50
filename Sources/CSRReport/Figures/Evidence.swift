import Foundation

/// Evidence excerpts (spec 8): candidates, safety and review exclusion, dedup, redaction, fitness,
/// ranking with a redaction penalty, cut.
struct EvidenceSelection {
    let index: ActivityIndex
    let settings: ReportSettings
    let redactor: Redactor

    private struct Candidate {
        let snippet: EvidenceSnippetRow
        let score: OutcomeScoreRow
        let hash: String
        let relevance: Double
    }

    /// Candidate snippet indexes per company for `period`, from one pass over the snippets.
    static func candidates(index: ActivityIndex, period: Period) -> [[Int32]] {
        var result = [[Int32]](repeating: [], count: index.data.companies.count)
        for (i, snippet) in index.data.snippets.enumerated() {
            let score = index.data.scores[Int(snippet.score)]
            guard period.contains(score.createdAt) else { continue }
            index.forEachCompany(of: score.participant, as: .participant, before: period.endTime) { result[Int($0)].append(Int32(i)) }
        }
        return result
    }

    /// The report's evidence, and each excerpt with the snippet id it came from (for the
    /// operator's review sheet only).
    func summary(for candidateIndexes: [Int32]) -> (summary: EvidenceSummary, quotes: [QuotedSnippet]) {
        let data = index.data
        var withheld = 0
        var excluded = 0
        var voices: Set<UserRef> = []
        var candidates: [Candidate] = []
        for i in candidateIndexes {
            let snippet = data.snippets[Int(i)]
            let score = data.scores[Int(snippet.score)]
            // Never quoted: any safety flag on the source text, whatever its review status.
            if data.flaggedContent.contains(score.textID) {
                withheld += 1
                continue
            }
            // Vetoed at the account manager's review: as if the snippet were not there, so the
            // next candidates are quoted (and, like a flagged text, it is no voice for the
            // small-number rule, which can only make that rule stricter).
            if !settings.excludedSnippets.isEmpty, settings.excludedSnippets.contains(snippet.id.lowercased()) {
                excluded += 1
                continue
            }
            voices.insert(score.participant)
            let length = Double(snippet.text.count)
            let relevance = 0.5 * score.score + 0.3 * (score.confidence ?? 0) + 0.2 * min(length / 200, 1)
            candidates.append(Candidate(snippet: snippet, score: score, hash: snippet.hash ?? Self.contentHash(snippet.text),
                                        relevance: relevance))
        }
        // Two copies are the same snippet when their stored hashes agree, or when their texts agree
        // after normalisation (a stored hash is of the raw text, so a copy without one would
        // otherwise never meet its twin): keep the most relevant copy of each.
        var duplicates = 0
        func keepBest(by key: (Candidate) -> String) -> [Candidate] {
            var best: [String: Candidate] = [:]
            for candidate in candidates {
                let k = key(candidate)
                if let kept = best[k] {
                    duplicates += 1
                    if Self.ranksBefore(candidate, kept) { best[k] = candidate }
                } else {
                    best[k] = candidate
                }
            }
            return Array(best.values)
        }
        candidates = keepBest { $0.hash }
        let best = keepBest { Self.contentHash($0.snippet.text) }
        let pool = best
        // Quotes from a handful of people could point at them: the candidates (after the safety
        // exclusion) must come from at least k participants, or nothing is quoted.
        if SmallNumberRule(k: settings.minGroupSize).hides(contributors: voices.count) {
            var summary = EvidenceSummary(excerpts: [], withheldForSafety: withheld, duplicatesRemoved: duplicates, withheldForSmallNumbers: true)
            summary.excludedAtReview = excluded
            return (summary, [])
        }
        var quotes: [QuotedSnippet] = []
        var unfit: [QuoteFitness.Unfit: Int] = [:]
        // Two texts that differ only in a name read the same once redacted; quote such a text once.
        var quoted: Set<String> = []
        for dimension in OutcomeDimension.allCases {
            let ranked = pool.filter { $0.score.dimension == dimension }.sorted(by: Self.ranksBefore)
            // Redaction costs rank (`QuoteFitness.penalty`), and a penalty only ever lowers it, so
            // candidates are redacted in order of raw relevance and the walk stops once no later
            // one can beat the K-th best ranked so far: the result is the exact top K without
            // redacting every candidate.
            var judged: [(candidate: Candidate, redaction: Redaction, rank: Double, key: String)] = []
            var keys: Set<String> = []
            func kthRank() -> Double? {
                guard judged.count >= settings.excerptsPerDimension, settings.excerptsPerDimension > 0 else { return nil }
                return judged.map(\.rank).sorted(by: >)[settings.excerptsPerDimension - 1]
            }
            for candidate in ranked {
                if let bar = kthRank(), candidate.relevance < bar { break }
                // Redact first, then cut: a cut must never leave half an e-mail address behind.
                let redaction = redactor.redaction(of: candidate.snippet.text)
                if let reason = QuoteFitness.judge(redaction) {
                    unfit[reason, default: 0] += 1
                    continue
                }
                let key = Self.contentHash(redaction.text)
                guard !quoted.contains(key), keys.insert(key).inserted else {
                    duplicates += 1
                    continue
                }
                judged.append((candidate, redaction, candidate.relevance - QuoteFitness.penalty(redaction), key))
            }
            let chosen = judged.sorted { a, b in
                if a.rank != b.rank { return a.rank > b.rank }
                return Self.ranksBefore(a.candidate, b.candidate)
            }.prefix(settings.excerptsPerDimension)
            for pick in chosen {
                quoted.insert(pick.key)
                let c = pick.candidate
                let text = Self.cut(pick.redaction.text, near: settings.excerptLength)
                let excerpt = EvidenceExcerpt(dimension: dimension, text: text,
                                              score: c.score.score, confidence: c.score.confidence, sourceType: c.score.textType,
                                              relevance: c.relevance, redactedKinds: pick.redaction.counts,
                                              language: QuoteLanguage.code(of: text))
                quotes.append(QuotedSnippet(snippetID: c.snippet.id, excerpt: excerpt))
            }
        }
        var summary = EvidenceSummary(excerpts: quotes.map(\.excerpt), withheldForSafety: withheld, duplicatesRemoved: duplicates, withheldForSmallNumbers: false)
        summary.withheldAsUnfit = unfit
        summary.excludedAtReview = excluded
        return (summary, quotes)
    }

    /// Higher relevance first; ties by the dedup hash, then the score id, so output is stable.
    private static func ranksBefore(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.relevance != b.relevance { return a.relevance > b.relevance }
        if a.hash != b.hash { return a.hash < b.hash }
        return a.score.id < b.score.id
    }

    /// SHA-256 of the text after Unicode NFC, lower-casing, collapsing white space and trimming.
    static func contentHash(_ text: String) -> String {
        let normalised = text.precomposedStringWithCanonicalMapping.lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return sha256Hex(Array(normalised.utf8))
    }

    /// Cuts at the last word boundary before `limit` characters and ends with an ellipsis.
    static func cut(_ text: String, near limit: Int) -> String {
        let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let head = flat.prefix(limit)
        let boundary = head.lastIndex(of: " ").flatMap { head.distance(from: head.startIndex, to: $0) > limit / 2 ? $0 : nil }
        let kept = head[..<(boundary ?? head.endIndex)]
        return kept.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters.subtracting(CharacterSet(charactersIn: "]")))) + "…"
    }
}
