/// Round 4 of issue 7: common first names anywhere, initials before a surname, and the places
/// where a capitalised word is a title, an organisation or a word under study rather than a
/// person. Each rule looks at a fixed number of neighbours (the quotation scan is one pass over
/// the text), so the cost stays linear.
extension NameRecogniser {
    /// A capitalised word that is a common first name (`FirstNames`), also inflected
    /// ("Kateryny") or in capitals ("VOLODYMYR"): a name, unless it is an everyday, place or
    /// programme word, a German noun after an article, or an ordinary word of the text's
    /// language first in its sentence (Polish "Inna" = "other").
    func firstNameVerdict(_ t: WordToken, previous: WordToken?, _ language: TextLanguage, _ text: ScannedText, latinOnly: Bool) -> Verdict {
        guard t.isCapitalised, !t.touchesDigit, t.length >= 3, !(t.isAllCaps && t.length < 4) else { return .no }
        let keys = NameFolding.keys(for: t.text)
        // Round 8: a Latin word outside Ukrainian text is judged by the lists' Latin words
        // ("Nadiia" is no "надія"); Ukrainian written in Latin letters keeps them ("Liubov").
        let listed = t.isCyrillic || !latinOnly ? keys : keys.filter { !CommonWords.cyrillicOnly.contains($0) }
        // Round 8: and a word that is a name elsewhere counts only in its own spelling
        // ("Wiktoria" is the word, "Viktoriia" the name).
        let ownSpelling = CommonWords.wordNameSpellings.contains(t.lower)
        let notName = ownSpelling ? CommonWords.notNames : CommonWords.notNamesBesideWordNames
        guard !listed.contains(where: notName.contains), !keys.contains(where: CommonWords.capitalisedAnyway.contains),
              !listed.contains(where: CommonWords.surnameNouns.contains) else { return .no }
        guard keys.contains(where: FirstNames.dictionary.contains(key:))
            // Not an inflected reading of a compound's first part ("Ivano-Frankivsk").
            || (t.length >= 4 && text.unit(at: t.range.upperBound) != 0x2D && Self.containsInflected(keys, in: FirstNames.dictionary)
                // Round 8: German declines no names; a German noun there is the noun ("Linie").
                && !(language == .german && OrdinaryWords.german.contains(t.lower)))
            // Round 8: a pet name made from one ("Olenka", "Михайлик", "Marysia").
            || (t.length >= 5 && !t.isAllCaps && FirstNameDiminutives.reachesFirstName(keys, inflected: !t.startsSentence))
        else { return .no }
        if OrdinaryWords.places.contains(t.lower) { return .no }
        if let previous, NameContextWords.articles.contains(previous.lower) { return .no }
        // First in a sentence only the text's own language counts ("Dieter" is an English word,
        // not a German one; German's list holds first names, so it is not asked).
        if t.startsSentence && !t.isAllCaps {
            let ordinary: Bool
            switch language {
            case .english: ordinary = OrdinaryWords.isEnglish(t.lower)
            case .norwegian: ordinary = OrdinaryWords.norwegian.contains(t.lower)
            case .polish: ordinary = OrdinaryWords.polish.contains(t.lower)
            case .ukrainian: ordinary = t.isCyrillic ? OrdinaryWords.ukrainian.contains(t.lower) : OrdinaryWords.isEnglish(t.lower)
            case .german: ordinary = false
            }
            if ordinary { return .no }
        }
        return .yes
    }

    /// A text written all in lower case (a chat message): a common first name in lower case that
    /// is no ordinary word of the text's language is a name ("takk til ola", "grace and ciaran
    /// were fantastic"), and so is a user's or common first name joined to one by "and"
    /// ("liv og thea"). In ordinary text a lower-case word is a word.
    func applyLowerCaseText(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, _ language: TextLanguage) {
        guard !tokens.contains(where: { $0.isCapitalised && !$0.isAllCaps }) else { return }
        func isName(_ t: WordToken) -> Bool {
            NameFolding.keys(for: t.text).contains { dictionary.contains(key: $0) || FirstNames.dictionary.contains(key: $0) }
        }
        for (i, t) in tokens.enumerated() where state[i] != .yes && t.length >= 3 && !t.touchesDigit && t.text.allSatisfy(\.isLetter) {
            let keys = NameFolding.keys(for: t.text)
            guard keys.contains(where: FirstNames.dictionary.contains(key:)), !keys.contains(where: CommonWords.notNames.contains),
                  !keys.contains(where: CommonWords.surnameNouns.contains) else { continue }
            let ordinary: Bool
            switch language {
            case .german: ordinary = OrdinaryWords.isEnglish(t.lower)
            case .english: ordinary = OrdinaryWords.isEnglish(t.lower)
            default: ordinary = isOrdinaryWord(t, language)
            }
            if !ordinary { state[i] = .yes }
        }
        for i in tokens.indices where state[i] == .yes {
            for (a, b) in [(i + 2, i + 1), (i - 2, i - 1)] where a >= 0 && a < tokens.count && state[a] != .yes {
                if NamePositionWords.conjunctions.contains(tokens[b].lower), isName(tokens[a]),
                   gap(tokens[min(a, b)], tokens[max(a, b)], text) == " ", gap(tokens[min(i, b)], tokens[max(i, b)], text) == " " {
                    state[a] = .yes
                }
            }
        }
    }

