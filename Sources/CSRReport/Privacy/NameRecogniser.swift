/// Finds person names, from the snapshot's name dictionary and from patterns.
///
/// Dictionary rule: a word is a name when one of its `NameFolding` keys (case-, diacritic- and
/// transliteration-insensitive) is in the dictionary, directly or after removing a possessive or
/// case ending ("Annas", "Kowalskiej", "Оленою"; endings only on capitalised words). A
/// dictionary name that is also an everyday word (Will, May, Hope, Per, Надія) counts only when
/// capitalised and not first in its sentence, or when it stands next to another name.
///
/// Pattern rules, for names not in the dictionary: a capitalised word right next to a
/// dictionary name ("Anna Smithson"), and one to three capitalised words after a cue such as
/// "my mentor", "named", "I am", "Mr", "Frau", "pani", "мене звати" (two or more after the weak
/// cues "with", "med", "mit", "z", "з"), and one or two name-shaped words after a role word
/// ("caseworker", "veileder", "Dolmetscherin", "opiekun", "лікарка"; see `RoleWords`). Places,
/// organisations and programme words never count.
/// Neighbouring name words, also across one line break or a hyphen, form one match.
struct NameRecogniser: Sendable {
    let dictionary: NameDictionary

    func candidates(in text: ScannedText) -> [PIICandidate] {
        let tokens = WordTokeniser.tokens(in: text)
        guard !tokens.isEmpty else { return [] }
        var state = [Verdict](repeating: .no, count: tokens.count)
        let language = TextLanguage.guess(tokens)
        // Round 8: whether a Latin word is judged by the lists' Latin words only ("Nadiia" is no
        // "надія"): not in Ukrainian text, nor in Ukrainian written in Latin letters.
        let latinOnly = language != .ukrainian && !UkrainianInLatin.isWritten(tokens)
        // Users' names that are no everyday word: what the round-4 vetoes (titles, organisations,
        // vocabulary lists) leave standing.
        var usersNames = [Bool](repeating: false, count: tokens.count)
        do {
            for (i, token) in tokens.enumerated() {
                let previous = i > 0 ? tokens[i - 1] : nil
                if !dictionary.isEmpty {
                    state[i] = dictionaryVerdict(token, previous: previous, opensQuote: Self.opensQuotation(token, text), language, latinOnly: latinOnly)
                }
                usersNames[i] = state[i] == .yes && !NameFolding.keys(for: token.text).contains(where: CommonWords.everydayOrSurnameNoun.contains)
                if state[i] == .no { state[i] = firstNameVerdict(token, previous: previous, language, text, latinOnly: latinOnly) }
            }
            // Everyday-word names count next to a confirmed name ("Will Turner"), before an
            // initial ("Will H."), or as an item of a list of users' names (round 6).
            pairUsersWords(tokens, &state, text)
            let weak = tokens.indices.filter { state[$0] == .ifNextToName || (state[$0] == .no && isUsersWord(tokens[$0])) }
            for i in weak where state[i] == .ifNextToName {
                let left = i > 0 && state[i - 1] == .yes && joinable(tokens[i - 1], tokens[i], in: text, lineBreak: false)
                let right = i + 1 < tokens.count && state[i + 1] == .yes && joinable(tokens[i], tokens[i + 1], in: text, lineBreak: false)
                state[i] = left || right || isBeforeInitial(i, tokens, text) ? .yes : .no
            }
            // A list takes its items one by one ("Hoffmann, Klein, Weiß"): a few rounds at most.
            var rounds = 0, changed = true
            while changed && rounds < 3 {
                changed = false; rounds += 1
                for i in weak where state[i] != .yes && listedWithUsersNames(i, tokens, state, text) { state[i] = .yes; changed = true }
            }
            extendToCapitalisedNeighbours(tokens, &state, text)
        }
        applyLowerCaseText(tokens, &state, text, language)
        applyCues(tokens, &state, text, language)
        applyRoleCues(tokens, &state, text, language)
        applySignOffs(tokens, &state, text)
        applyThanks(tokens, &state, text)
        applyThankedFirstNames(tokens, &state, text, language)
        applyAddressedUsers(tokens, &state, text)
        applyChatSpeakers(tokens, &state, text)
        applySendersAndOwners(tokens, &state, text, language)
        applyContextCues(tokens, &state, text, language)
        applySentenceSubjects(tokens, &state, text, language)
        applySurnameShapes(tokens, &state, text, language)
        applyAppositions(tokens, &state, text, language)
        applyUsersNamePositions(tokens, &state, text, language)
        applyNameEchoes(tokens, &state, text, language)
        applyDashSignatures(tokens, &state, text)
        applyUsersNameOrigins(tokens, &state, text)
        applyInitials(tokens, &state, text, language)
        extendLists(tokens, &state, text, language)
        applyParticles(tokens, &state, text)
        applyVetoes(tokens, &state, text, language, usersNames: usersNames)
        applyPluralNounTitles(tokens, &state, text, usersNames: usersNames)
        applyNameWordsBeforeNumbers(tokens, &state, text)
        applyPlacesAndTeams(tokens, &state, text, language, usersNames: usersNames)
        applyGluedBrands(tokens, &state, text)
        applyMonthsBesideNumbers(tokens, &state, text)
        return merge(tokens, state, text) + invertedNames(tokens, state, text)
    }

