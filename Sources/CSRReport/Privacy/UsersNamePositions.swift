/// Where a user's own name stands when it is also an ordinary word (a greeting, a list of users,
/// a subject before a verb, a genitive), a name written surname first, months beside numbers and
/// the glued words that are brands. Each rule looks at a fixed number of neighbours, so the cost
/// stays linear in the words.
extension NameRecogniser {
    /// A word whose own key (not a case form) is a user's name.
    func isUsersWord(_ t: WordToken) -> Bool {
        t.length >= 2 && !t.touchesDigit && NameFolding.keys(for: t.text).contains(where: dictionary.contains(key:))
    }

    /// A user's name that is also an everyday word, before an initial: "Will H.", "Mark O.".
    func isBeforeInitial(_ i: Int, _ tokens: [WordToken], _ text: ScannedText) -> Bool {
        guard tokens[i].isCapitalised, i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        return next.length == 1 && next.isCapitalised && !next.touchesDigit && text.unit(at: next.range.upperBound) == 0x2E
            && joinable(tokens[i], next, in: text, lineBreak: false, strict: true)
    }

    /// A user's name that is also a word, as an item of a list of users' names written alike:
    /// "BERG & BRANDT", "Per og Kari", "agnieszka, marta, róża". Linked to a confirmed name by a
    /// comma, "&" or a conjunction; a season or month never ("May and Anna" stays); a lower-case
    /// one only beside other lower-case names and where its list item ends (a comma, a dash or
    /// the end: "anna, will you come" stays).
    func listedWithUsersNames(_ i: Int, _ tokens: [WordToken], _ state: [Verdict], _ text: ScannedText) -> Bool {
        let t = tokens[i]
        guard t.length >= 3, !NameFolding.keys(for: t.text).contains(where: CommonWords.capitalisedAnyway.contains) else { return false }
        func sameCase(_ other: WordToken) -> Bool {
            other.isAllCaps == t.isAllCaps && other.isCapitalised == t.isCapitalised && isUsersWord(other)
        }
        func linkedName(_ a: Int, _ b: Int, _ name: Int) -> Bool {
            guard name >= 0, name < tokens.count, state[name] == .yes, sameCase(tokens[name]) else { return false }
            if abs(a - b) == 1 { return [", ", " & "].contains(gap(tokens[min(a, b)], tokens[max(a, b)], text)) }
            let middle = (a + b) / 2
            return Self.listConjunctions.contains(tokens[middle].lower)
                && gap(tokens[min(a, middle)], tokens[max(a, middle)], text) == " "
                && gap(tokens[min(b, middle)], tokens[max(b, middle)], text) == " "
        }
        let linked = linkedName(i, i - 1, i - 1) || linkedName(i, i + 1, i + 1) || linkedName(i, i - 2, i - 2) || linkedName(i, i + 2, i + 2)
        guard linked else { return false }
        if t.isCapitalised { return true }
        // A lower-case item must end at punctuation or the end of the text.
        let end = t.range.upperBound
        guard let u = text.unit(at: end) else { return true }
        if u == 0x2C || u == 0x0A || u == 0x2E { return true }
        if u == 0x20, let v = text.unit(at: end + 1) { return v == 0x2D || v == 0x2013 || v == 0x2014 || v == 0x0A }
        return false
    }

    private static let listConjunctions: Set<String> = ["and", "og", "und", "i", "oraz", "та", "і", "й", "&"]