    /// "J. Kearney", "M. Horbenko": a capital initial with its period, then a capitalised word
    /// that no list knows, is a name.
    func applyInitials(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, _ language: TextLanguage) {
        for i in tokens.indices.dropLast() where tokens[i].length == 1 && tokens[i].isCapitalised && !tokens[i].touchesDigit {
            guard gap(tokens[i], tokens[i + 1], text) == ". " else { continue }
            // Not the end of an abbreviation or a sentence ("plan B. Next"), not "Co. Wicklow".
            if i > 0, tokens[i - 1].range.upperBound == tokens[i].range.lowerBound { continue }
            let next = tokens[i + 1]
            guard state[i + 1] == .yes
                || (isRoleNameWord(next) && !isOrdinaryInAnyList(next, language) && !OrdinaryWords.isPlaceForm(next.lower)) else { continue }
            state[i] = .yes
            state[i + 1] = .yes
        }
    }

    /// Takes back names the weaker rules found where a capitalised word is something else:
    ///
    /// - inside a short quotation (at most three words: a title, a team, a word under study —
    ///   `"Max Manus"`, `"Paddington"`, `"Мороз"`);
    /// - next to a word that heads an organisation or a place (`Dublin City Council`, `Strand
    ///   kommune`, `Café Klein`, `Urzędowi Miasta Krakowa`, `Червоному Хресту`) or after an
    ///   acronym (`DB Navigator`, `NRK Klar Tale`);
    /// - in a list of words under study (`Wörter wie Berg, Tal, Wald`, `Vocabulary: Manager`);
    /// - in a German hyphenated compound whose last part is a German word (`Playmobil-Figuren`).
    ///
    /// A user's name that is no everyday word stays a name everywhere.
    func applyVetoes(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, _ language: TextLanguage, usersNames: [Bool]) {
        guard state.contains(.yes) else { return }
        var veto = [Bool](repeating: false, count: tokens.count)
        // Short quotations.
        let quotes = Self.quotations(in: text)
        var inside = [[Int]](repeating: [], count: quotes.count)
        var q = 0
        for (k, t) in tokens.enumerated() {
            while q < quotes.count, quotes[q].upperBound <= t.range.lowerBound { q += 1 }
            if q < quotes.count, quotes[q].contains(t.range.lowerBound) { inside[q].append(k) }
        }
        // A title of two or three words may hold a user's name ("Max Manus"); a user's name
        // alone in quotes is still that user.
        var titleWord = [Bool](repeating: false, count: tokens.count)
        // Round 7: places where even a user's name is something else (a saint's feast, a word
        // under study written in lower case).
        var always = [Bool](repeating: false, count: tokens.count)
        // Round 6: also a longer title written in title case ("Fairytale of New York", "The Hope
        // Six Demolition Project"): every word of four or more letters capitalised, up to eight.
        for words in inside where !words.isEmpty && tokens[words[0]].isCapitalised
            && (words.count <= 3 || (words.count <= 8 && words.allSatisfy { tokens[$0].isCapitalised || tokens[$0].length < 4 })) {
            let title = words.count > 1 && !words.allSatisfy { usersNames[$0] }
            for k in words { veto[k] = true; titleWord[k] = title }
        }
        // Round 7: one or two lower-case words in quotes are words under study („kwiatek”,
        // "klug" mit "clever"), even when a user is called so: a person's name is quoted with
        // its capital.
        for words in inside where !words.isEmpty && words.count <= 2 && words.allSatisfy({ !tokens[$0].isCapitalised }) {
            for k in words { veto[k] = true; always[k] = true }
        }
        // Runs of name words beside an organisation or place head, or after an acronym.
        var i = 0
        while i < tokens.count {
            guard state[i] == .yes else { i += 1; continue }
            var j = i
            while j + 1 < tokens.count, state[j + 1] == .yes, joinable(tokens[j], tokens[j + 1], in: text, lineBreak: false, strict: true) { j += 1 }
            let run = i ... j
            // Round 8: a head in any case or compound, and a legal form after the name ("Bakke AS").
            var organisation = run.contains { OrganisationHeadForms.isHead(tokens[$0].lower) }
            if j + 1 < tokens.count, OrganisationHeadForms.isHead(tokens[j + 1].lower) || OrganisationHeadForms.isLegalForm(tokens[j + 1].text),
               joinable(tokens[j], tokens[j + 1], in: text, lineBreak: false, strict: true) { organisation = true }
            // "St Patrick", "Stephen's Green", "at McDonald's": a saint, or a possessive before a
            // capitalised word, names a day, a place or a shop.
            // Round 7: after a saint, also a user's name: "St Patrick's Day", "Sankt Hans", "św.
            // Mikołaja" name a feast, a church or a place, never the user.
            if (i > 0 && NameContextWords.saints.contains(tokens[i - 1].lower)) || (run.count > 1 && NameContextWords.saints.contains(tokens[i].lower)) {
                organisation = true
                for k in run { always[k] = true }
            }
            if let next = tokenAfterPossessive(j, tokens, text), tokens[next].isCapitalised { organisation = true }
            if i > 0, joinable(tokens[i - 1], tokens[i], in: text, lineBreak: false, strict: true) {
                let before = tokens[i - 1]
                if OrganisationHeadForms.isHead(before.lower) { organisation = true }
                // Not a sign-off written in capitals ("LG Natalia", "MVH Kari"; round 7).
                if before.isAllCaps, !before.touchesDigit, !Self.titles.contains(before.lower),
                   !RoleWords.signOffs.contains(before.lower) { organisation = true }
            }
            // "Playmobil-Figuren": a German compound of two parts, the last an ordinary German
            // word and the first no first name ("Anne-Marie", "Frau Lehmann-Kühn" stay names).
            if language == .german, run.count == 2, gap(tokens[i], tokens[j], text) == "-", OrdinaryWords.german.contains(tokens[j].lower),
               !isKnownFirstName(tokens[i]), !isKnownFirstName(tokens[j]), !(i > 0 && Self.titles.contains(tokens[i - 1].lower)) {
                organisation = true
            }
            if organisation { for k in run { veto[k] = true } }
            i = j + 1
        }
        // Lists of words under study, up to the end of the sentence.
        var listEnd = 0   // never walk the same words twice ("words: words: words: …")
        for (k, t) in tokens.enumerated() where Self.vocabularyLabels.contains(t.lower) && k + 1 < tokens.count {
            let lead = gap(t, tokens[k + 1], text)
            // Round 6: or up to two words, then the colon ("Vokabeln zu Natur: Ufer, …", "Wörter
            // gelernt: Netz, …").
            var colonAt: Int? = lead.hasPrefix(":") || (lead == " " && Self.vocabularyLinks.contains(tokens[k + 1].lower)) ? k + 1 : nil
            if colonAt == nil, lead == " " {
                var n = k + 1
                while n + 1 < tokens.count, n <= k + 2, gap(tokens[n - 1], tokens[n], text) == " " {
                    if gap(tokens[n], tokens[n + 1], text).hasPrefix(":") { colonAt = n + 1; break }
                    n += 1
                }
            }
            guard let from = colonAt else { continue }
            var m = max(from, listEnd)
            while m < tokens.count, !(tokens[m].startsSentence && m > k + 1 && !gap(tokens[m - 1], tokens[m], text).contains(":")) {
                // Round 7: a lower-case item is a word, whoever is called so ("klug, dumm, ernst").
                veto[m] = true; if !tokens[m].isCapitalised { always[m] = true }; m += 1
            }
            listEnd = m
        }
        for k in tokens.indices where veto[k] && state[k] == .yes && (!usersNames[k] || titleWord[k] || always[k]) { state[k] = .no }
    }

