/// Round 8: a user's name that is also a word, written again in the same text. A writer who has
/// named a person in full ("Will Berg", "Marek Wrona", "pana Lisa") goes on with the short form,
/// in any case ("Berg har sendt", "Marka poczucie humoru", "Ewy cierpliwość"): once the text has
/// confirmed the name, the same name again is the same person.
/// Where the word is the word even then — after an article or a preposition ("the Berg", "im
/// Winter"), before a number, first in a sentence before a pronoun or preposition ("Will you
/// come?", "Віра в людей") — it stays, and a month or season never echoes. Linear: one pass to collect the confirmed names, one
/// to mark their echoes.
extension NameRecogniser {
    func applyNameEchoes(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, _ language: TextLanguage) {
        guard !dictionary.isEmpty else { return }
        // Confirmed firmly: in a full name of two or more words that is not just two words first
        // in a sentence ("Per Grace, the next…"; unless one is no word: "May Kelly"), or after a
        // title ("pana Lisa"). One word alone is not enough: "war Fischer" may be the trade.
        var confirmed = Set<String>()
        var i = 0
        while i < tokens.count {
            guard state[i] == .yes, tokens[i].isCapitalised else { i += 1; continue }
            let j = capitalisedNameRunEnd(from: i, tokens, state, text)
            let titled = i > 0 && Self.titles.contains(tokens[i - 1].lower)
            let plainWord = { (k: Int) in NameFolding.keys(for: tokens[k].text).contains(where: CommonWords.everydayOrSurnameNoun.contains) }
            let full = j > i && (!tokens[i].startsSentence || (i ... j).contains { !plainWord($0) })
            if titled || full { for k in i ... j { confirmed.formUnion(userStems(tokens[k])) } }
            i = j + 1
        }
        guard !confirmed.isEmpty else { return }
        for (i, t) in tokens.enumerated() where state[i] != .yes && t.isCapitalised && !t.isAllCaps && !t.touchesDigit && t.length >= 3 {
            let stems = userStems(t)
            guard !stems.isDisjoint(with: confirmed) else { continue }
            // A month or season alone is the time ("Wiosną chce…": in spring), even after a user
            // called so ("z Agnieszką Wiosną"): it needs a name beside it, as before.
            if stems.contains(where: CommonWords.capitalisedAnyway.contains) { continue }
            // Polish "i" is "and", not the Norwegian "in".
            if !t.startsSentence, i > 0, Self.marksTheWord(tokens[i - 1]), !(language == .polish && tokens[i - 1].lower == "i") { continue }
            if i + 1 < tokens.count {
                let next = tokens[i + 1]
                if next.touchesDigit && next.range.lowerBound - t.range.upperBound <= 1 { continue }
                if t.startsSentence, Self.echoPronouns.contains(next.lower) || Self.echoPrepositions.contains(next.lower) { continue }
            }
            if text.isDigit(at: t.range.upperBound + 1) { continue }
            state[i] = .yes
        }
    }

    /// The dictionary forms of a user's name that a word is, directly or in a case form
    /// ("Marka" of "Marek", with the Polish fleeting e; "Ewy" of "Ewa"; "Sommers" of "Sommer").
    func userStems(_ t: WordToken) -> Set<String> {
        var out = Set<String>()
        for key in NameFolding.keys(for: t.text) {
            if dictionary.contains(key: key) { out.insert(key) }
            for (suffix, replacement) in Self.endings where key.hasSuffix(suffix) && key.count - suffix.count >= 2 {
                let stem = String(key.dropLast(suffix.count)) + replacement
                if dictionary.contains(key: stem) { out.insert(stem) }
                // Polish drops the e of a last syllable in the other cases: Marek, Marka; Jacek, Jacka.
                if replacement.isEmpty, let last = stem.last, !"aeiou".contains(last) {
                    let fleeting = String(stem.dropLast()) + "e" + String(last)
                    if dictionary.contains(key: fleeting) { out.insert(fleeting) }
                }
            }
        }
        return out
    }

    /// A word before which a name-word is the word: an article, a determiner, a preposition.
    private static func marksTheWord(_ previous: WordToken) -> Bool {
        let lower = previous.lower
        return NameContextWords.articles.contains(lower) || germanArticles.contains(lower)
            || NameContextWords.placePrepositions.contains(lower) || NameContextWords.topicPrepositions.contains(lower)
            || NameContextWords.saints.contains(lower) || echoDeterminers.contains(lower)
    }

    private static let echoDeterminers: Set<String> = [
        "my", "your", "his", "her", "its", "their", "every", "each", "some", "no", "that", "these", "those",
        "min", "din", "sin", "hver", "denne", "dette", "jeder", "jede", "jedes", "kein", "keine",
        "mój", "moja", "każdy", "każda", "ten", "ta", "to", "мій", "моя", "кожен", "кожна", "цей", "ця", "той", "та",
    ]

    /// Prepositions after a sentence-initial word that make it the noun: "Віра в людей", "Hope
    /// for the best", "Grace before meals", "Wiara w ludzi".
    private static let echoPrepositions: Set<String> = [
        "in", "for", "of", "to", "before", "i", "på", "til", "av", "om", "für", "an", "zu", "auf", "w", "na", "do", "dla",
        "в", "у", "на", "до", "для", "від",
    ]

    /// Pronouns after a sentence-initial word that make it a verb or a question word ("Will
    /// you", "Hope you are well", "Will er", "Per du"): not the person.
    private static let echoPronouns: Set<String> = [
        "you", "we", "they", "i", "he", "she", "it", "du", "dere", "vi", "de", "jeg", "han", "hun",
        "er", "sie", "ich", "wir", "ihr", "es", "ty", "wy", "my", "ona", "on", "ти", "ви", "ми", "він", "вона",
    ]
}
