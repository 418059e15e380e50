/// Context rules for names of people who are not users (relatives, staff, friends): a
/// capitalised word is judged by where it stands and what stands next to it, since no list can
/// hold every name. Each rule looks at a fixed number of neighbours, so the cost stays linear.
///
/// - after a verb of meeting or address ("met Tomasz", "spoke to Ingrid", "traf Jonas",
///   "spotkałam Zosię", "зустріла Тараса");
/// - before a verb of speech or help ("Ingrid said", "Jonas sagte", "Zosia powiedziała",
///   "Тарас сказав"), also first in the sentence;
/// - after "with/med/z/з" in the instrumental case that marks a person in Polish and Ukrainian
///   ("z Anią", "z Tomkiem", "з Оленою"), or alone after "with/med" in English and Norwegian;
/// - with a possessive "'s" ("Jonas's mum");
/// - two capitalised words side by side inside a sentence ("we asked Ingrid Solberg");
/// - in English, Norwegian, Polish and Ukrainian text, one capitalised word inside a sentence
///   that is not an everyday, place, programme or role word and does not follow a place
///   preposition or an article; in German (which capitalises every noun) only when the word is
///   no German word of Debian's `wngerman` list.
extension NameRecogniser {
    func applyContextCues(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, _ language: TextLanguage) {
        var placeRunEnd = -2
        for i in tokens.indices {
            let lower = tokens[i].lower
            // A verb of meeting or address, then the person (optionally after "to/with").
            if NameContextWords.objectVerbs.contains(lower), i + 1 < tokens.count {
                var j = i + 1
                if NameContextWords.objectLinks.contains(tokens[j].lower), spaced(tokens[i], tokens[j], text), j + 1 < tokens.count { j += 1 }
                if spaced(tokens[j - 1], tokens[j], text) {
                    markName(from: j, tokens, &state, text)
                    // "i met olena yesterday": a lower-case word no list knows.
                    if isLowerCaseNameAfterRole(tokens[j], language) { state[j] = .yes }
                }
            }
            // The person, then a verb of speech.
            if NameContextWords.speechVerbs.contains(lower), i > 0, spaced(tokens[i - 1], tokens[i], text) {
                let s = i - 1
                // "die Lern-App hilft", "the app helped": an article marks a thing, not a person.
                // "in Tromsdalen helped": a place preposition marks a place, as an article marks a thing.
                let article = (s > 0 && (NameContextWords.articles.contains(tokens[s - 1].lower)
                                         || NameContextWords.placePrepositions.contains(tokens[s - 1].lower)))
                    || (s > 1 && text.unit(at: tokens[s].range.lowerBound - 1) == 0x2D && NameContextWords.articles.contains(tokens[s - 2].lower))
                // First in its sentence, an ordinary word is just capitalised there ("Appen hjalp",
                // "Gramatyka pomaga"); not judged so in German, whose list holds first names too.
                let ordinaryFirst = tokens[s].startsSentence && language != .german && isOrdinaryInAnyList(tokens[s], language)
                if !article, !ordinaryFirst, isContextWord(tokens[s], allowSentenceStart: true), !OrdinaryWords.places.contains(tokens[s].lower) {
                    state[s] = .yes
                    if s > 0, isContextWord(tokens[s - 1], allowSentenceStart: true), joinable(tokens[s - 1], tokens[s], in: text, lineBreak: false, strict: true) {
                        state[s - 1] = .yes
                    }
                }
            }
            // "z Anią", "з Оленою": the instrumental case after "with" marks a person.
            if NameContextWords.companyPrepositions.contains(lower), i + 1 < tokens.count, spaced(tokens[i], tokens[i + 1], text) {
                let t = tokens[i + 1]
                let instrumental = NameContextWords.instrumentalEndings.contains { t.lower.hasSuffix($0) && t.lower.count > $0.count + 1 }
                let plain = lower == "with" || lower == "med"
                // Round 6: a known place is compared or visited ("comparing with Leeds", "з Харковом").
                if (instrumental || plain), isContextWord(t, allowSentenceStart: false), !OrdinaryWords.isPlaceForm(t.lower) {
                    markName(from: i + 1, tokens, &state, text)
                }
            }
            // "Jonas's mum"; not a shop or a place named after someone: "at McDonald's", "Stephen's
            // Green", "St Patrick's Day" (after a place preposition or a saint, or before a capital).
            if isContextWord(tokens[i], allowSentenceStart: true), let u = text.unit(at: tokens[i].range.upperBound),
               WordTokeniser.isApostrophe(u), let s = text.unit(at: tokens[i].range.upperBound + 1), s == 0x73,
               !text.isLetter(at: tokens[i].range.upperBound + 2),
               !(i > 0 && (NameContextWords.placePrepositions.contains(tokens[i - 1].lower) || NameContextWords.saints.contains(tokens[i - 1].lower))),
               !(tokenAfterPossessive(i, tokens, text).map { tokens[$0].isCapitalised } ?? false) {
                state[i] = .yes
            }
            // Two capitalised words side by side inside a sentence.
            if i + 1 < tokens.count, isContextWord(tokens[i], allowSentenceStart: false),
               isContextWord(tokens[i + 1], allowSentenceStart: false),
               spaced(tokens[i], tokens[i + 1], text),   // not "Euro-Scheine"
               !(i > 0 && NameContextWords.articles.contains(tokens[i - 1].lower)),
               // "to Mount Fløyen", "zum Tempelhofer Feld", "o Bożym Narodzeniu": a place or a topic.
               !(i > 0 && (NameContextWords.placePrepositions.contains(tokens[i - 1].lower)
                           || NameContextWords.topicPrepositions.contains(tokens[i - 1].lower))),
               // Two ordinary words are a title or an organisation ("Speaking Club"); in Polish
               // one is enough ("Miejskiej Bibliotece", "Narodowy Fundusz": Polish surnames are
               // proper nouns of the list, Norwegian and Ukrainian ones often ordinary nouns).
               !(language == .polish ? (isOrdinaryWord(tokens[i], language) || isOrdinaryWord(tokens[i + 1], language))
                   : (isOrdinaryWord(tokens[i], language) && isOrdinaryWord(tokens[i + 1], language))),
               // German adjectives before nouns ("Gute Fortschritte", "Neue Wege").
               !(language == .german && NameContextWords.germanAdjectiveEndings.contains { tokens[i].lower.hasSuffix($0) }),
               // Round 8: a quantity, then two German nouns ("12 Paar Stiefel", "zwei Kisten Äpfel").
               !(language == .german && ForeignWords.followsQuantity(tokens[i], previous: i > 0 ? tokens[i - 1] : nil, text) && ForeignWords.isGermanNounPair(tokens[i], tokens[i + 1])
                 && !isKnownFirstName(tokens[i]) && !isKnownFirstName(tokens[i + 1])) {
                state[i] = .yes; state[i + 1] = .yes
            }
            // In German, one capitalised word inside a sentence that is no German word at all
            // (`OrdinaryWords.german`, 3-10 letters: compounds are longer) nor an English one.
            if language == .german, state[i] != .yes, tokens[i].length >= 3, tokens[i].length <= 10,
               isContextWord(tokens[i], allowSentenceStart: false), !OrdinaryWords.isGermanOrCompound(tokens[i].lower),
               !OrdinaryWords.isGermanDiminutive(tokens[i].lower),   // "Geißlein" (round 6)
               !OrdinaryWords.places.contains(tokens[i].lower),
               !OrdinaryWords.isEnglish(tokens[i].lower),
               text.unit(at: tokens[i].range.upperBound) != 0x2D, text.unit(at: tokens[i].range.lowerBound - 1) != 0x2D,
               !(i > 0 && NameContextWords.placePrepositions.contains(tokens[i - 1].lower)),
               // "nach Potsdam, Sanssouci": a list that began with a place goes on with places.
               !(i > 0 && gap(tokens[i - 1], tokens[i], text) == ", " && OrdinaryWords.isPlaceForm(tokens[i - 1].lower)) {
                state[i] = .yes
            }
            // One capitalised word inside a sentence, outside German.
            // A capitalised word after a place preposition starts a run of places ("w Lublinie,
            // Krakowie i Gdańsku"); the words listed after it are places too.
            let knownPlace = NameFolding.keys(for: tokens[i].text).contains(where: CommonWords.notNames.contains)
                || OrdinaryWords.isPlaceForm(tokens[i].lower)
            // "for", "hos", "dla", "для" precede people as often as places: there only a known
            // place starts a run of places ("a gift for Amira", "hos Kari", but "for Oslo").
            let afterPlaceWord = i > 0 && ((NameContextWords.placePrepositions.contains(tokens[i - 1].lower)
                                            && (!NameContextWords.personPrepositions.contains(tokens[i - 1].lower) || knownPlace))
                                           || NameContextWords.topicPrepositions.contains(tokens[i - 1].lower))
            // A place of several words continues the run: "to Mount Fløyen", "do Łazienek Królewskich".
            let listed = (i > 0 && placeRunEnd == i - 1 && (listLinked(i - 1, i, tokens, text) || spaced(tokens[i - 1], tokens[i], text)
                                                            || gap(tokens[i - 1], tokens[i], text) == "-"))   // "in Ivano-Frankivsk"
                || (i > 1 && placeRunEnd == i - 2 && NameContextWords.conjunctions.contains(tokens[i - 1].lower))
            let inPlaceRun = tokens[i].isCapitalised && (afterPlaceWord || listed || knownPlace)
            if inPlaceRun { placeRunEnd = i }
            if language != .german, state[i] != .yes, !inPlaceRun, isContextWord(tokens[i], allowSentenceStart: false), tokens[i].length >= 3,
               !(i > 0 && NameContextWords.articles.contains(tokens[i - 1].lower)),
               // "snakket om Stortinget", "o Wielkanocy", "про Конституцію": a topic, rarely a person.
               !(i > 0 && NameContextWords.topicPrepositions.contains(tokens[i - 1].lower)),
               !isOrdinaryWord(tokens[i], language) {
                state[i] = .yes
            }
        }
    }

