/// Round 8: where a capitalised word is a place or a team, not a person.
///
/// - A user's name that is a word, alone right after a preposition of place ("jobber på Strand",
///   "wohnt im Winter", "spacer w Lisie", "we stayed in Hope"): a place or the word. Not after
///   prepositions that also take people ("at Grace's", "bei Winter", "у Віри", "na Różę"), and
///   not beside another name ("på Strand Hansen").
/// - A name-shaped word right before a known place is a club or a company named after the city
///   ("Lechowi Poznań", "Werder Bremen", "Union Berlin"), unless it is a user's name.
/// - After a score ("3:0 z Legią", "2:1 against Rovers", "1:1 mot Brann", "2:2 gegen Hertha") the
///   capitalised word after "with/against" is the other team.
/// Each rule looks at a fixed number of neighbours, so linear.
extension NameRecogniser {
    func applyPlacesAndTeams(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, _ language: TextLanguage, usersNames: [Bool]) {
        for (i, t) in tokens.enumerated() where state[i] == .yes && t.isCapitalised && !t.isAllCaps {
            let joinedLeft = i > 0 && state[i - 1] == .yes && joinable(tokens[i - 1], t, in: text, lineBreak: false, strict: true)
            let joinedRight = i + 1 < tokens.count && state[i + 1] == .yes && joinable(t, tokens[i + 1], in: text, lineBreak: false, strict: true)
            let alone = !joinedLeft && !joinedRight
            // A word-name after a preposition of place.
            if alone, i > 0, !t.startsSentence, text.unit(at: t.range.lowerBound - 1) == 0x20,
               !(text.unit(at: t.range.upperBound).map(WordTokeniser.isApostrophe) ?? false),   // "at Grace's"

               tokens[i - 1].range.upperBound + 1 == t.range.lowerBound,
               Self.placePrepositions.contains(tokens[i - 1].lower), !(language == .polish && tokens[i - 1].lower == "i"),
               NameFolding.keys(for: t.text).contains(where: CommonWords.everydayOrSurnameNoun.contains) {
                state[i] = .no
                continue
            }
            // A club or company named after its city; never a first name or a user's name before a
            // surname that is also a town ("Oleksandr Shevchenko", "Per Strand"), nor a pair right
            // after a cue or role word for a person ("I am Beatrice Holloway", "with Beatrice
            // Holloway", "Mentor Hiltrud Ebersbach": many surnames are towns).
            if !joinedLeft, i + 1 < tokens.count, !followsPersonCue(i, tokens), OrdinaryWords.isPlaceForm(tokens[i + 1].lower), tokens[i + 1].isCapitalised,
               text.unit(at: t.range.upperBound) == 0x20, t.range.upperBound + 1 == tokens[i + 1].range.lowerBound,
               !isKnownFirstName(t), !isUsersWord(tokens[i + 1]), !Self.isSurnameShaped(tokens[i + 1].lower),
               !(i + 2 < tokens.count && tokens[i + 2].isCapitalised && joinable(tokens[i + 1], tokens[i + 2], in: text, lineBreak: false, strict: true)) {
                state[i] = .no; state[i + 1] = .no
                continue
            }
            // The other team, after a score.
            if !usersNames[i], i > 0, Self.againstWords.contains(tokens[i - 1].lower), followsScore(tokens[i - 1], text) {
                state[i] = .no
                if joinedRight { state[i + 1] = .no }
            }
        }
    }

    private func followsPersonCue(_ i: Int, _ tokens: [WordToken]) -> Bool {
        guard i > 0 else { return false }
        let before = tokens[i - 1].lower
        return Self.cueEnds.contains(before) || RoleWords.roles.contains(before) || RoleWords.kinship.contains(before)
    }

    /// Whether a score ("3:0", "2-1") stands right before the word, one space between.
    private func followsScore(_ t: WordToken, _ text: ScannedText) -> Bool {
        var k = t.range.lowerBound - 1
        guard text.unit(at: k) == 0x20 else { return false }
        k -= 1
        guard text.isDigit(at: k) else { return false }
        while text.isDigit(at: k) { k -= 1 }
        guard let u = text.unit(at: k), u == 0x3A || u == 0x2D || u == 0x2013 else { return false }
        return text.isDigit(at: k - 1)
    }

    private static let placePrepositions: Set<String> = ["in", "at", "på", "i", "w", "we", "im", "am", "auf"]
    private static let againstWords: Set<String> = ["with", "against", "vs", "v", "mot", "med", "gegen", "z", "ze", "przeciw", "з", "із", "проти"]
}
