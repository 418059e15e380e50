/// Round 8: a word explained in parentheses as a person. Case notes introduce the people of a
/// family with an age or a relation in brackets: "Mischa (8) und Lewko (5)", "Dasha (her
/// daughter) joined", "Marysia (córka Róży) narysowała", "Wolodymyr Schewtschenko (Vater von
/// Nastja)", "Тарас (12 р.)". Only people get an age or a kinship word in brackets right after
/// them; the word before is then a name, with a capitalised word before it that completes it.
/// Looks at most four words into the brackets: linear in the words.
extension NameRecogniser {
    func applyAppositions(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, _ language: TextLanguage) {
        for i in tokens.indices.dropLast() {
            let t = tokens[i]
            guard state[i] != .yes, gap(t, tokens[i + 1], text) == " (" || Self.ageFollows(t, text),
                  isContextWord(t, allowSentenceStart: true), !isOrdinaryInAnyList(t, language) || isKnownFirstName(t),
                  !OrdinaryWords.places.contains(t.lower) else { continue }
            let explained = Self.ageFollows(t, text) || personInBrackets(from: i + 1, tokens, text)
            guard explained else { continue }
            state[i] = .yes
            if i > 0, state[i - 1] != .yes, isContextWord(tokens[i - 1], allowSentenceStart: true),
               !isOrdinaryInAnyList(tokens[i - 1], language) || isKnownFirstName(tokens[i - 1]),
               joinable(tokens[i - 1], t, in: text, lineBreak: false, strict: true) {
                state[i - 1] = .yes
            }
        }
    }

    /// " (8)", " (8,", " (8 år", " (12 р." right after the word: one or two digits, then a
    /// closing bracket, a comma or a space.
    static func ageFollows(_ t: WordToken, _ text: ScannedText) -> Bool {
        let start = t.range.upperBound
        guard text.unit(at: start) == 0x20, text.unit(at: start + 1) == 0x28, text.isDigit(at: start + 2) else { return false }
        var k = start + 2
        while text.isDigit(at: k) { k += 1 }
        guard k - (start + 2) <= 2, let after = text.unit(at: k) else { return false }
        return after == 0x29 || after == 0x2C || after == 0x20
    }

    /// A kinship or role word among the first three words inside the brackets that open at
    /// token `j` ("(her daughter)", "(córka Róży)", "(Vater von Nastja)", "(наш сусід)").
    private func personInBrackets(from j: Int, _ tokens: [WordToken], _ text: ScannedText) -> Bool {
        var k = j
        while k < tokens.count, k < j + 3 {
            let word = tokens[k].lower
            if RoleWords.kinship.contains(word) || RoleWords.roles.contains(word) { return true }
            guard k + 1 < tokens.count, gap(tokens[k], tokens[k + 1], text) == " " else { return false }
            k += 1
        }
        return false
    }
}