    /// Whether a word is an ordinary word: of the Ukrainian list when Cyrillic, else of English
    /// or the text's own language ("Kommune", "Urząd", "Centrum"). German is left to English:
    /// every German noun is capitalised and `wngerman` holds many first names ("Ingrid").
    func isOrdinaryWord(_ t: WordToken, _ language: TextLanguage) -> Bool {
        if t.isCyrillic { return OrdinaryWords.ukrainian.contains(t.lower) }
        if OrdinaryWords.isEnglish(t.lower) { return true }
        switch language {
        case .norwegian: return OrdinaryWords.norwegian.containsOrCompound(t.lower)
        case .polish: return OrdinaryWords.polish.contains(t.lower)
        // Round 6: a Latin word in Ukrainian text is foreign; a German noun there is a word under
        // study ("Schneesturm", "Wiese", "Geißlein"), unless it is a known first name.
        case .ukrainian:
            // Round 8: also a Norwegian or Polish word ("Norskprøve", "Røde Kors", "Kartę Dużej
            // Rodziny"): newcomers name the offices and papers of their new country in its language.
            return (OrdinaryWords.isGermanOrCompound(t.lower) || OrdinaryWords.isGermanDiminutive(t.lower)
                    || ForeignWords.isNorwegianOrPolish(t.lower)) && !isKnownFirstName(t)
        case .german, .english: return false
        }
    }

