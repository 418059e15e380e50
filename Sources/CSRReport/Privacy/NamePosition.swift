/// Round 3's name positions: places in a sentence where only a person can stand, so that a word
/// there is a name even when it is also an ordinary word ("host Mark", "naboen Sol"), written in
/// lower case ("saksbehandler kari", "córka ola"), or first in its sentence with no cue before it
/// ("Jonathan did not come", "Zosia nie przyszła"). Each rule looks at a fixed number of
/// neighbours, so the cost stays linear in the words.
extension NameRecogniser {
    /// A capitalised word that can be a name where only a name can stand: name-shaped, or a first
    /// name that is also an everyday word (`CommonWords.wordNames`: Will, Grace, Per, Sol, Віра),
    /// but not a month or weekday.
    func isNamePositionWord(_ t: WordToken) -> Bool {
        if isRoleNameWord(t) { return true }
        guard t.isCapitalised, !t.isAllCaps, !t.touchesDigit, t.length >= 3 else { return false }
        let keys = NameFolding.keys(for: t.text)
        return keys.contains(where: CommonWords.wordNames.contains) && !keys.contains(where: CommonWords.capitalisedAnyway.contains)
    }

    /// A lower-case word right after a role or kinship word that is no ordinary word of any of the
    /// lists ("my daughter lily" stays: "lily" is a flower; "saksbehandler kari", "córka ola",
    /// "мама світлана" are names). In German text a lower-case word of `wngerman` is read as a
    /// word (the list holds first names too: "betreuerin sabine" is missed).
    func isLowerCaseNameAfterRole(_ t: WordToken, _ language: TextLanguage) -> Bool {
        guard !t.isCapitalised, !t.touchesDigit, t.length >= 3, !t.text.contains(where: { !$0.isLetter }) else { return false }
        let keys = NameFolding.keys(for: t.text)
        if keys.contains(where: CommonWords.everydayOrSurnameNoun.contains) || keys.contains(where: CommonWords.notNames.contains) { return false }
        if NameContextWords.pronouns.contains(t.lower) || NamePositionWords.personVerbs.contains(t.lower)
            || NamePositionWords.bridges.contains(t.lower) { return false }   // "bror kom", "son never"
        // Round 6: nor a lower-case word that is also a proper noun ("skrev ned", "читали роман").
        return !isOrdinaryInAnyList(t, language)
            && !OrdinaryWords.isLowerCaseWord(t.lower, cyrillic: t.isCyrillic, norwegianText: language == .norwegian)
    }

    /// Whether the word is an ordinary (lower-case, not proper-noun) word of English or of the
    /// text's language; in English text of Norwegian and Polish too (mixed notes). Each Bloom
    /// filter asked adds its 1% of false positives, so no more are asked than that.
    func isOrdinaryInAnyList(_ t: WordToken, _ language: TextLanguage) -> Bool {
        if t.isCyrillic { return OrdinaryWords.ukrainian.contains(t.lower) }
        if OrdinaryWords.isEnglish(t.lower) { return true }
        switch language {
        case .german: return OrdinaryWords.german.contains(t.lower)
        case .norwegian: return OrdinaryWords.norwegian.contains(t.lower)
        case .polish: return OrdinaryWords.polish.contains(t.lower)
        case .english, .ukrainian: return OrdinaryWords.norwegian.contains(t.lower) || OrdinaryWords.polish.contains(t.lower)
        }
    }

