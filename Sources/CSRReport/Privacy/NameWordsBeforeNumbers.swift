/// Round 8: a user's name that is a word, right before a number, is the word naming what the
/// number counts or labels: "I got Mark 8 from 10", "Grace 2 of the prayer book", "Lis 4 w
/// tabeli", "Роман 2 з серії"; right before a quoted title it is the genre noun that introduces
/// the title ("Роман «Інтернат» прочитала", "Hope \"Road\""). People are not numbered; a child's age comes
/// after a comma or in brackets ("Liv, 7", "Liv (7)"), which this leaves alone. Only alone: beside
/// another name ("Will Berg 3") the word stays the user's. One look at the next units per word.
extension NameRecogniser {
    func applyNameWordsBeforeNumbers(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText) {
        for (i, t) in tokens.enumerated() where state[i] == .yes && t.isCapitalised {
            guard text.unit(at: t.range.upperBound) == 0x20, let next = text.unit(at: t.range.upperBound + 1),
                  text.isDigit(at: t.range.upperBound + 1) || Self.openingQuotes.contains(next) else { continue }
            guard NameFolding.keys(for: t.text).contains(where: CommonWords.everydayOrSurnameNoun.contains) else { continue }
            let left = i > 0 && state[i - 1] == .yes && joinable(tokens[i - 1], t, in: text, lineBreak: false, strict: true)
            guard !left else { continue }
            state[i] = .no
        }
    }

    /// «, „, " and “: a genre noun before a quoted title ("Роман «Інтернат»", "Film „Heimat"").
    private static let openingQuotes: Set<UInt16> = [0xAB, 0x201E, 0x22, 0x201C]
}
