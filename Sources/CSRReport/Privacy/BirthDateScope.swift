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
        #"(?<![\p{L}])(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s?dates?|fødselsdato(?:en|er)?|fødselsdag|geburtsdat(?:um|en)|daty?\s+urodzenia|urodzenie|дат[аи]\s+народження|narodyvs[iy]a|narodylas[iy]a|narodzhennia)(?![\p{L}])"#,
        caseInsensitive: true)
    /// A full date: numeric with a four-digit year, or written with a month word and a year.
    private let fullDate = TextPattern(
        #"(?<![\p{L}\p{N}./\-])(\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}\.?\s(?:"# + BirthDateScope.monthWords
            + #")\.?\s(?:19|20)\d{2}|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s\d{1,2},?\s(?:19|20)\d{2})(?![\p{L}\p{N}]|[./\-]\d)"#,
        caseInsensitive: true)

    static let monthWords = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember",
        "jänner", "märz", "dezember",
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
        "sichnia", "liutoho", "bereznia", "kvitnia", "travnia", "chervnia", "lypnia", "serpnia", "veresnia", "zhovtnia", "lystopada", "hrudnia",
    ].joined(separator: "|")

    /// Words that name the value after them as the wrong or old one.
    private static let wrongValue: Set<String> = [
        "was", "were", "entered", "instead", "not", "old", "war", "statt", "alt", "nicht", "var", "registrert", "ikke",
        "było", "była", "zamiast", "nie", "було", "була", "замість", "не", "stare", "старе",
    ]

    /// The full dates of `text`, in order.
    func dates(in text: ScannedText) -> [Range<Int>] { fullDate.ranges(in: text, group: 1) }

    /// Dates of birth governed by a birth heading earlier in the same sentence.
    func candidates(in text: ScannedText, dates: [Range<Int>]) -> [PIICandidate] {
        let headings = heading.ranges(in: text)
        guard !headings.isEmpty, !dates.isEmpty else { return [] }
        // Sentence numbers: a break is a line break, or ". ! ?" then a space, not after an ordinal.
        var sentence = [Int](repeating: 0, count: text.count + 1)
        var n = 0
        for k in 0 ..< text.count {
            sentence[k] = n
            let u = text.units[k]
            if u == 0x0A || ((u == 0x2E || u == 0x21 || u == 0x3F) && text.unit(at: k + 1) == 0x20 && !isOrdinal(before: k, text)) { n += 1 }
        }
        sentence[text.count] = n
        var out: [PIICandidate] = []
        var h = -1
        for date in dates {
            while h + 1 < headings.count, headings[h + 1].upperBound <= date.lowerBound { h += 1 }
            guard h >= 0 else { continue }
            let cue = headings[h]
            guard sentence[cue.lowerBound] == sentence[date.lowerBound], date.lowerBound - cue.upperBound <= 160 else { continue }
            if namedWrong(before: date.lowerBound, after: cue.upperBound, text) { continue }
            out.append(PIICandidate(kind: .dateOfBirth, range: date))
        }
        return out
    }

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
    static func afterNames(_ dates: [Range<Int>], nameEnds: Set<Int>, _ text: ScannedText) -> [PIICandidate] {
        dates.compactMap { date in
            // A birth year lies in the past; a note's own dates (sessions, deadlines) are recent.
            let year = text.substring(date).split(whereSeparator: { !$0.isNumber }).first { $0.count == 4 }.flatMap { Int($0) }
            guard let year, year < 2020 else { return nil }
            let s = date.lowerBound
            let bracketed = text.unit(at: s - 1) == 0x28 && text.unit(at: s - 2) == 0x20 && nameEnds.contains(s - 2)
                && text.unit(at: date.upperBound) == 0x29
            let colon = text.unit(at: s - 1) == 0x20 && text.unit(at: s - 2) == 0x3A && nameEnds.contains(s - 2)
            return bracketed || colon ? PIICandidate(kind: .dateOfBirth, range: date) : nil
        }
    }
}