    /// The word after "'s " that follows token `i` ("Stephen's Green" -> "Green"), if any: the
    /// tokeniser leaves the "s" of a possessive as a word of its own.
    func tokenAfterPossessive(_ i: Int, _ tokens: [WordToken], _ text: ScannedText) -> Int? {
        let end = tokens[i].range.upperBound
        guard let u = text.unit(at: end), WordTokeniser.isApostrophe(u), text.unit(at: end + 1) == 0x73 || text.unit(at: end + 1) == 0x53,
              !text.isLetter(at: end + 2) else { return nil }
        var k = i + 1
        if k < tokens.count, tokens[k].range.lowerBound == end + 1 { k += 1 }   // the "s"
        return k < tokens.count && tokens[k].range.lowerBound == end + 3 && text.unit(at: end + 2) == 0x20 ? k : nil
    }

    /// "Jamie van der Berg", "Dieter von der Heide": after any confirmed name, name particles
    /// and a capitalised word belong to it.
    func applyParticles(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText) {
        for j in tokens.indices.dropFirst() where state[j - 1] == .yes && state[j] != .yes && tokens[j - 1].isCapitalised {
            guard let surname = Self.afterParticles(tokens, from: j, text), surname < tokens.count,
                  tokens[surname].isCapitalised, !tokens[surname].isAllCaps, !tokens[surname].touchesDigit,
                  joinable(tokens[surname - 1], tokens[surname], in: text, lineBreak: false, strict: true),
                  joinable(tokens[j - 1], tokens[j], in: text, lineBreak: false, strict: true) else { continue }
            for k in j ... surname { state[k] = .yes }
        }
    }

