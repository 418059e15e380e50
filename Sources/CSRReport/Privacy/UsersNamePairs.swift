/// Round 8: two users' names that are words, side by side: "Frank Winter will die Gruppe…",
/// "Hope Fox kommer", "Róża Lis jest…". Each alone is a word and needed a confirmed name beside
/// it, so a user whose first and last names are both words was missed first in a sentence. Two
/// capitalised words of the users' names in a row are that user; not after an article or a
/// preposition ("im Winter Sommer…", "the May Day"), and never two months or seasons.
extension NameRecogniser {
    func pairUsersWords(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText) {
        guard tokens.count >= 2 else { return }
        for i in tokens.indices.dropLast() where state[i] == .ifNextToName && state[i + 1] == .ifNextToName {
            let a = tokens[i], b = tokens[i + 1]
            guard a.isCapitalised, b.isCapitalised, !a.isAllCaps, !b.isAllCaps, isUsersWord(a), isUsersWord(b),
                  joinable(a, b, in: text, lineBreak: false, strict: true) else { continue }
            if !a.startsSentence, i > 0, NameContextWords.articles.contains(tokens[i - 1].lower)
                || Self.germanArticles.contains(tokens[i - 1].lower) || NameContextWords.placePrepositions.contains(tokens[i - 1].lower) { continue }
            let seasonal = { (t: WordToken) in NameFolding.keys(for: t.text).contains(where: CommonWords.capitalisedAnyway.contains) }
            if seasonal(a) && seasonal(b) { continue }
            state[i] = .yes; state[i + 1] = .yes
        }
    }
}