    /// "Thanks to Bill, Grace and Dawn", "Takk til Marit", "Danke an Heike", "Dziękuję Kasi",
    /// "Дякую Олегу": the words after a thanking phrase are people; the list that follows is
    /// taken up by the list rule.
    func applyThanks(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText) {
        for i in tokens.indices where NamePositionWords.thanks.contains(tokens[i].lower) {
            var j = i + 1
            if j < tokens.count, NamePositionWords.thanksLinks.contains(tokens[j].lower), gap(tokens[i], tokens[j], text) == " " { j += 1 }
            guard j < tokens.count, j > i, [" ", ", "].contains(gap(tokens[j - 1], tokens[j], text)), isNamePositionWord(tokens[j]) else { continue }
            state[j] = .yes
            if j + 1 < tokens.count, isRoleNameWord(tokens[j + 1]), joinable(tokens[j], tokens[j + 1], in: text, lineBreak: false, strict: true) {
                state[j + 1] = .yes
            }
        }
    }

    /// The first word of a sentence, when no list knows it as an ordinary word and a verb that
    /// wants a person follows (after at most one adverb or negation), or "and I" follows: "Jonathan
    /// did not come", "Ingrid kom ikke", "Zosia nie przyszła", "Тарас сьогодні не прийшов",
    /// "Priya and I practised". A second such word before the verb is the surname.
    func applySentenceSubjects(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, _ language: TextLanguage) {
        for i in tokens.indices where tokens[i].startsSentence && state[i] != .yes {
            guard subjectShaped(tokens[i], language) else { continue }
            var k = i + 1
            // The surname may be an ordinary word ("Olav Haugen": "haugen" is "the hill").
            if k < tokens.count, !tokens[k].startsSentence, tokens[k].length >= 2, isContextWord(tokens[k], allowSentenceStart: true),
               !OrdinaryWords.places.contains(tokens[k].lower),
               joinable(tokens[i], tokens[k], in: text, lineBreak: false, strict: true) { k += 1 }
            // Two words no list knows, first in the sentence: a full name ("Olav Haugen, our
            // neighbour, ..."), whatever follows — when the first is a known first name or the
            // second is shaped like a surname (round 4: "Verdächtige Logins", "Dzień
            // Niepodległości", "Boże Ciało" are a heading, a holiday, a feast).
            if k == i + 2 {
                if isKnownFirstName(tokens[i]) || Self.isSurnameShaped(tokens[i + 1].lower) { state[i] = .yes; state[i + 1] = .yes }
                continue
            }
            guard k < tokens.count, gap(tokens[k - 1], tokens[k], text) == " " else { continue }
            let next = tokens[k].lower
            var person = NamePositionWords.personVerbs.contains(next)
            if !person, k + 1 < tokens.count, gap(tokens[k], tokens[k + 1], text) == " " {
                let after = tokens[k + 1].lower
                if NamePositionWords.conjunctions.contains(next) {
                    person = NamePositionWords.firstPerson.contains(after)
                    // "Rustam i Leyla zdali": two people, then the verb.
                    if !person, subjectShaped(tokens[k + 1], language), k + 2 < tokens.count,
                       gap(tokens[k + 1], tokens[k + 2], text) == " ", NamePositionWords.personVerbs.contains(tokens[k + 2].lower) {
                        person = true
                        state[k + 1] = .yes
                    }
                }
                // Up to two adverbs or negations: "Тарас сьогодні не прийшов".
                if NamePositionWords.bridges.contains(next) {
                    person = NamePositionWords.personVerbs.contains(after)
                    if !person, NamePositionWords.bridges.contains(after), k + 2 < tokens.count, gap(tokens[k + 1], tokens[k + 2], text) == " " {
                        person = NamePositionWords.personVerbs.contains(tokens[k + 2].lower)
                    }
                }
            }
            guard person else { continue }
            for w in i ..< k { state[w] = .yes }
        }
    }

