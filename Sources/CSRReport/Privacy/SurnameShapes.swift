/// Round 8: surnames known by their shape alone. Ukrainian, Polish and Nordic surnames are
/// formed with a handful of suffixes (`-enko`, `-chuk`, `-yuk`, `-ovych`, `-wicz`, `-sen`,
/// `-sson`; the adjectival `-ska`/`-ski`, `-ська`/`-ський`), in every script and transliteration
/// a writer uses ("Kovalenko", "Kowalenko", "Коваленко", "Schewtschenko"). A capitalised word
/// with such an ending that no ordinary-word list knows is a surname wherever it stands —
/// also alone, first in a sentence, with no cue ("Гриценко взяв ключі", "Halvorsen fra kommunen
/// ringte", "Kowalska z MOPS-u dzwoniła"). The Debian lists keep ordinary words with these
/// endings out ("bussen", "polska", "warszawska", "українська", "львівська"): a word that is
/// a lower-case entry and no capitalised one is an ordinary word.
/// Looks at one word and its two neighbours: linear in the words.
extension NameRecogniser {
    func applySurnameShapes(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, _ language: TextLanguage) {
        for (i, t) in tokens.enumerated() where state[i] != .yes {
            // A place that carries a surname's shape ("Oberhausen", "Kremenchuk", "Shevchenko",
            // after whom streets, parks and universities are named) stays a place.
            guard let shape = SurnameShape.of(t.lower), isRoleNameWord(t), !OrdinaryWords.places.contains(t.lower),
                  !OrdinaryWords.isPlaceForm(t.lower), !isSurnameShapeOrdinary(t, language) else { continue }
            // A place, not a person: after a locative preposition ("ved Grefsen", "na
            // Grochowska"), or as the first part of a compound ("Grefsen-krysset").
            if i > 0, SurnameShape.locatives.contains(tokens[i - 1].lower) { continue }
            if text.unit(at: t.range.upperBound) == 0x2D, i + 1 < tokens.count, tokens[i + 1].range.lowerBound == t.range.upperBound + 1,
               !tokens[i + 1].isCapitalised { continue }
            if shape == .adjectival {
                // An adjective in a proper noun of several words ("Politechnika Warszawska",
                // "Львівська Політехніка", "ul. Marszałkowska") is no person: the adjectival
                // shape counts only where no capitalised word but a name stands beside it, and
                // not after a street word.
                let before = i > 0 ? tokens[i - 1] : nil
                let after = i + 1 < tokens.count ? tokens[i + 1] : nil
                if let before, before.isCapitalised, state[i - 1] != .yes, joinable(before, t, in: text, lineBreak: false) { continue }
                if let after, after.isCapitalised, state[i + 1] != .yes, !isKnownFirstName(after),
                   joinable(t, after, in: text, lineBreak: false) { continue }
                if let before, SurnameShape.streetWords.contains(before.lower) { continue }
                // "Wrocławska", "krakowska", "Львівська": an adjective made from a place.
                if SurnameShape.isPlaceAdjective(t.lower) { continue }
            }
            state[i] = .yes
        }
    }

    /// Whether the word is an ordinary word of any of the lists a note in these five languages
    /// may borrow from: Cyrillic against Ukrainian, Latin against English, the text's language,
    /// and Polish and Norwegian, whose surname suffixes these are.
    private func isSurnameShapeOrdinary(_ t: WordToken, _ language: TextLanguage) -> Bool {
        if t.isCyrillic { return OrdinaryWords.ukrainian.contains(t.lower) }
        if OrdinaryWords.isEnglish(t.lower) || OrdinaryWords.polish.contains(t.lower) || OrdinaryWords.norwegian.contains(t.lower) { return true }
        return language == .german && OrdinaryWords.isGermanOrCompound(t.lower)
    }
}

enum SurnameShape: Equatable {
    /// Suffixes only surnames (and patronymics) carry.
    case surname
    /// Adjectival suffixes, which place names and ordinary adjectives carry too.
    case adjectival

    static func of(_ lower: String) -> SurnameShape? {
        let count = lower.count
        for (suffix, minimum) in surnameEndings where lower.hasSuffix(suffix) && count >= minimum { return .surname }
        for suffix in adjectivalEndings where lower.hasSuffix(suffix) && count >= suffix.count + 3 { return .adjectival }
        return nil
    }

    /// Ending and the shortest word that carries it as a surname ("Hansen" 6; "Essen" is none).
    private static let surnameEndings: [(String, Int)] = [
        ("enko", 6), ("chuk", 6), ("czuk", 6), ("czyk", 6), ("chyk", 6), ("iuk", 6), ("yuk", 6), ("juk", 6),
        ("wicz", 6), ("vych", 6), ("vich", 6), ("witsch", 8), ("sen", 6), ("sson", 6), ("ssen", 7),
        ("енко", 6), ("чук", 5), ("юк", 5), ("ович", 6), ("евич", 6), ("івна", 6), ("ївна", 6), ("овна", 6),
    ]
    private static let adjectivalEndings = ["ska", "ski", "sky", "skyi", "skyj", "cka", "cki", "dzka", "dzki", "ська", "ський", "цька", "цький"]

    /// Whether an adjectival word is made from a place: the place, with the adjective's suffix
    /// removed ("wrocław-ska", "warszaw(a)-ska", "krak(ó)w-ska", "львів-ська") or only its
    /// last vowel ("gdańsk-a").
    static func isPlaceAdjective(_ lower: String) -> Bool {
        var stems = [String(lower.dropLast())]
        for suffix in adjectivalEndings where lower.hasSuffix(suffix) {
            let stem = String(lower.dropLast(suffix.count))
            stems += [stem, stem + "a", stem + "e", stem + "i", stem + "ia"]
            if stem.hasSuffix("ow") { stems.append(String(stem.dropLast(2)) + "ów") }
        }
        return stems.contains { $0.count >= 3 && (OrdinaryWords.places.contains($0) || OrdinaryWords.isPlaceForm($0)) }
    }

    /// Prepositions after which a word names where, not who. Not "у/в/bei", which also mean
    /// "at someone's" ("у Коваленка").
    static let locatives: Set<String> = ["in", "at", "on", "near", "på", "ved", "w", "we", "na", "przy", "koło", "obok", "на", "біля", "am", "im", "auf"]

    static let streetWords: Set<String> = ["ul", "ulica", "ulicy", "ulicą", "al", "aleja", "pl", "plac", "вул", "вулиця", "вулиці", "просп", "street", "gate", "gata", "straße", "str"]
}