    enum Verdict: Equatable { case no, yes, ifNextToName }

    /// German articles and article-prepositions: the capitalised word after them is a noun.
    static let germanArticles: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "am", "im",
        "kein", "keine", "keinen", "mein", "meine", "meinen", "dein", "sein", "seine", "ihr", "ihre", "unser", "unsere",
        "zum", "zur", "vom", "beim", "ins", "auf", "ans",
    ]

    /// A lower-case word before which a capitalised German word reads as a noun: a preposition
    /// ("in Weiß") or a declined adjective or article ("einen echten Fuchs"); not a verb ("war Berg").
    private static func marksGermanNoun(_ previous: WordToken) -> Bool {
        // Round 8: also first in the sentence, where it has a capital ("Zu Klein für …", "Im Berg").
        guard !previous.isCapitalised || previous.startsSentence else { return false }
        if germanArticles.contains(previous.lower) || germanPrepositions.contains(previous.lower) { return true }
        return ["en", "em", "er", "es", "e"].contains { previous.lower.hasSuffix($0) } && previous.length >= 4
            && OrdinaryWords.german.contains(previous.lower)
    }

    private static let germanPrepositions: Set<String> = ["in", "mit", "von", "zu", "bei", "nach", "aus", "für", "ohne", "unter", "über", "wie", "als"]

    private func dictionaryVerdict(_ t: WordToken, previous: WordToken?, opensQuote: Bool, _ language: TextLanguage, latinOnly: Bool) -> Verdict {
        guard t.length >= 2, !t.touchesDigit else { return .no }
        if t.length == 2 && !t.isCapitalised { return .no }
        let keys = NameFolding.keys(for: t.text)
        // A lower-case word that is ordinary in two of the Debian word lists ("max", "strand"),
        // or in the list of the text's own language ("mørk", "мороз", "віра"), is that word, and a
        // user's name only next to another name ("ola strand"). German is left out: its list
        // holds every capitalised entry lower-cased, first names included.
        // Round 6: also the lower-case words that are a proper noun too ("ned", "роман").
        let lowerCaseOrdinary = !t.isCapitalised
            && (OrdinaryWords.nameLike.contains(t.lower) || (language != .german && isOrdinaryWord(t, language))
                || OrdinaryWords.isLowerCaseWord(t.lower, cyrillic: t.isCyrillic, norwegianText: language == .norwegian)
                // Round 7: German writes nouns and names with a capital; a lower-case word that
                // German writes small ("zu ernst", "klug") is an adjective, verb or adverb.
                || (language == .german && OrdinaryWords.germanLowerCase.contains(t.lower)))
        // "einen Hammer", "den Fischer": a German noun after an article is that noun.
        let germanNoun = language == .german && t.isCapitalised && !t.isAllCaps
            && (previous.map { Self.germanArticles.contains($0.lower) } ?? false) && OrdinaryWords.german.contains(t.lower)
        // Seasons, holidays and months are capitalised anyway ("Wiosna", "Wiosną"): a user
        // called so is an everyday word too (round 6).
        // A Cyrillic word is compared with the Cyrillic words of the lists only.
        let cyrillic = t.isCyrillic
        let seasonal = keys.contains(where: cyrillic ? CommonWords.cyrillicCapitalisedAnyway.contains : CommonWords.capitalisedAnyway.contains)
        // Round 8: and a capitalised Latin word outside Ukrainian text with the Latin ones
        // ("Nadiia hat angerufen" is no "надія"; Ukrainian written in Latin letters keeps it).
        let latinWord = !cyrillic && t.isCapitalised && latinOnly
        let everydayOrSurname = keys.contains(where: cyrillic ? CommonWords.cyrillicEverydayOrSurnameNoun.contains
            : { CommonWords.everydayOrSurnameNoun.contains($0) && !(latinWord && CommonWords.cyrillicOnly.contains($0)) })
        let everyday = everydayOrSurname || seasonal
        // The first word of a quotation is capitalised as a title's first word ("«Вовк і семеро
        // козенят»"): no more a sign of a name than a sentence's first word.
        let capitalisedInSentence = t.isCapitalised && !t.isAllCaps && !t.startsSentence && !opensQuote
        // After a capitalised German noun a German word is the next noun ("den Beruf Fischer",
        // "Ufer, Ente, Berg"), not a person; after a title or a first name it is a surname.
        let afterGermanNoun = previous.map {
            $0.isCapitalised && !$0.isAllCaps && OrdinaryWords.german.contains($0.lower) && !Self.titles.contains($0.lower)
                && !NameFolding.keys(for: $0.text).contains { dictionary.contains(key: $0) || FirstNames.dictionary.contains(key: $0) }
        } ?? false
        if keys.contains(where: dictionary.contains(key:)) {
            if (lowerCaseOrdinary || germanNoun) && !everyday { return .ifNextToName }
            if !everyday { return .yes }
            // Months, weekdays and nationalities are capitalised anyway: never alone. A German
            // noun after an article or preposition ("auf den Berg") is capitalised anyway too.
            // In German every noun is capitalised: "einen echten Fuchs", "ein Kleid in Weiß".
            if capitalisedInSentence && !seasonal
                && !(previous.map { Self.germanArticles.contains($0.lower) } ?? false)
                && !(language == .german && OrdinaryWords.german.contains(t.lower) && previous.map(Self.marksGermanNoun) ?? false)
                && !(language == .german && OrdinaryWords.german.contains(t.lower) && afterGermanNoun) { return .yes }
            // A lower-case surname noun ("strøm") is a name only next to another ("ola strøm").
            let surnameNoun = !keys.contains(where: cyrillic ? CommonWords.cyrillicEveryday.contains : CommonWords.everyday.contains)
            return t.isCapitalised || surnameNoun ? .ifNextToName : .no
        }
        // Possessive and case endings: on capitalised words, and on lower-case Cyrillic words
        // (Ukrainian chat is often written in lower case: "з оксаною"); never on everyday words.
        guard t.isCapitalised || t.isCyrillic, !everydayOrSurname, t.length >= 4 else { return .no }
        guard Self.containsInflected(keys, in: dictionary) else {
            // Round 6: a case form of a user's name that is an everyday word ("Любові", "Róży",
            // "Віро") is judged like the word itself: capitalised inside a sentence it is the
            // name; a Ukrainian vocative ("Віро, привіт!") addresses a person wherever it stands.
            // Not a German noun or adjective, which are capitalised anyway ("Die Kleine").
            guard t.isCapitalised, !t.isAllCaps, !(language == .german && OrdinaryWords.german.contains(t.lower)),
                  !(previous.map { Self.germanArticles.contains($0.lower) } ?? false),
                  let reading = Self.inflectedEverydayReading(keys, in: dictionary, cyrillic: cyrillic) else { return .no }
            if reading.vocative || (capitalisedInSentence && !seasonal && !reading.seasonal) { return .yes }
            return .ifNextToName
        }
        // Round 6: a season in a case form ("Wiosną"), and a lower-case word of the language that
        // only looks like a name in a case form ("тому": "Том"; "роману": "Роман"), need a name
        // beside them.
        return seasonal || lowerCaseOrdinary ? .ifNextToName : .yes
    }

    /// Whether one of `keys`, with a possessive or case ending swapped for the dictionary form's,
    /// is in `names` ("Kowalskiej", "Оленою", "Kateryny").
    static func containsInflected(_ keys: [String], in names: NameDictionary) -> Bool {
        for key in keys {
            for (suffix, replacement) in endings where key.hasSuffix(suffix) && key.count - suffix.count >= 3 {
                let stem = String(key.dropLast(suffix.count)) + replacement
                if names.contains(key: stem), !CommonWords.everydayOrSurnameNoun.contains(stem) { return true }
            }
        }
        return false
    }

    /// A case form of a user's name that is an everyday word or surname noun ("Любові" of "Любов",
    /// "Róży" of "Róża", "Віро" of "Віра"): whether one exists, whether it is the Ukrainian
    /// vocative in "-о" of a name in "-а", and whether the name is a season or month.
    static func inflectedEverydayReading(_ keys: [String], in names: NameDictionary, cyrillic: Bool) -> (vocative: Bool, seasonal: Bool)? {
        for key in keys {
            for (suffix, replacement) in endings where key.hasSuffix(suffix) && key.count - suffix.count >= 3 {
                let stem = String(key.dropLast(suffix.count)) + replacement
                guard names.contains(key: stem), CommonWords.everydayOrSurnameNoun.contains(stem) else { continue }
                return (cyrillic && suffix == "o" && replacement == "a", CommonWords.capitalisedAnyway.contains(stem))
            }
        }
        return nil
    }

    /// Possessive and case endings in `NameFolding` skeleton form, with what replaces them to
    /// reach the dictionary form: English/Nordic/German genitive s, Polish and Ukrainian cases.
    static let endings: [(String, String)] = [
        ("s", ""), ("iei", "a"), ("ei", "a"), ("ie", "a"), ("i", "a"), ("e", "a"), ("u", "a"),
        ("oiu", "a"), ("oi", "a"), ("iego", "i"), ("iemu", "i"), ("im", "i"), ("ego", ""),
        ("a", ""), ("u", ""), ("ovi", ""), ("iem", ""), ("em", ""), ("om", ""), ("a", "o"),
        ("om", "o"), ("i", "ia"), ("ie", ""), ("e", ""), ("o", "a"),
    ]

    func isCandidateNameWord(_ t: WordToken) -> Bool {
        guard t.isCapitalised, !t.isAllCaps, !t.touchesDigit, t.length >= 2, !Self.isBrandShaped(t.text) else { return false }
        return !NameFolding.keys(for: t.text).contains(where: CommonWords.notNames.contains) && !CommonWords.isInflectedNotName(t.lower)
    }

    /// A capital after a small letter inside the word, as brands write them ("InPost", "OneDrive",
    /// "TestDaF"); not the Irish and Scottish "Mc"/"Mac" surnames ("McGrath").
    static func isBrandShaped(_ word: String) -> Bool {
        var previousLower = false
        for (k, c) in word.enumerated() {
            if c.isUppercase, previousLower, k > 0 {
                let head = word.prefix(k)
                return !(head == "Mc" || head == "Mac")
            }
            previousLower = c.isLowercase
        }
        return false
    }

    private func extendToCapitalisedNeighbours(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText) {
        let confirmed = tokens.indices.filter { state[$0] == .yes && tokens[$0].isCapitalised }
        for i in confirmed {
            var j = i + 1
            while j < tokens.count, j <= i + 2, state[j] != .yes, isSurnameAfterName(tokens[j], after: tokens[j - 1]),
                  joinable(tokens[j - 1], tokens[j], in: text, lineBreak: false, strict: true) {
                state[j] = .yes; j += 1
            }
            // Not onto the first word of a sentence: there a capital says nothing, and in
            // "Wskazówki Anny dotyczące" the name belongs to the noun before it.
            if i > 0, state[i - 1] != .yes, isCandidateNameWord(tokens[i - 1]), !tokens[i - 1].startsSentence,
               joinable(tokens[i - 1], tokens[i], in: text, lineBreak: false, strict: true) {
                state[i - 1] = .yes
            }
        }
    }

    /// The word after a name that continues it: a name-shaped word; a capitalised surname that is
    /// also a noun ("Katrin Vogel", "Marte Vik", "Kristin Aas"); or, after a name in capitals, a
    /// word in capitals ("SERHII PAVLENKO").
    private func isSurnameAfterName(_ t: WordToken, after previous: WordToken) -> Bool {
        if isCandidateNameWord(t) { return true }
        guard t.isCapitalised, !t.touchesDigit, t.length >= 2, !t.startsSentence else { return false }
        let keys = NameFolding.keys(for: t.text)
        if keys.contains(where: CommonWords.capitalisedAnyway.contains) { return false }
        if t.isAllCaps { return previous.isAllCaps && t.length >= 3 && !keys.contains(where: CommonWords.notNames.contains) }
        return keys.contains(where: CommonWords.surnameLike.contains)
    }

    private func applyCues(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, _ language: TextLanguage) {
        for (cue, minimumWords) in Self.cues {
            guard cue.count <= tokens.count else { continue }
            for start in 0 ... (tokens.count - cue.count) where tokens[start].lower == cue[0] {
                var ok = true
                for k in 1 ..< cue.count where tokens[start + k].lower != cue[k] { ok = false; break }
                guard ok else { continue }
                let first = start + cue.count
                guard first < tokens.count, cueGapOK(tokens[first - 1], tokens[first], text) else { continue }
                // After a period only an abbreviation ("Dr. Ahmed"), never a sentence end
                // ("Veldig hyggelig frivillig. Alltid forberedt.").
                if gap(tokens[first - 1], tokens[first], text) == ". ", tokens[first - 1].length > 4 { continue }
                var words: [Int] = []
                var separate = 0   // the halves of a glued word ("WhatsApp") are one word here
                var j = first
                while j < tokens.count, words.count < 3, isCandidateNameWord(tokens[j]) || state[j] == .yes {
                    if j > first, !joinable(tokens[j - 1], tokens[j], in: text, lineBreak: false, strict: true) { break }
                    if j == first || tokens[j - 1].range.upperBound != tokens[j].range.lowerBound { separate += 1 }
                    words.append(j); j += 1
                }
                guard separate >= minimumWords else { continue }
                if minimumWords >= 2, !weakCueHolds(cue[0], words, tokens, state, language) { continue }
                for w in words { state[w] = .yes }
            }
        }
    }

    /// Names after a role word: "caseworker Jane Doe", "Min veileder Ola Nordmann", "Fastlegen
    /// min, Kari Holm", "Kontaktperson i NAV: Per Lie", "Nasz opiekun Jan Nowak", "Лікарка Марія
    /// Коваль", and after a form label and a colon ("Kind: Jan Nowak"). Between the role word and
    /// the name there may be a possessive and an organisation ("i NAV", "beim Sozialamt"; then a
    /// colon, comma or dash must follow it), or up to two other words and a colon ("Buddy notes:");
    /// one or two name-shaped words follow (two after the detour through other words).
    private func applyRoleCues(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, _ language: TextLanguage) {
        for i in tokens.indices {
            let isRole = RoleWords.roles.contains(tokens[i].lower) || RoleWords.kinship.contains(tokens[i].lower)
            guard isRole || RoleWords.labels.contains(tokens[i].lower) else { continue }
            var j = i + 1
            var punctuationNeeded = !isRole
            var minimumWords = 1
            if j < tokens.count, RoleWords.possessives.contains(tokens[j].lower), gap(tokens[j - 1], tokens[j], text) == " " { j += 1 }
            if isRole, j + 1 < tokens.count, RoleWords.organisationPrepositions.contains(tokens[j].lower),
               gap(tokens[j - 1], tokens[j], text) == " " {
                // The organisation: one to three words, then punctuation before the name.
                var k = j + 1
                while k < tokens.count, k <= j + 3, gap(tokens[k - 1], tokens[k], text) == " " { k += 1 }
                if k >= j + 2, let n = (j + 2 ... k).first(where: { $0 < tokens.count && Self.punctuatedGaps.contains(gap(tokens[$0 - 1], tokens[$0], text)) }) {
                    j = n; punctuationNeeded = true
                }
            }
            if isRole, j == i + 1, j + 1 < tokens.count, !Self.roleGaps.contains(gap(tokens[i], tokens[j], text)) || !isRoleNameWord(tokens[j]) {
                // "Buddy notes: Ann Lee": up to two other words, a colon, then two name words.
                var k = j
                while k < tokens.count, k <= j + 1, gap(tokens[k - 1], tokens[k], text) == " ", !tokens[k].isCapitalised { k += 1 }
                if k > j, k < tokens.count, gap(tokens[k - 1], tokens[k], text) == ": " { j = k; minimumWords = 2; punctuationNeeded = true }
            }
            guard j < tokens.count else { continue }
            let lead = gap(tokens[j - 1], tokens[j], text)
            if punctuationNeeded ? !Self.punctuatedGaps.contains(lead) : !Self.roleGaps.contains(lead) { continue }
            // "Termin beim Hausarzt, Anruf bei …": after a comma in German, a German noun is the
            // next item of a list, not the role's name.
            if lead == ", ", language == .german, OrdinaryWords.isGermanOrCompound(tokens[j].lower), !isKnownFirstName(tokens[j]) { continue }
            if lead == ". " && tokens[j - 1].length > 4 { continue }   // only "Prof. X", never a sentence end
            // "saksbehandler kari", "córka ola": a lower-case name right after the role word.
            if isRole, lead == " ", isLowerCaseNameAfterRole(tokens[j], language) { state[j] = .yes; continue }
            var picked: [Int] = []
            var words = 0
            var k = j
            while k < tokens.count, isNamePositionWord(tokens[k]) || state[k] == .yes {
                let hyphen = k > j && gap(tokens[k - 1], tokens[k], text) == "-"
                if k > j, !joinable(tokens[k - 1], tokens[k], in: text, lineBreak: false, strict: true) { break }
                if !hyphen { words += 1 }
                if words > 2 { break }
                picked.append(k); k += 1
            }
            if words >= minimumWords { for w in picked { state[w] = .yes } }
        }
    }

    /// A sign-off, then a comma or line break, then one or two name-shaped words that end the
    /// line or the text: "Thanks, Maria", "Mvh\nOla Hansen", "Pozdrawiam\nKasia N."
    private func applySignOffs(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText) {
        for i in tokens.indices.dropLast() where RoleWords.signOffs.contains(tokens[i].lower) {
            let lead = gap(tokens[i], tokens[i + 1], text)
            guard lead.count <= 4, lead.contains(",") || lead.contains("\n") || lead.contains("!"),
                  lead.allSatisfy({ " ,!\n\r\t".contains($0) }) else { continue }
            var picked = [i + 1]
            if i + 2 < tokens.count, joinable(tokens[i + 1], tokens[i + 2], in: text, lineBreak: false, strict: true) { picked.append(i + 2) }
            guard picked.allSatisfy({ isCandidateNameWord(tokens[$0]) || state[$0] == .yes }) else { continue }
            // The name ends the line or the text (a period or an initial may follow).
            let end = tokens[picked.last!].range.upperBound
            var k = end
            while k < text.count, let u = text.unit(at: k), u == 0x2E || u == 0x21 || u == 0x20 || (u >= 0x41 && u <= 0x5A && !text.isLetter(at: k + 1)) { k += 1 }
            guard k == text.count || text.unit(at: k) == 0x0A || text.unit(at: k) == 0x0D else { continue }
            for w in picked { state[w] = .yes }
        }
    }

    /// Lists of people: a name-shaped word joined to a confirmed name by a comma or "and" (in the
    /// five languages) is a name too: "Anna, Jonas and Kasia came", "Liv og Dag".
    private func extendLists(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, _ language: TextLanguage) {
        func linked(_ a: Int, _ b: Int) -> Bool { [", ", " & "].contains(gap(tokens[a], tokens[b], text)) }
        var changed = true
        var rounds = 0
        while changed && rounds < 4 {
            changed = false
            rounds += 1
            for i in tokens.indices where state[i] == .yes {
                // Forward: "Anna, X" / "Anna and X" / "Anna, Jonas og X".
                var j = i + 1
                // Round 8: Norwegian "i" is "in", not the Polish "and" ("Strand i Rogaland").
                if j < tokens.count, gap(tokens[i], tokens[j], text) == " ", Self.conjunctions.contains(tokens[j].lower),
                   !(language == .norwegian && tokens[j].lower == "i") { j += 1 }
                else if j < tokens.count, !linked(i, j) { continue }
                if j < tokens.count, j != i + 1 || linked(i, j), state[j] != .yes, isListNameWord(tokens[j], language),
                   j == i + 1 || gap(tokens[j - 1], tokens[j], text) == " " {
                    state[j] = .yes; changed = true
                }
            }
            for i in tokens.indices where state[i] == .yes && i > 0 {
                // Backward: "X, Anna" / "X and Anna".
                var j = i - 1
                if gap(tokens[j], tokens[i], text) == " ", Self.conjunctions.contains(tokens[j].lower), j > 0,
                   !(language == .norwegian && tokens[j].lower == "i") { j -= 1 }
                else if !linked(j, i) { continue }
                let ok = j == i - 1 ? true : gap(tokens[j], tokens[j + 1], text) == " " || gap(tokens[j], tokens[j + 1], text) == ", "
                if ok, state[j] != .yes, isListNameWord(tokens[j], language) { state[j] = .yes; changed = true }
            }
        }
    }

    /// First in a sentence only when no list knows it as an ordinary word ("Oleh and Natalia").
    private func isListNameWord(_ t: WordToken, _ language: TextLanguage) -> Bool {
        isNamePositionWord(t) && !NameContextWords.fieldWords.contains(t.lower)   // ", Tel."
            && !OrdinaryWords.isPlaceForm(t.lower)   // "nach Potsdam, Sanssouci"
            // "Katrin Vogel, Arbeitgeber SAP": in German a German noun is the next item of a form.
            && !(language == .german && OrdinaryWords.isGermanOrCompound(t.lower) && !isKnownFirstName(t))
            && (!t.startsSentence || (isRoleNameWord(t) && isContextWord(t, allowSentenceStart: true) && !isOrdinaryInAnyList(t, language)))
    }

    private static let conjunctions: Set<String> = ["and", "og", "und", "i", "oraz", "та", "і", "й", "&"]
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "fru", "herr", "frau", "pan", "pani", "pana", "panią", "panem",
        "panu", "pani", "пан", "пані", "пана", "паном", "пану",
    ]

    private static let roleGaps: Set<String> = [" ", ": ", ", ", ". ", " – ", " — ", " - "]
    private static let punctuatedGaps: Set<String> = [": ", ", ", " – ", " — ", " - "]

    func gap(_ a: WordToken, _ b: WordToken, _ text: ScannedText) -> String {
        text.substring(a.range.upperBound ..< b.range.lowerBound)
    }

    /// A capitalised word shaped like a name: not a place, programme or everyday word, and not a
    /// German abstract or compound noun ("Hilfe", "Wohnung", "Sozialamt").
    func isRoleNameWord(_ t: WordToken) -> Bool {
        guard isCandidateNameWord(t), t.length >= 2 else { return false }
        return !Self.nounEndings.contains { t.lower.hasSuffix($0) && t.lower.count > $0.count + 2 }
    }

    private static let nounEndings = [
        "ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "amt", "zentrum", "büro", "kurs",
        "stelle",
    ]

    /// Cue phrases (lower-cased words) and how many capitalised words must follow.
    private static let cues: [([String], Int)] = {
        strongCues.map { ($0, 1) } + RoleWords.greetings.sorted().map { ([$0], 1) } + weakCues.map { ([$0], 2) }
    }()

    /// The last word of every cue phrase: a capitalised pair right after one is a person, whatever
    /// else the pair could be ("I am Beatrice Holloway", "the meeting with Beatrice Holloway").
    static let cueEnds: Set<String> = Set(cues.compactMap(\.0.last))

    private static let weakCues = ["with", "med", "mit", "z", "ze", "з", "із", "зі", "and", "og", "und", "та"]

    private static let strongCues: [[String]] = [
        ["mentor"], ["mentee"], ["volunteer"], ["buddy"], ["named"], ["called"], ["i", "am"],
        ["my", "name", "is"], ["mr"], ["mrs"], ["ms"], ["miss"], ["dr"],
        ["heter"], ["mentoren"], ["frivillig"], ["fru"], ["herr"],
        ["heiße"], ["heisse"], ["mentorin"], ["name", "ist"], ["frau"],
        ["nazywam", "się"], ["imię"], ["mentorka"], ["mentorem"], ["mentorką"], ["wolontariusz"], ["wolontariuszka"], ["pan"], ["pani"],
        ["звати"], ["ментор"], ["менторка"], ["волонтер"], ["волонтерка"], ["пан"], ["пані"],
    ]

    /// The weak cues ("with", "z", "з", "and") say little alone. After Polish "z/ze" and
    /// Ukrainian "з/із/зі" a person stands in the instrumental ("z Anną Nowak", "з Оленою
    /// Коваль"; "z Gazety Wyborczej", "з Української Правди" say "from"); and two ordinary
    /// words of the text's language are a title or an organisation ("og Verkhovna Rada" aside:
    /// "та Верховну Раду", "i Prawa Pracy"), unless one is already a name.
    private func weakCueHolds(_ cue: String, _ words: [Int], _ tokens: [WordToken], _ state: [Verdict], _ language: TextLanguage) -> Bool {
        if words.contains(where: { state[$0] == .yes }) { return true }
        if ["z", "ze", "з", "із", "зі"].contains(cue), let first = words.first {
            let lower = tokens[first].lower
            guard NameContextWords.instrumentalEndings.contains(where: { lower.hasSuffix($0) && lower.count > $0.count + 1 }) else { return false }
        }
        let ordinary = words.filter { isOrdinaryWord(tokens[$0], language) }.count
        return language == .polish ? ordinary == 0 : ordinary < words.count
    }

    private func cueGapOK(_ a: WordToken, _ b: WordToken, _ text: ScannedText) -> Bool {
        let gap = text.substring(a.range.upperBound ..< b.range.lowerBound)
        return [" ", ": ", ". ", ", ", " – ", " — ", " - "].contains(gap)
    }

    /// The last token of the run of capitalised name words that starts at `i`, each joined to the
    /// one before by a single space or hyphen ("Derry Girls", "Will Berg").
    func capitalisedNameRunEnd(from i: Int, _ tokens: [WordToken], _ state: [Verdict], _ text: ScannedText) -> Int {
        var j = i
        while j + 1 < tokens.count, state[j + 1] == .yes, tokens[j + 1].isCapitalised,
              joinable(tokens[j], tokens[j + 1], in: text, lineBreak: false, strict: true) { j += 1 }
        return j
    }

    /// Whether two words are parts of one name: separated by spaces, a hyphen or (when
    /// `lineBreak`) one line break; `strict` allows only a single space or hyphen.
    func joinable(_ a: WordToken, _ b: WordToken, in text: ScannedText, lineBreak: Bool, strict: Bool = false) -> Bool {
        let gap = text.units[a.range.upperBound ..< b.range.lowerBound]
        // No gap at all: the two halves of a glued name ("SebastianHoffmann").
        if gap.isEmpty { return a.isCapitalised && b.isCapitalised }
        if strict { return gap.count == 1 && (gap.first == 0x20 || gap.first == 0x2D || gap.first == 0xA0) }
        if gap.count > 4 { return false }
        if gap.count == 1 && gap.first == 0x2D { return true }
        var newlines = 0
        for c in gap {
            switch c {
            case 0x20, 0x09, 0xA0: continue
            case 0x0A: newlines += 1
            case 0x0D: continue
            default: return false
            }
        }
        return newlines == 0 || (lineBreak && newlines == 1)
    }

    /// A one-letter capital, then ". ", then the word: "J. Kearney".
    private func isInitial(_ a: WordToken, before b: WordToken, _ text: ScannedText) -> Bool {
        a.length == 1 && a.isCapitalised && gap(a, b, text) == ". "
    }

    private func merge(_ tokens: [WordToken], _ state: [Verdict], _ text: ScannedText) -> [PIICandidate] {
        var out: [PIICandidate] = []
        var i = 0
        while i < tokens.count {
            guard state[i] == .yes else { i += 1; continue }
            var j = i
            // An initial and its period join the surname after it ("J. Kearney").
            while j + 1 < tokens.count, state[j + 1] == .yes,
                  joinable(tokens[j], tokens[j + 1], in: text, lineBreak: true) || isInitial(tokens[j], before: tokens[j + 1], text) { j += 1 }
            var end = tokens[j].range.upperBound
            // A single initial after the name: "Anna K." -> cover "K", and its period when the
            // sentence goes on ("Olena K. in the group") or a line or list item ends there ("Name:
            // Mykola H.\n", "Will H., Mark"; round 6); at the end of a sentence or the text the
            // period stays. Round 6: also an initial without a period that ends the line or the
            // text ("Oksana K").
            if j + 1 < tokens.count, tokens[j + 1].length == 1, tokens[j + 1].isCapitalised, !tokens[j + 1].touchesDigit,
               joinable(tokens[j], tokens[j + 1], in: text, lineBreak: false, strict: true) {
                let after = text.unit(at: tokens[j + 1].range.upperBound)
                if after == 0x2E {
                    end = tokens[j + 1].range.upperBound
                    let next = text.unit(at: end + 1)
                    let nextLetter = text.unit(at: end + 2).flatMap(Unicode.Scalar.init)
                    if next == 0x0A || next == 0x0D || next == 0x2C || next == 0x29 || (next == 0x20 && (nextLetter?.properties.isLowercase ?? false)) { end += 1 }
                    j += 1
                } else if after == nil || after == 0x0A || after == 0x0D || after == 0x2C {
                    end = tokens[j + 1].range.upperBound
                    j += 1
                }
            }
            // A title before the name belongs to it ("Frau Krause", "Dr. Ahmed", "pani Halina").
            var start = tokens[i].range.lowerBound
            if i > 0, Self.titles.contains(tokens[i - 1].lower),
               [" ", ". "].contains(gap(tokens[i - 1], tokens[i], text)) {
                start = tokens[i - 1].range.lowerBound
            }
            out.append(PIICandidate(kind: .name, range: start ..< end))
            i = j + 1
        }
        return out
    }
}