    /// "a message from Svitlana", "hilsen fra Kari", "Nachricht von Jonas", "wiadomość od Ani",
    /// "лист від Олени": after a word of sending or helping and "from", a person (after "from"
    /// alone a capitalised word is more often a place). And the owner before a kinship or role
    /// word: "Olenas mann", "Annas Tochter", "Olena's husband".
    func applySendersAndOwners(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, _ language: TextLanguage) {
        for i in tokens.indices {
            if NamePositionWords.sentThings.contains(tokens[i].lower), i + 2 < tokens.count,
               NamePositionWords.fromWords.contains(tokens[i + 1].lower),
               gap(tokens[i], tokens[i + 1], text) == " ", gap(tokens[i + 1], tokens[i + 2], text) == " ",
               isRoleNameWord(tokens[i + 2]), !tokens[i + 2].startsSentence,
               !isOrdinaryInAnyList(tokens[i + 2], language) {   // "лист від Пенсійного Фонду"
                state[i + 2] = .yes
                if i + 3 < tokens.count, isRoleNameWord(tokens[i + 3]), joinable(tokens[i + 2], tokens[i + 3], in: text, lineBreak: false, strict: true) {
                    state[i + 3] = .yes
                }
            }
            // "Grace Okafor", "Per Solberg": a first name that is also a word, before a surname
            // that no list knows.
            if i + 1 < tokens.count, isNamePositionWord(tokens[i]), !isRoleNameWord(tokens[i]),
               isRoleNameWord(tokens[i + 1]), !isOrdinaryInAnyList(tokens[i + 1], language),
               !OrdinaryWords.places.contains(tokens[i + 1].lower),
               joinable(tokens[i], tokens[i + 1], in: text, lineBreak: false, strict: true) {
                state[i] = .yes; state[i + 1] = .yes
            }
            // "Olenas mann": a genitive s right before a kinship or role word.
            if i + 1 < tokens.count, tokens[i].lower.hasSuffix("s"), tokens[i].length >= 4, isRoleNameWord(tokens[i]),
               RoleWords.kinship.contains(tokens[i + 1].lower) || RoleWords.roles.contains(tokens[i + 1].lower),
               gap(tokens[i], tokens[i + 1], text) == " ",
               !(i > 0 && NameContextWords.articles.contains(tokens[i - 1].lower)) {
                state[i] = .yes
            }
        }
    }

    /// A user's or a common first name (`FirstNames`), in any spelling the folding reaches.
    func isKnownFirstName(_ t: WordToken) -> Bool {
        NameFolding.keys(for: t.text).contains { dictionary.contains(key: $0) || FirstNames.dictionary.contains(key: $0) }
    }

    /// Endings of Ukrainian, Polish, Nordic and German surnames ("Shevchenko", "Kowalczuk",
    /// "Nowicki", "Johansen", "Hoffmann").
    static func isSurnameShaped(_ lower: String) -> Bool {
        lower.count >= 5 && surnameEndings.contains { lower.hasSuffix($0) }
    }

    static let surnameEndings = [
        "enko", "chuk", "czuk", "czyk", "iuk", "yuk", "juk", "ski", "ska", "sky", "cki", "cka", "dzki", "wicz", "vych",
        "ych", "sen", "sson", "mann", "енко", "чук", "юк", "ук", "ський", "ська", "цький", "цька", "вич",
    ]

    private func subjectShaped(_ t: WordToken, _ language: TextLanguage) -> Bool {
        guard t.length >= 3, isContextWord(t, allowSentenceStart: true), !OrdinaryWords.places.contains(t.lower) else { return false }
        return !isOrdinaryInAnyList(t, language)
    }
}

enum NamePositionWords {
    /// Things a person sends or gives, before "from" ("a message from Svitlana").
    static let sentThings: Set<String> = [
        "message", "messages", "letter", "email", "e-mail", "mail", "call", "text", "sms", "note", "gift", "greetings",
        "help", "support", "feedback", "card", "invitation", "news",
        "melding", "meldingen", "brev", "brevet", "hilsen", "hilsener", "hjelp", "støtte", "tilbakemelding", "gave", "beskjed",
        "nachricht", "brief", "grüße", "hilfe", "anruf", "unterstützung", "geschenk", "post",
        "wiadomość", "wiadomości", "list", "pomoc", "telefon", "prezent", "pozdrowienia", "wsparcie", "mail",
        "повідомлення", "лист", "листа", "допомога", "допомогу", "дзвінок", "подарунок", "привіт", "підтримка",
    ]
    static let fromWords: Set<String> = ["from", "fra", "von", "od", "від"]
    static let thanks: Set<String> = ["thanks", "thank", "takk", "danke", "dank", "dziękuję", "dziękujemy", "dzięki", "podziękowania", "дякую", "дякуємо", "спасибі", "вдячна", "вдячний"]
    static let thanksLinks: Set<String> = ["to", "you", "til", "an", "dla", "для"]

