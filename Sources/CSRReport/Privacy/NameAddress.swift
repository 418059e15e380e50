/// Round 7: a user's name where the writer speaks to or thanks that person. There a word that is
/// also an everyday word, a season or a lower-case word is the person: one thanks or addresses
/// people, not seasons or adjectives. Each rule looks at a fixed number of neighbours, and the
/// sentence starts are found in one pass, so the cost stays linear in the words.
extension NameRecogniser {
    /// A user's name, or a case form of one, also when it is an everyday word ("Winter",
    /// "надії", "Віро"); not a month or season on its own key ("May" stays for the month rules).
    func isUsersNameForm(_ t: WordToken) -> Bool {
        guard t.length >= 3, !t.touchesDigit, t.text.allSatisfy(\.isLetter) else { return false }
        if isUsersWord(t) { return true }
        guard t.length >= 4 else { return false }
        let keys = NameFolding.keys(for: t.text)
        return Self.containsInflected(keys, in: dictionary)
            || Self.inflectedEverydayReading(keys, in: dictionary, cyrillic: t.isCyrillic) != nil
    }

    /// - After a thanking word: "Danke an Winter", "Takk til Sommer" (a season, capitalised);
    ///   the Polish and Ukrainian thanking verbs take the person in the dative, so there also a
    ///   lower-case form counts ("дякую надії", "dziękuję róży").
    /// - A name that closes a sentence of thanks or greeting after a comma: "Thanks for the mug,
    ///   grace!!!", "Takk for i dag, per!", "Дякую за все, віро!".
    /// - A name that opens a sentence, a comma, then "you" within three words: "Per, kan du legge
    ///   dem inn?", "Rose, could you send it?", "Zima, czy możesz…", "Віро, ти прийдеш?".
    func applyAddressedUsers(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText) {
        guard !dictionary.isEmpty else { return }
        var sentenceStart = [Int](repeating: 0, count: tokens.count)
        for i in tokens.indices { sentenceStart[i] = tokens[i].startsSentence || i == 0 ? i : sentenceStart[i - 1] }
        for i in tokens.indices where state[i] != .yes && isUsersNameForm(tokens[i]) {
            let t = tokens[i]
            if i > 0, thanked(i, tokens, text) { state[i] = .yes; continue }
            // The closing vocative.
            if i > 0, gap(tokens[i - 1], t, text) == ", ", endsSentence(t, text),
               Self.addressOpeners.contains(tokens[sentenceStart[i]].lower) || NamePositionWords.thanks.contains(tokens[sentenceStart[i]].lower) {
                state[i] = .yes; continue
            }
            // The opening vocative.
            if t.startsSentence, i + 1 < tokens.count, gap(t, tokens[i + 1], text) == ", " {
                var k = i + 1
                while k < tokens.count, k <= i + 3, sentenceStart[k] == sentenceStart[i] {
                    if Self.secondPerson.contains(tokens[k].lower) { state[i] = .yes; break }
                    k += 1
                }
            }
        }
    }

    /// A chat log's speakers: a word that opens a line before a colon, in a text where another
    /// line opens so and one of these speakers is a name already ("Taras: ти будеш?\nDawn: yes
    /// 6:30!"). A user's name or a common first name there is a speaker, also when it is an
    /// everyday word (Dawn, Liv, Per). Form labels ("Navn:", "Adresse:") are no user's names, so
    /// a form is left alone.
    func applyChatSpeakers(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText) {
        guard !dictionary.isEmpty else { return }
        var speakers: [Int] = []
        for (i, t) in tokens.enumerated() where t.isCapitalised && !t.isAllCaps && !t.touchesDigit && t.length >= 2 {
            guard text.unit(at: t.range.upperBound) == 0x3A, opensLine(t, text) else { continue }
            speakers.append(i)
        }
        guard speakers.count >= 2, speakers.contains(where: { state[$0] == .yes }) else { return }
        for i in speakers where state[i] != .yes && !RoleWords.labels.contains(tokens[i].lower) {
            let keys = NameFolding.keys(for: tokens[i].text)
            if isUsersWord(tokens[i]) || keys.contains(where: FirstNames.dictionary.contains(key:)) { state[i] = .yes }
        }
    }

    /// Whether only spaces stand between the token and the start of its line or of the text.
    private func opensLine(_ t: WordToken, _ text: ScannedText) -> Bool {
        var k = t.range.lowerBound - 1
        while let u = text.unit(at: k), u == 0x20 || u == 0x09 { k -= 1 }
        return k < 0 || text.unit(at: k) == 0x0A || text.unit(at: k) == 0x0D
    }

    /// Whether token `i` is the person right after a thanking word (and "to/til/an").
    private func thanked(_ i: Int, _ tokens: [WordToken], _ text: ScannedText) -> Bool {
        let t = tokens[i]
        guard gap(tokens[i - 1], t, text) == " " else { return false }
        if NamePositionWords.thanks.contains(tokens[i - 1].lower) {
            return (t.isCapitalised && !t.isAllCaps) || Self.dativeThanks.contains(tokens[i - 1].lower)
        }
        guard i > 1, NamePositionWords.thanksLinks.contains(tokens[i - 1].lower), NamePositionWords.thanks.contains(tokens[i - 2].lower),
              gap(tokens[i - 2], tokens[i - 1], text) == " " else { return false }
        return t.isCapitalised && !t.isAllCaps
    }

    /// Whether only closing punctuation or symbols (an emoji) stand between the word and the end
    /// of its line or of the text.
    private func endsSentence(_ t: WordToken, _ text: ScannedText) -> Bool {
        var k = t.range.upperBound
        guard let first = text.unit(at: k) else { return true }
        guard first == 0x21 || first == 0x3F || first == 0x2E || first == 0x0A || first == 0x20 || first >= 0xD800 else { return false }
        while let u = text.unit(at: k), u != 0x0A {
            if text.isLetter(at: k) || text.isDigit(at: k) { return false }
            k += 1
        }
        return true
    }

    /// Words that open a sentence of greeting or thanks (besides `NamePositionWords.thanks`).
    static let addressOpeners: Set<String> = RoleWords.greetings.union([
        "thx", "cheers", "tusen", "vielen", "herzlichen", "wielkie", "serdeczne", "велике", "щиро", "bye", "dobranoc",
    ])

    /// Thanking verbs that take the person in the dative, as a case form.
    private static let dativeThanks: Set<String> = ["дякую", "дякуємо", "вдячна", "вдячний", "dziękuję", "dziękujemy", "dzięki"]

    /// Words of the second person: the sentence speaks to the person its first word names.
    static let secondPerson: Set<String> = [
        "you", "your", "du", "deg", "din", "ditt", "dine", "dere", "dich", "dir", "dein", "deine", "ihr", "euch",
        "ty", "cię", "ciebie", "tobie", "twój", "twoja", "wy", "ти", "тебе", "тобі", "твій", "твоя", "ви", "вас", "вам",
    ]
}