    /// The index of the word after name particles that start at `start` ("van", "van der",
    /// "von der", "de la"), or nil when none do.
    static func afterParticles(_ tokens: [WordToken], from start: Int, _ text: ScannedText) -> Int? {
        let first = tokens[start].lower
        guard ["van", "von", "de", "ter", "ten"].contains(first), text.unit(at: tokens[start].range.upperBound) == 0x20 else { return nil }
        if start + 1 < tokens.count, ["der", "den", "dem", "la", "le"].contains(tokens[start + 1].lower),
           text.unit(at: tokens[start + 1].range.upperBound) == 0x20 {
            return start + 2
        }
        // "von" alone is also "from" ("Björn von Bosch"), "de" a preposition: only with an article.
        return first == "von" || first == "de" ? nil : start + 1
    }

    /// The ranges (UTF-16, contents only) of quotations on one line of at most 60 units:
    /// "…", “…”, „…“, «…», ”…”. One pass over the text.
    static func quotations(in text: ScannedText) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: Int? = nil
        for (k, u) in text.units.enumerated() {
            switch u {
            case 0x0A, 0x0D:
                open = nil
            case 0xAB, 0x201E:   // only ever opening
                open = k
            case 0x22, 0x201C, 0x201D, 0xBB:
                if let o = open {
                    if k - o - 1 <= 60 { out.append(o + 1 ..< k) }
                    open = nil
                } else if u != 0xBB {
                    open = k
                }
            default:
                continue
            }
        }
        return out
    }

    /// Nouns that head the name of an organisation or a place, in the five languages and their
    /// cases: the capitalised words beside them name that organisation or place.
    static let organisationHeads: Set<String> = Set("""
    council city county hospital clinic centre center library museum school college university institute \
    office bank hotel cafe café restaurant pub club church station airport bus water foundation trust \
    association society festival day park green square bridge \
    river lake mountain island loch lough fjord street road avenue lane gate gata gaten gata vei veien plass torg \
    straße strasse platz allee gasse ulica ulicy aleja rzeka rzeki jezioro вулиця вулиці проспект річка річки озеро \
    kommune kommunen fylke fylkeskommune bydel bydelshus skole skolen sykehus sykehuset senter senteret kafé kafe \
    bibliotek biblioteket museet stasjon kirke hotell legesenter barnehage universitet høgskole forening \
    stadt schule universität krankenhaus klinik bibliothek bahnhof kirche büro zentrum verein stiftung gmbh \
    urząd urzędu urzędowi urzędem urzędzie miasto miasta mieście miastu fundacja fundacji fundację fundacją \
    szkoła szkoły szkole szkołę biblioteka biblioteki bibliotece muzeum szpital szpitala szpitalu dworzec \
    kawiarnia kawiarni stowarzyszenie stowarzyszenia ośrodek ośrodka ośrodku \
    місто міста місті фонд фонду центр центру центрі школа школи школі університет університету лікарня \
    лікарні бібліотека бібліотеки бібліотеці музей музею хрест хреста хресту хрестом кафе
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Labels of a list of words under study ("Vocabulary: shift, Manager", "Wörter wie Berg").
    static let vocabularyLabels: Set<String> = [
        "vocabulary", "words", "word", "wörter", "wortschatz", "vokabeln", "ord", "ordene", "gloser", "ordforråd",
        "słówka", "słownictwo", "słowa", "wymowa", "pronunciation", "uttale", "aussprache", "слова", "лексика", "словник", "вимова",
        // Round 8: a list of topics names things ("Themen: Arzttermin, Doctolib, AOK").
        "topics", "themen", "temaer", "tematy", "теми",
    ]
    static let vocabularyLinks: Set<String> = ["like", "wie", "som", "jak", "як", "such"]
}