    /// Verbs (and auxiliaries) whose subject is a person, in the forms that follow a subject.
    static let personVerbs: Set<String> = Set("""
    did didn't couldn't can't won't wouldn't came comes said says told asked went goes wants wanted loves loved \
    likes liked lives lived works worked started starts joined helped helps brought called sent showed gave got \
    could can will would needs needed finished passed speaks spoke arrived left moved missed cancelled tried \
    found feels felt seems seemed thinks thought knows knew learned learnt practised practiced explained \
    kom kommer sa sier spurte ville kunne skal skulle gikk går jobber jobbet bor bodde liker likte hjalp hjelper \
    fikk får begynte startet snakker snakket trenger måtte viste ga ringte sendte flyttet fortalte forklarte \
    synes syntes tror trodde vet visste lærte øvde kunne klarte \
    kam kommt sagte fragte will wollte kann konnte soll sollte geht ging wohnt wohnte arbeitet arbeitete mag \
    mochte half hilft bekam bekommt begann spricht sprach braucht brauchte muss musste zeigte gab rief schickte \
    erzählte erklärte lernt lernte übte findet fand glaubt weiß wusste \
    przyszedł przyszła powiedział powiedziała mówi mówił mówiła pytała pytał zapytał zapytała chce chciał \
    chciała może mógł mogła poszedł poszła idzie pracuje pracował pracowała mieszka mieszkał mieszkała lubi \
    lubił lubiła pomógł pomogła pomaga dostał dostała zaczął zaczęła zaczyna potrzebuje musi musiał musiała \
    pokazał pokazała dał dała dzwonił dzwoniła zadzwonił zadzwoniła przysłał przysłała uczy uczył uczyła \
    ćwiczył ćwiczyła wyjaśnił wyjaśniła myśli wie wiedział wiedziała przyniósł przyniosła \
    прийшов прийшла сказав сказала каже питала питав запитав запитала хоче хотів хотіла може міг могла пішов \
    пішла йде працює працював працювала живе жив жила любить допоміг допомогла допомагає отримав отримала \
    почав почала говорить потребує мусить показав показала дав дала дзвонив дзвонила подзвонив подзвонила \
    надіслав надіслала вчиться вчить пояснив пояснила думає знає знав знала приніс принесла прийде прийшли \
    змогла зміг змогли склала склав склали zdała zdał zdali przyszli bestod bestått besto passed \
    passed couldn't bestanden kamen
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// One word that may stand between the subject and its verb: an adverb or a negation.
    static let bridges: Set<String> = [
        "also", "really", "never", "always", "just", "still", "finally", "already", "then", "today", "yesterday",
        "også", "alltid", "aldri", "bare", "endelig", "allerede", "ikke",
        "auch", "immer", "nie", "nur", "endlich", "schon", "heute", "gestern", "nicht",
        "nie", "też", "zawsze", "już", "dzisiaj", "dziś", "wczoraj", "wreszcie", "nigdy", "jeszcze", "również",
        "не", "теж", "також", "завжди", "вже", "сьогодні", "вчора", "нарешті", "ніколи", "ще",
    ]
    static let conjunctions: Set<String> = ["and", "og", "und", "i", "oraz", "та", "і", "й"]
    static let firstPerson: Set<String> = ["i", "me", "jeg", "meg", "ich", "ja", "я"]
}
