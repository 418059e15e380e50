/// Round 4's dates of birth beyond "a birth word, then the date within three words":
///
/// - a birth heading governs its sentence: every full date after it in the same sentence (up
///   to 160 UTF-16 units on) is a date of birth — "DOB check for kids: Nazar 07.09.2014,
///   Solomiia 21.01.2017", "Geburtsdatum von X korrigiert: … richtig ist 23. Juni 1991" — except
///   a value named as the wrong one ("was 01.01.2000", "entered as …", "було …");
/// - a full date in brackets or after a colon right after a person's name: "Liliia Ostapchuk
///   (14/02/1983)", "Надія Шевчук: 08.02.1993" (`Redactor` knows the names; see `afterNames`).
///
/// Both are one regular-expression pass plus a walk over the sorted matches: linear.
struct BirthDateScope: Sendable {
    private let heading = TextPattern(
        #"(?<![\p{L}])(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s?dates?|fødselsdato(?:en|er)?|fødselsdag|geburtsdat(?:um|en)|daty?\s+urodzenia|urodzenie|дат[аи]\s+народження|narodyvs[iy]a|narodylas[iy]a|narodzhennia|geb\.?\s?-?\s?datum|f\.\s?dato|data\s+ur\.|дата\s+нар\.)(?![\p{L}])"#,
        caseInsensitive: true)
    /// A full date: numeric with a four-digit year (round 6: or a two-digit one, "14.03.87"), or written with a month word and a year.
    private let fullDate = TextPattern(
        #"(?<![\p{L}\p{N}./\-])(\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}(?:st|nd|rd|th|-?го)?\.?\s(?:of\s)?(?:"#
            + BirthDateScope.allMonths + #")\.?,?\s(?:(?:19|20)\d{2}(?:-?го)?|['’]\d{2})|(?:"# + BirthDateScope.allMonths
            + #")\.?\s(?:the\s)?\d{1,2}(?:st|nd|rd|th)?,?\s(?:(?:19|20)\d{2}|['’]\d{2}))(?![\p{L}\p{N}]|[./\-]\d)"#,
        caseInsensitive: true)