    /// Users' names that are also words, where only a person stands:
    ///
    /// - after a greeting that opens the text or a line, perhaps after "sorry", in any case
    ///   ("hi will its Vira", "hi sorry mark, can't come");
    /// - first in the sentence before a verb that wants a person ("Mark explains grammar",
    ///   "Liv kunne ikke komme", "Per сказав") — first names that are words (`wordNames`) only;
    /// - with the Norwegian or German genitive s before the thing owned ("Pers gruppe", "Lies
    ///   tilbakemelding"), when that form is no word of the language;
    /// - before the Norwegian possessive "sin/sitt/sine" ("Per sin kone").
    func applyUsersNamePositions(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText, _ language: TextLanguage) {
        guard !dictionary.isEmpty else { return }
        for i in tokens.indices where state[i] != .yes {
            let t = tokens[i]
            guard t.length >= 3, !t.touchesDigit else { continue }
            let keys = NameFolding.keys(for: t.text)
            if keys.contains(where: CommonWords.capitalisedAnyway.contains) { continue }
            let users = keys.contains(where: dictionary.contains(key:))
            if users, afterOpeningGreeting(i, tokens, text) { state[i] = .yes; continue }
            if users, t.isCapitalised, !t.isAllCaps, t.startsSentence || Self.opensQuotation(t, text), keys.contains(where: CommonWords.wordNames.contains),
               i + 1 < tokens.count, gap(t, tokens[i + 1], text) == " " {
                let next = tokens[i + 1].lower
                var verb = NamePositionWords.personVerbs.contains(next) || Self.teachingVerbs.contains(next)
                    // Round 7: Norwegian puts a noun that is a subject in its definite form ("Dagen
                    // er", "Sola skinte"), so a bare word before "er/var/har/spilte" is the person.
                    || (language == .norwegian && Self.norwegianFiniteVerbs.contains(next))
                    // A copula only when no article follows: "Lie er et vanlig ord" defines the word.
                    || (language == .norwegian && Self.norwegianCopulas.contains(next) && i + 2 < tokens.count
                        && !["en", "et", "ei", "ordet", "navnet"].contains(tokens[i + 2].lower))
                if !verb, NamePositionWords.bridges.contains(next), i + 2 < tokens.count, gap(tokens[i + 1], tokens[i + 2], text) == " " {
                    verb = NamePositionWords.personVerbs.contains(tokens[i + 2].lower)
                }
                if verb { state[i] = .yes; continue }
            }
            guard t.isCapitalised, !t.isAllCaps, i + 1 < tokens.count, gap(t, tokens[i + 1], text) == " " else { continue }
            let next = tokens[i + 1]
            if users, language == .norwegian, ["sin", "sitt", "sine"].contains(next.lower) { state[i] = .yes; continue }
            // The genitive: "Pers gruppe" (Norwegian, a lower-case noun follows), "Marks Wohnung"
            // (German, a capitalised one); the form itself is no word ("pers" is no Norwegian word).
            guard t.lower.hasSuffix("s"), t.length >= 4, language == .norwegian || language == .german,
                  next.isCapitalised == (language == .german), !next.touchesDigit, next.length >= 3 else { continue }
            let owner = NameFolding.keys(for: String(t.text.dropLast()))
            guard owner.contains(where: dictionary.contains(key:)), !owner.contains(where: CommonWords.capitalisedAnyway.contains) else { continue }
            let formIsWord = language == .norwegian ? OrdinaryWords.norwegian.containsOrCompound(t.lower) : OrdinaryWords.german.contains(t.lower)
            // Round 7: first in a sentence, no article before it, the s-form of a noun is no
            // genitive ("des Vogels", "en lunds" need one): "Vogels Notizen", "Lunds notater".
            if !formIsWord || t.startsSentence, !NameContextWords.pronouns.contains(next.lower) { state[i] = .yes }
        }
    }

    /// Frequent Norwegian finite verbs that any subject takes (round 7).
    private static let norwegianFiniteVerbs: Set<String> = [
        "har", "hadde", "spilte", "spiller", "gjorde", "gjør", "tok", "tar", "møtte", "leste",
        "skrev", "laget", "lager", "viser", "hjelper", "øver", "ringer", "svarte", "svarer",
    ]

    private static let norwegianCopulas: Set<String> = ["er", "var", "blir", "ble"]

    /// What a mentor or teacher does, in the present or past ("Mark explains", "Mark marked").
    private static let teachingVerbs: Set<String> = [
        "explains", "teaches", "taught", "corrects", "corrected", "marked", "checks", "checked", "prepared", "prepares",
        "organised", "organized", "listens", "listened", "answered", "answers",
        "forklarer", "retter", "underviser", "erklärt", "korrigiert", "wyjaśnia", "poprawia", "пояснює", "виправляє",
    ]

    /// Whether token `i` follows a greeting that opens the text or a line ("hi", "hei", "cześć",
    /// "привіт"), perhaps with "sorry" between.
    private func afterOpeningGreeting(_ i: Int, _ tokens: [WordToken], _ text: ScannedText) -> Bool {
        var g = i - 1
        guard g >= 0, [" ", ", "].contains(gap(tokens[g], tokens[i], text)) else { return false }
        if Self.apologies.contains(tokens[g].lower) {
            g -= 1
            guard g >= 0, [" ", ", "].contains(gap(tokens[g], tokens[g + 1], text)) else { return false }
        }
        guard RoleWords.greetings.contains(tokens[g].lower) else { return false }
        let start = tokens[g].range.lowerBound
        var k = start - 1
        while let u = text.unit(at: k), u == 0x20 || u == 0x09 { k -= 1 }
        return k < 0 || text.unit(at: k) == 0x0A || text.unit(at: k) == 0x0D
    }

    private static let apologies: Set<String> = ["sorry", "beklager", "sorki", "przepraszam", "entschuldigung", "вибач", "вибачте"]

    /// Glued words whose second half is an ordinary English or German word are brands and
    /// products ("ImmoScout", "PowerPoint"), not a first and last name written together
    /// ("SebastianHoffmann"); unless the first half is a user's name or a surname prefix
    /// ("McBride", "MacLean", "FitzGerald" stay names). A glued word of the brand list
    /// ("MacBook") is a brand whatever its halves.
    func applyGluedBrands(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText) {
        for i in tokens.indices.dropLast() where state[i] == .yes || state[i + 1] == .yes {
            let head = tokens[i], tail = tokens[i + 1]
            guard head.range.upperBound == tail.range.lowerBound, head.isCapitalised, tail.isCapitalised, !tail.isAllCaps,
                  tail.length >= 3, !isUsersWord(head) else { continue }
            let listed = NameFolding.keys(for: head.text + tail.text).contains(where: CommonWords.notNames.contains)
            let ordinaryTail = !Self.surnamePrefixes.contains(head.lower)
                && (OrdinaryWords.isEnglish(tail.lower) || OrdinaryWords.german.contains(tail.lower))
            if listed || ordinaryTail { state[i] = .no; state[i + 1] = .no }
        }
    }

