/// Round 8: titles, teams and groups named with an English plural noun: "Derry Girls", "Peaky
/// Blinders", "Young Wizards", "the Young Professionals Network". A run of capitalised words
/// that holds a plural of an ordinary English word ("girls", "wizards", "professionals") names a
/// thing or a group; a person's surname is rarely such a plural, and when it is ("Banks",
/// "Brooks") a first name stands beside it, which keeps the run a name. Also a user's name that
/// is a word in such a run ("Young") is part of the title. Linear: each run is walked once.
extension NameRecogniser {
    func applyPluralNounTitles(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, usersNames: [Bool]) {
        var i = 0
        while i < tokens.count {
            guard state[i] == .yes, tokens[i].isCapitalised else { i += 1; continue }
            let j = capitalisedNameRunEnd(from: i, tokens, state, text)
            // A plural may also follow the run ("Derry Girls" when only "Derry" was read).
            var end = j
            if j + 1 < tokens.count, isCapitalisedPlural(tokens[j + 1]),
               joinable(tokens[j], tokens[j + 1], in: text, lineBreak: false, strict: true) { end = j + 1 }
            var start = i
            if i > 0, tokens[i - 1].isCapitalised, !tokens[i - 1].isAllCaps,
               joinable(tokens[i - 1], tokens[i], in: text, lineBreak: false, strict: true) { start = i - 1 }
            let run = start ... end
            let hasPlural = run.contains { isCapitalisedPlural(tokens[$0]) }
            let holdsPerson = run.contains { k in
                usersNames[k] || (isKnownFirstName(tokens[k]) && !NameFolding.keys(for: tokens[k].text).contains(where: CommonWords.everydayOrSurnameNoun.contains))
            }
            if run.count >= 2, hasPlural, !holdsPerson { for k in run { state[k] = .no } }
            i = end + 1
        }
    }

    /// A capitalised word whose lower case is an English plural of an ordinary word ("Girls":
    /// "girls" and "girl"), and no user's or common first name.
    private func isCapitalisedPlural(_ t: WordToken) -> Bool {
        guard t.isCapitalised, !t.isAllCaps, t.length >= 4, t.lower.hasSuffix("s"), !t.lower.hasSuffix("ss"),
              !t.lower.hasSuffix("'s"), !t.lower.hasSuffix("’s") else { return false }
        let singulars = t.lower.hasSuffix("ies") ? [String(t.lower.dropLast(3)) + "y"]
            : t.lower.hasSuffix("es") ? [String(t.lower.dropLast()), String(t.lower.dropLast(2))] : [String(t.lower.dropLast())]
        return OrdinaryWords.english.contains(t.lower) && singulars.contains(where: OrdinaryWords.english.contains) && !isKnownFirstName(t)
    }
}