    /// Marks one or two name-shaped words from `j` on (not first in a sentence).
    private func markName(from j: Int, _ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText) {
        guard j < tokens.count, isContextWord(tokens[j], allowSentenceStart: false) else { return }
        state[j] = .yes
        if j + 1 < tokens.count, isContextWord(tokens[j + 1], allowSentenceStart: false),
           joinable(tokens[j], tokens[j + 1], in: text, lineBreak: false, strict: true) {
            state[j + 1] = .yes
        }
    }

    /// A capitalised word that can be a name here: name-shaped (not a place, programme, role,
    /// everyday or German abstract noun), not a word written with a capital anyway (months,
    /// nationalities), and not a pronoun or quantifier that starts sentences.
    func isContextWord(_ t: WordToken, allowSentenceStart: Bool) -> Bool {
        guard allowSentenceStart || !t.startsSentence, isRoleNameWord(t) else { return false }
        if t.lower.hasPrefix("i'") || t.lower.hasPrefix("i’") { return false }   // "I'll", "I’m"
        let keys = NameFolding.keys(for: t.text)
        let singular = t.lower.hasSuffix("s") ? NameFolding.keys(for: String(t.text.dropLast())) : []
        return !keys.contains(where: CommonWords.capitalisedAnyway.contains) && !singular.contains(where: CommonWords.capitalisedAnyway.contains)
            && !NameContextWords.pronouns.contains(t.lower) && !NameContextWords.fieldWords.contains(t.lower)
    }

    /// Two words joined as items of a list: ", " or a spaced "and/og/und/i/та/і" between them.
    private func listLinked(_ a: Int, _ b: Int, _ tokens: [WordToken], _ text: ScannedText) -> Bool {
        let g = gap(tokens[a], tokens[b], text)
        return g == ", " 
    }