    /// Round 5: every month word and abbreviation the recogniser knows, longest first, so a
    /// heading governs "2nd May 1991", "17 вер. 2009" and "Sept 17th '80" as well.
    static let allMonths = (monthWords.split(separator: "|").map(String.init) + BirthDateRecogniser.moreMonths
        + ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "okt", "des", "dez"])
        .sorted { $0.count > $1.count }.joined(separator: "|")

    static let monthWords = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember",
        "jänner", "märz", "dezember",
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
        "sichnia", "liutoho", "bereznia", "kvitnia", "travnia", "chervnia", "lypnia", "serpnia", "veresnia", "zhovtnia", "lystopada", "hrudnia",
    ].joined(separator: "|")

    /// Words that name the value after them as the wrong or old one.
    static let wrongValue: Set<String> = [
        "was", "were", "entered", "instead", "not", "old", "war", "statt", "alt", "nicht", "var", "registrert", "ikke",
        "było", "była", "zamiast", "nie", "було", "була", "замість", "не", "stare", "старе",
    ]

    /// The full dates of `text`, in order.
    func dates(in text: ScannedText) -> [Range<Int>] { fullDate.ranges(in: text, group: 1) }

    /// Round 5: a family list ("Kinder: Anna 12.03.2015, Max 03.05.2018", "children (dates of
    /// birth) ...", "діти: ...") or a relative and a date right after it, perhaps with a name
    /// ("son Artem, 12.03.2015", "córka (12.04.2015)", "дочка Софія – 14.09.2016"). A family
    /// member's date is a date of birth unless it is recent (`BirthYearWindow.latestRelativeBirthYear`):
    /// a recent one is a session's or an appointment's ("my son: 12.03.2025 at the dentist").
    private let familyList = TextPattern(
        #"(?<![\p{L}])(?:children|kids|family|family\s+members|Kinder|Familie|Familienmitglieder|barn|barna|familie|familien|dzieci|rodzina|członkowie\s+rodziny|діти|дітей|сім['’ʼ]?я|родина|члени\s+сім['’ʼ]?ї)(?:\s[^\s\d:.!?]+){0,3}\s?:"#,
        caseInsensitive: true)
    private let relative = TextPattern(
        #"(?<![\p{L}])(?:son|daughter|child|wife|husband|mother|father|mum|mom|dad|brother|sister|grandson|granddaughter|sønn|sønnen|datter|datteren|kone|kona|mann|mannen|mor|moren|far|faren|bror|broren|søster|søsteren|Sohn|Tochter|Kind|Ehefrau|Ehemann|Mutter|Vater|Bruder|Schwester|Enkel|Enkelin|syn|syna|córka|córki|dziecko|żona|mąż|matka|ojciec|brat|siostra|wnuk|wnuczka|син|сина|донька|доньки|дочка|дочки|дитина|дружина|чоловік|мати|мама|батько|тато|брат|сестра|онук|онука|mama|tata|batko|maty|syn|donka|dochka|druzhyna|cholovik)(?:\s(?-i:\p{Lu})[\p{L}'’ʼ\-]+){0,2}(?:\s?[,:(–—\-]\s?|\s)"#,
        caseInsensitive: true)
    let window: BirthYearWindow

    func familyCandidates(in text: ScannedText, dates: [Range<Int>]) -> [PIICandidate] {
        guard !dates.isEmpty else { return [] }
        let past = dates.filter { date in
            window.year(in: date, of: text).map { $0 <= window.latestRelativeBirthYear } ?? false
        }
        let starts = Set(relative.ranges(in: text).map(\.upperBound))
        let direct = past.filter { starts.contains($0.lowerBound) }.map { PIICandidate(kind: .dateOfBirth, range: $0) }
        return direct + governed(by: familyList.ranges(in: text), dates: past, in: text)
    }

    /// Dates of birth governed by a birth heading earlier in the same sentence.
    func candidates(in text: ScannedText, dates: [Range<Int>]) -> [PIICandidate] {
        governed(by: heading.ranges(in: text), dates: dates, in: text)
    }

    private func governed(by headings: [Range<Int>], dates: [Range<Int>], in text: ScannedText) -> [PIICandidate] {
        guard !headings.isEmpty, !dates.isEmpty else { return [] }
        // Sentence numbers: a break is a line break, or ". ! ?" then a space, not after an ordinal.
        var sentence = [Int](repeating: 0, count: text.count + 1)
        var n = 0
        // Round 6: the period of an abbreviated heading ("Data ur. dziecka: 19.06.2018") ends no sentence.
        let abbreviations = Set(headings.map(\.upperBound))
        for k in 0 ..< text.count {
            sentence[k] = n
            let u = text.units[k]
            if u == 0x0A || ((u == 0x2E || u == 0x21 || u == 0x3F) && text.unit(at: k + 1) == 0x20 && !isOrdinal(before: k, text)
                && !abbreviations.contains(k + 1)) { n += 1 }
        }
        sentence[text.count] = n
        var out: [PIICandidate] = []
        var h = -1
        for date in dates {
            while h + 1 < headings.count, headings[h + 1].upperBound <= date.lowerBound { h += 1 }
            guard h >= 0 else { continue }
            let cue = headings[h]
            guard sentence[cue.lowerBound] == sentence[date.lowerBound], date.lowerBound - cue.upperBound <= 160 else { continue }
            if namedWrong(before: date.lowerBound, after: cue.upperBound, text) || eventBetween(cue.upperBound ..< date.lowerBound, text) { continue }
            out.append(PIICandidate(kind: .dateOfBirth, range: date))
        }
        return out
    }

    /// Round 6: a verb of arriving or moving between the heading and the date makes the date that
    /// event's ("DOB 1.5.1990 / arrived 15.04.2022").
    private func eventBetween(_ gap: Range<Int>, _ text: ScannedText) -> Bool {
        text.substring(gap).lowercased().split(whereSeparator: { !$0.isLetter }).contains { Self.events.contains(String($0)) }
    }

    private static let events: Set<String> = [
        "arrived", "moved", "came", "since", "until", "seit", "kam", "angekommen", "umgezogen", "eingereist", "flyttet", "kom",
        "ankom", "siden", "przyjechał", "przyjechała", "przyjechali", "przeprowadził", "przeprowadziła", "приїхав", "приїхала",
        "приїхали", "переїхав", "переїхала", "прибув", "прибула",
    ]

    /// "23. Juni": a period after a number of one or two digits is an ordinal, not a sentence end
    /// (after a year it is one: "… 23 June 1991. Next session …").
    private func isOrdinal(before k: Int, _ text: ScannedText) -> Bool {
        var digits = 0
        while text.isDigit(at: k - 1 - digits) { digits += 1 }
        return digits == 1 || digits == 2
    }

    /// Whether one of the two words before `start` (not before `limit`) marks a wrong value.
    private func namedWrong(before start: Int, after limit: Int, _ text: ScannedText) -> Bool {
        let from = max(limit, start - 30)
        guard from < start else { return false }
        // Only the words after the last number: "war 01.01.2000, richtig ist 23. Juni 1991".
        let before = text.substring(from ..< start).lowercased()
        let tail = before.lastIndex(where: \.isNumber).map { before[before.index(after: $0)...] } ?? before[...]
        let words = tail.split(whereSeparator: { !$0.isLetter }).suffix(2)
        return words.contains { Self.wrongValue.contains(String($0)) }
    }

    /// Full dates right after a person's name, in brackets or after a colon: "Liliia Ostapchuk
    /// (14/02/1983)", "Надія Шевчук: 08.02.1993". `nameEnds` are the UTF-16 ends of name matches.
    func afterNames(_ dates: [Range<Int>], nameEnds: Set<Int>, _ text: ScannedText) -> [PIICandidate] {
        dates.compactMap { date in
            // A birth year lies in the past; a note's own dates (sessions, deadlines) are recent.
            guard let year = window.year(in: date, of: text), year <= window.latestNamedBirthYear else { return nil }
            let s = date.lowerBound
            let bracketed = text.unit(at: s - 1) == 0x28 && text.unit(at: s - 2) == 0x20 && nameEnds.contains(s - 2)
                && text.unit(at: date.upperBound) == 0x29
            // A name, then spaces or a tab and at most one separator (":", ",", ";", "|", "/", a
            // dash) before the date: "Надія Шевчук: 08.02.1993", "Anna Kowalska, 12.03.1990",
            // "Olena – 1985-04-19", "Я Оксана 30.09.1984" (round 6: a space alone, and the
            // separators of tables and lists).
            var k = s - 1
            while k >= 0, k > s - 4, text.unit(at: k) == 0x20 || text.unit(at: k) == 0x09 { k -= 1 }
            if let u = text.unit(at: k), Self.listSeparators.contains(u) { k -= 1 }
            while k >= 0, k > s - 8, text.unit(at: k) == 0x20 || text.unit(at: k) == 0x09 { k -= 1 }
            let listed = k < s - 1 && nameEnds.contains(k + 1)
            return bracketed || listed ? PIICandidate(kind: .dateOfBirth, range: date) : nil
        }
    }

    private static let listSeparators: Set<UInt16> = [0x3A, 0x2C, 0x3B, 0x7C, 0x2F, 0x2D, 0x2013, 0x2014]

    /// Round 5: a bare year in brackets right after a person's name is a birth year ("Tamara
    /// (1962)", "Oksana Lysenko (1988)"): within `BirthYearWindow.bareYears`, so a founding
    /// year of a century ago or a recent year stays.
    private static let bracketYear = TextPattern(#"\(((?:19|20)\d\d)\)|[–—\-]\s((?:19|20)\d\d)(?![\p{L}\p{N}.,:/\-])"#)

    func bracketedYearsAfterNames(nameEnds: Set<Int>, _ text: ScannedText) -> [PIICandidate] {
        (Self.bracketYear.ranges(in: text, group: 1) + Self.bracketYear.ranges(in: text, group: 2)).compactMap { year in
            guard let value = Int(text.substring(year)), window.bareYears.contains(value) else { return nil }
            let bracket = text.unit(at: year.lowerBound - 1) == 0x28 && text.unit(at: year.lowerBound - 2) == 0x20 && nameEnds.contains(year.lowerBound - 2)
            let dash = text.unit(at: year.lowerBound - 1) == 0x20 && text.unit(at: year.lowerBound - 3) == 0x20 && nameEnds.contains(year.lowerBound - 3)
            return bracket || dash ? PIICandidate(kind: .dateOfBirth, range: year) : nil
        }
    }
}
