/// Round 8: a common first name written in lower case right after a thanking word, in a text
/// that is not all lower case ("dzięki kasi i marek", "takk til ola for hjelpen", "thanks to
/// oksana!"). One thanks people; a lower-case common first name there (or its Polish or
/// Ukrainian case form after the dative-taking verbs) is the person, unless it is an ordinary
/// word of the text's language ("dzięki temu"). Round 7 did this for users' names; this does it
/// for anyone's. Looks at one or two words after each thanking word: linear.
extension NameRecogniser {
    func applyThankedFirstNames(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, _ language: TextLanguage) {
        for i in tokens.indices where NamePositionWords.thanks.contains(tokens[i].lower) {
            var j = i + 1
            if j < tokens.count, NamePositionWords.thanksLinks.contains(tokens[j].lower), gap(tokens[i], tokens[j], text) == " " { j += 1 }
            guard j < tokens.count, state[j] != .yes, [" ", ", "].contains(gap(tokens[j - 1], tokens[j], text)) else { continue }
            guard isLowerCaseFirstName(tokens[j], language) else { continue }
            state[j] = .yes
            // "dzięki kasi i tomkowi": the second of two people thanked together.
            if j + 2 < tokens.count, NamePositionWords.conjunctions.contains(tokens[j + 1].lower),
               gap(tokens[j], tokens[j + 1], text) == " ", gap(tokens[j + 1], tokens[j + 2], text) == " ",
               isLowerCaseFirstName(tokens[j + 2], language) {
                state[j + 2] = .yes
            }
        }
    }

    private func isLowerCaseFirstName(_ t: WordToken, _ language: TextLanguage) -> Bool {
        guard !t.isCapitalised, t.length >= 3, !t.touchesDigit, t.text.allSatisfy(\.isLetter) else { return false }
        let keys = NameFolding.keys(for: t.text)
        return (keys.contains(where: FirstNames.dictionary.contains(key:)) || Self.containsInflected(keys, in: FirstNames.dictionary))
            && !keys.contains(where: CommonWords.notNames.contains) && !keys.contains(where: CommonWords.surnameNouns.contains)
            && !isOrdinaryInAnyList(t, language)
            && !OrdinaryWords.isLowerCaseWord(t.lower, cyrillic: t.isCyrillic, norwegianText: language == .norwegian)
            && !(language == .german && OrdinaryWords.german.contains(t.lower))
    }
}