    private static let surnamePrefixes: Set<String> = ["mc", "mac", "fitz", "van", "von", "de", "di", "da", "la", "le", "du", "o"]

    /// A name written surname first, as in forms and registers: "Doyle, Emma – attended",
    /// "Name Kovalenko, Olena, geb. …". The surname (a user's name or shaped like a surname, and
    /// no common first name) opens its line, or follows a colon or a name label; the first name
    /// is a name too (a user's or a common one). One match covers both and the comma.
    func invertedNames(_ tokens: [WordToken], _ state: [Verdict], _ text: ScannedText) -> [PIICandidate] {
        var out: [PIICandidate] = []
        for i in tokens.indices.dropLast() {
            let surname = tokens[i], first = tokens[i + 1]
            guard surname.isCapitalised, first.isCapitalised, !surname.touchesDigit, !first.touchesDigit,
                  gap(surname, first, text) == ", ",
                  state[i] == .yes || Self.isSurnameShaped(surname.lower),
                  !NameFolding.keys(for: surname.text).contains(where: FirstNames.dictionary.contains(key:)),
                  state[i + 1] == .yes || NameFolding.keys(for: first.text).contains(where: FirstNames.dictionary.contains(key:)) else { continue }
            // Where a register line starts: the line's start, a colon, or a name label.
            var k = surname.range.lowerBound - 1
            while let u = text.unit(at: k), u == 0x20 { k -= 1 }
            let opens = k < 0 || text.unit(at: k) == 0x0A || text.unit(at: k) == 0x3A
                || (i > 0 && RoleWords.labels.contains(tokens[i - 1].lower) && gap(tokens[i - 1], surname, text) == " ")
            guard opens else { continue }
            // Not a list of names ("Siv, Bjørn og Marit", "Anna, Maria, Olena"): no third name
            // after a comma or a conjunction.
            if i + 2 < tokens.count, gap(first, tokens[i + 2], text) == ", ", state[i + 2] == .yes { continue }
            if i + 3 < tokens.count, Self.listConjunctions.contains(tokens[i + 2].lower), state[i + 3] == .yes { continue }
            out.append(PIICandidate(kind: .name, range: surname.range.lowerBound ..< first.range.upperBound))
        }
        return out
    }

    /// "Thu 18 Jan", "18. Jan", "Jan 2025", "Jan–Mar": a month's name or abbreviation beside a day
    /// number, a year or another month is the month, also when it is a first name (Jan, Mai, Maj).
    func applyMonthsBesideNumbers(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText) {
        func isMonth(_ k: Int) -> Bool { k >= 0 && k < tokens.count && Self.monthWords.contains(tokens[k].lower) }
        for i in tokens.indices where state[i] == .yes && isMonth(i) {
            let start = tokens[i].range.lowerBound, end = tokens[i].range.upperBound
            // A day before: "18 Jan", "18. Jan".
            var k = start - 1
            if text.unit(at: k) == 0x20 { k -= 1 }
            if text.unit(at: k) == 0x2E { k -= 1 }
            let dayBefore = k < start - 1 && text.isDigit(at: k)
            // A day or year after: "Jan 18", "Jan 2025".
            let numberAfter = text.unit(at: end) == 0x20 && text.isDigit(at: end + 1)
            // Another month across a dash: "Jan–Mar".
            let dashes: Set<UInt16> = [0x2D, 0x2013, 0x2014]
            let monthRange = (text.unit(at: end).map(dashes.contains) ?? false && isMonth(i + 1) && tokens[i + 1].range.lowerBound == end + 1)
                || (text.unit(at: start - 1).map(dashes.contains) ?? false && isMonth(i - 1) && tokens[i - 1].range.upperBound == start - 1)
            if dayBefore || numberAfter || monthRange { state[i] = .no }
        }
    }

    private static let monthWords: Set<String> = [
        "jan", "feb", "mar", "apr", "mai", "maj", "jun", "june", "jul", "juli", "aug", "august", "april", "sep", "sept",
        "okt", "oct", "nov", "dec", "des", "dez",
    ]

    /// Whether token `t` starts a quotation ("«Вовк і семеро козенят»", „…", “…", "…").
    static func opensQuotation(_ t: WordToken, _ text: ScannedText) -> Bool {
        guard let u = text.unit(at: t.range.lowerBound - 1) else { return false }
        if u == 0xAB || u == 0x201E || u == 0x201C { return true }
        guard u == 0x22 else { return false }
        guard let before = text.unit(at: t.range.lowerBound - 2) else { return true }
        return before == 0x20 || before == 0x0A || before == 0x28
    }
}