    private func spaced(_ a: WordToken, _ b: WordToken, _ text: ScannedText) -> Bool {
        a.range.upperBound + 1 == b.range.lowerBound && text.unit(at: a.range.upperBound) == 0x20
    }
}

/// The text's language, guessed from its commonest function words, the letters only one of the
/// five uses and which Debian word lists hold its lower-case words: enough to know whether a capital inside a sentence says "proper noun" (English,
/// Norwegian, Polish, Ukrainian) or only "noun" (German), and which ordinary-word list to ask.
enum TextLanguage: Equatable, CaseIterable {
    case german, english, norwegian, polish, ukrainian

    static func guess(_ tokens: [WordToken]) -> TextLanguage {
        let score = scores(tokens)
        // Without evidence against it, assume German: the careful choice for the one-word rule.
        let german = score[.german] ?? 0
        let best = [TextLanguage.english, .norwegian, .polish, .ukrainian].max { (score[$0] ?? 0) < (score[$1] ?? 0) } ?? .english
        return (score[best] ?? 0) > german ? best : .german
    }

    /// Points for each language: two per function word, one per letter only it uses and one per
    /// lower-case word of its Debian list.
    static func scores(_ tokens: [WordToken]) -> [TextLanguage: Int] {
        var score: [TextLanguage: Int] = [:]
        for t in tokens where !t.isAllCaps {   // "OG" (Obergeschoss) is not Norwegian "og"
            for (language, words) in functionWords where words.contains(t.lower) { score[language, default: 0] += 2 }
            if t.lower.contains(where: { "äüß".contains($0) }) { score[.german, default: 0] += 1 }
            if t.lower.contains(where: { "æøå".contains($0) }) { score[.norwegian, default: 0] += 1 }
            if t.lower.contains(where: { "ąęłśźżćń".contains($0) }) { score[.polish, default: 0] += 1 }
            if t.isCyrillic { score[.ukrainian, default: 0] += 1 }
            // A lower-case word of one of the Debian lists ("lese", "artikkelen", "erreicht").
            if !t.isCyrillic, !t.isCapitalised, t.length >= 3, !t.touchesDigit {
                if OrdinaryWords.german.contains(t.lower) { score[.german, default: 0] += 1 }
                if OrdinaryWords.isEnglish(t.lower) { score[.english, default: 0] += 1 }
                if OrdinaryWords.norwegian.contains(t.lower) { score[.norwegian, default: 0] += 1 }
                if OrdinaryWords.polish.contains(t.lower) { score[.polish, default: 0] += 1 }
            }
        }
        return score
    }

    private static let functionWords: [(TextLanguage, Set<String>)] = [
        (.german, ["und", "ich", "der", "die", "das", "nicht", "ist", "mit", "ein", "eine", "wir", "sie", "es", "auch",
                   "zu", "hat", "haben", "sehr", "mein", "meine", "dem", "den", "war", "für", "auf", "wie", "aber", "noch"]),
        // Only words no other of the five languages uses ("in", "er", "i", "en", "do" are left out).
        (.english, ["the", "and", "is", "was", "of", "we", "he", "she", "my", "with", "it", "for", "very", "to"]),
        (.norwegian, ["og", "jeg", "ikke", "det", "på", "med", "hun", "han", "vi", "var", "som", "til", "har", "veldig"]),
        (.polish, ["się", "nie", "jest", "że", "na", "w", "jak", "ale", "bardzo", "był", "była", "mnie"]),
        (.ukrainian, ["і", "що", "не", "на", "в", "це", "дуже", "але", "я", "ми", "у", "з", "та"]),
    ]
}

enum NameContextWords {
    /// Verbs whose object is a person: meeting, asking, thanking, calling (not visiting: one
    /// visits places as often as people).
    static let objectVerbs: Set<String> = [
        "met", "meet", "meets", "meeting", "asked", "ask", "told", "tell", "thanked", "thank", "called", "call",
        "emailed", "texted", "messaged", "phoned", "helped", "spoke", "talked", "wrote", "contacted",
        "møtte", "møter", "møte", "spurte", "spør", "ringte", "ringer", "takket", "snakket", "snakker",
        "skrev", "hjalp", "kontaktet",
        "traf", "treffe", "treffen", "fragte", "frage", "dankte", "sprach", "schrieb", "kontaktierte",
        "spotkałam", "spotkałem", "spotkaliśmy", "spotkałyśmy", "zapytałam", "zapytałem", "poprosiłam", "poprosiłem",
        "podziękowałam", "podziękowałem", "rozmawiałam", "rozmawiałem", "pisałam",
        "napisałam", "dzwoniłam", "zadzwoniłam", "poznałam", "poznałem",
        "зустріла", "зустрів", "зустріли", "запитала", "запитав", "спитала", "спитав", "попросила", "попросив",
        "подякувала", "подякував", "подзвонила", "подзвонив", "написала", "написав", "говорила", "говорив",
        "розмовляла", "розмовляв", "познайомилася", "познайомився",
    ]
    /// Words between such a verb and the person ("spoke to", "snakket med", "rozmawiałam z").
    static let objectLinks: Set<String> = [
        "to", "with", "til", "med", "mit", "z", "ze", "do", "з", "із", "зі", "до", "an",
    ]
    /// Verbs of speech or help whose subject is often a person named just before.
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "asked", "explained", "replied", "wrote", "helped", "suggested", "thinks",
        "sa", "sier", "fortalte", "spurte", "forklarte", "skrev", "hjalp", "foreslo", "mente",
        "sagte", "sagt", "meinte", "fragte", "erklärte", "schrieb", "half", "hilft",
        "powiedziała", "powiedział", "mówi", "mówiła", "mówił", "zapytała", "zapytał", "napisała", "napisał",
        "wyjaśniła", "wyjaśnił", "pomogła", "pomógł", "pomaga",
        "сказала", "сказав", "каже", "казала", "казав", "запитала", "запитав", "пояснила", "пояснив", "написала",
        "написав", "допомогла", "допоміг", "допомагає",
    ]
    static let conjunctions: Set<String> = ["and", "og", "und", "i", "oraz", "та", "і", "й", "or", "eller", "oder", "lub", "albo", "або"]
    static let germanAdjectiveEndings = ["e", "en", "es", "em"]
    static let companyPrepositions: Set<String> = ["with", "med", "z", "ze", "з", "із", "зі"]
    /// Instrumental endings of Polish and Ukrainian first names and surnames.
    static let instrumentalEndings = ["ą", "em", "ою", "ею", "єю", "ом", "ем", "єм"]
    /// After these a capitalised word is more often a place ("in Bergen", "w Lublinie", "у Львові").
    static let placePrepositions: Set<String> = [
        "in", "at", "to", "from", "near", "i", "på", "til", "fra", "ved", "w", "we", "do", "z", "ze", "na", "pod",
        "koło", "obok", "в", "у", "до", "з", "із", "на", "біля", "під", "від", "через", "of", "for",
        "over", "mot", "gjennom", "langs", "through", "across", "along", "towards", "nach", "über", "durch",
        "przez", "przy", "nad", "po", "за", "над", "по", "around", "rundt", "hos", "beim", "vom",
        "zum", "zur", "im", "am",
    ]
    /// "About": what follows is a topic (an institution, a holiday, a programme) more often than
    /// a person, so a lone capitalised word after it needs a stronger cue.
    /// Prepositions before people as often as places ("a gift for Amira", "hos Kari", "dla
    /// Zosi"). Not "do/od/u/до/від/у": after them brands and institutions in the genitive
    /// ("do Lidla", "до Ашану") outnumber people.
    static let personPrepositions: Set<String> = ["for", "hos", "dla", "для"]
    /// "St Patrick", "Sankt Hans", "Święty Mikołaj": a saint names a day, a church or a place.
    static let saints: Set<String> = ["st", "saint", "sankt", "san", "santa", "święty", "świętego", "św", "святий", "святого", "св"]
    static let topicPrepositions: Set<String> = ["about", "om", "o", "powodu", "про", "щодо", "стосовно", "über"]
    static let articles: Set<String> = [
        "the", "a", "an", "this", "our", "den", "det", "der", "die", "das", "ein", "eine", "dieser", "diese", "dieses",
    ]
    /// Words of contact details and forms, capitalised in any language ("Tel", "Mail").
    static let fieldWords: Set<String> = ["tel", "mail", "email", "e-mail", "fax", "mobil", "mobile", "handy", "telefon", "sms"]
    /// Pronouns and quantifiers that start sentences before a verb of speech.
    static let pronouns: Set<String> = [
        "everyone", "everybody", "someone", "somebody", "nobody", "noone", "one", "none", "both",
        "alle", "noen", "ingen", "begge", "jemand", "niemand", "keiner", "man", "beide",
        "ona", "on", "oni", "ono", "wszyscy", "ktoś", "nikt", "obie", "obaj",
        "вона", "він", "вони", "воно", "всі", "усі", "хтось", "ніхто", "обидва", "обидві",
    ]
}
