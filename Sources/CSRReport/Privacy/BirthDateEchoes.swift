/// Round 7: a date of birth or an identity number that the text writes more than once.
///
/// People correct themselves, and forms disagree: "geburtsdatum 22071999 → richtig:
/// 22.07.1999", "mein geburtsdatum ist der 5. mai 1990... sorry 5. Mai 1990", "fødselsnummer
/// 11 12 76 246 84 — ні, пробіли не там: 111276 24684". Only one of the two stands next to the
/// cue, but both are the person's data. Two classes:
///
/// - **The same value again.** Once a date of birth or an ID is found, every other place that
///   writes the same letters and digits (spaces, dots, slashes and dashes aside, case aside) is
///   the same value. Only values with at least five digits (a full date or an ID, never a bare
///   year: "born 1990 … in 1990 the plant closed").
/// - **A second date joined to a found one.** A date right after a found date of birth, joined
///   by a coordinator ("Jg. 1961 bzw. 1966", "ur. 2011 i 2014", "born 1980 and 1984") with the
///   same shape (a year after a year, a full date after a full date), or after a correction
///   word in the same or the next short sentence ("born 27.10.2008?? no that can't be right –
///   mum said 2018", "14.09.2009? ні, 14.09.2012", "the school has it wrong as 2008"). It is the
///   same person's birth date as the writer means it, or its wrong copy — both are labelled and
///   both are personal data. Regular expressions and one walk over sorted ranges: linear.
struct BirthDateEchoes: Sendable {
    private let window: BirthYearWindow
    private let dates: TextPattern

    init(window: BirthYearWindow) {
        self.window = window
        let months = "(?:" + BirthDateScope.allMonths + ")"
        let full = #"\d{1,2}\s?[./\-]\s?\d{1,2}\s?[./\-]\s?(?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}|"#
            + #"(?:the\s)?\d{1,2}(?:st|nd|rd|th)?\.?\s(?:of\s)?"# + months + #"\.?,?\s\d{4}|"# + months + #"\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}"#
        dates = TextPattern(#"(?<![\p{L}\p{N}./\-])("# + full + #"|(?:19|20)\d{2}|['’]\d{2})(?![\p{L}\p{N}]|[./\-]\d)"#, caseInsensitive: true)
    }

    func candidates(in text: ScannedText, found: [PIICandidate]) -> [PIICandidate] {
        let values = found.filter { $0.kind == .dateOfBirth || $0.kind == .nationalID }
        guard !values.isEmpty else { return [] }
        return repeats(of: values, in: text) + joined(to: values.filter { $0.kind == .dateOfBirth }, in: text)
            + encodedDates(of: values.filter { $0.kind == .nationalID }, in: text)
    }

    // MARK: the date an identity number encodes

    /// A day, a month and the year's last two digits.
    private struct Day: Hashable {
        let day: Int, month: Int, year: Int
    }

    /// The birth date an ID encodes: a PESEL (YYMMDD, the century in the month), a
    /// fødselsnummer (DDMMYY, D- and H-numbers add 40 to day or month; the year's last two
    /// digits), an RNOKPP (days since 31.12.1899). Years are given modulo 100 for all three, as
    /// the fødselsnummer's century is not in its first six digits.
    private static func birthDays(_ id: String) -> [Day] {
        let d = id.compactMap(\.wholeNumberValue)
        func n(_ i: Int) -> Int { d[i] * 10 + d[i + 1] }
        var out: [Day] = []
        if d.count == 11, Checksums.pesel(id) { out.append(Day(day: n(4), month: n(2) % 20, year: n(0))) }
        if d.count == 11, Checksums.norwegianBirthNumber(id) { out.append(Day(day: n(0) % 40, month: n(2) % 40, year: n(4))) }
        if d.count == 10, let b = NationalIDRecogniser.rnokppBirthDate(id) { out.append(Day(day: b.day, month: b.month, year: b.year % 100)) }
        return out
    }

    /// Round 7: a numeric date in the text that is the birth date a found ID encodes is that
    /// person's date of birth, whatever words stand around it (a form whose birth-date label is
    /// misspelt, "Dата нарождення 26 04 1966 / РНОКПП 2422239948"). By chance a given date
    /// matches one ID in about 36,500.
    private func encodedDates(of ids: [PIICandidate], in text: ScannedText) -> [PIICandidate] {
        let days = Set(ids.flatMap { Self.birthDays(text.substring($0.range).filter(\.isNumber)) })
        guard !days.isEmpty else { return [] }
        return Self.numericDates.ranges(in: text, group: 1).compactMap { r in
            let parts = text.substring(r).split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            return days.contains(Day(day: parts[0], month: parts[1], year: parts[2] % 100)) ? PIICandidate(kind: .dateOfBirth, range: r) : nil
        }
    }

    private static let numericDates = TextPattern(#"(?<![\p{L}\p{N}./\-])(\d{1,2}(?:\s?[./\-]\s?\d{1,2}\s?[./\-]\s?|\s\d{1,2}\s)(?:\d{4}|\d{2}))(?![\p{L}\p{N}]|[./\-]\d)"#)

    // MARK: the same value again

    /// Lower-case letters and digits of `s`.
    private static func key(_ s: String) -> String {
        String(s.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// "10/02/2002" -> "02102002": the key of the same date with day and month exchanged, when
    /// both read as a month.
    private static func swappedDayAndMonth(_ date: String) -> String? {
        let parts = date.split(whereSeparator: { !$0.isNumber }).map(String.init)
        guard parts.count == 3, parts[2].count == 4, date.allSatisfy({ $0.isNumber || "./-".contains($0) }),
              let a = Int(parts[0]), let b = Int(parts[1]), (1 ... 12).contains(a), (1 ... 12).contains(b), a != b else { return nil }
        return parts[1] + parts[0] + parts[2]
    }

    private func repeats(of values: [PIICandidate], in text: ScannedText) -> [PIICandidate] {
        var keys: [String: PIIKind] = [:]
        for v in values {
            let k = Self.key(text.substring(v.range))
            if k.count >= 6, k.count <= 30, k.filter(\.isNumber).count >= 5 { keys[k] = v.kind }
            // Round 8: a numeric birth date written again in the other order of day and month
            // ("10/02/2002 …, in the Polish documents 02/10/2002": another country's format) is
            // the same date.
            if v.kind == .dateOfBirth, let swapped = Self.swappedDayAndMonth(text.substring(v.range)) { keys[swapped] = .dateOfBirth }
        }
        guard !keys.isEmpty else { return [] }
        // Every start of a key, so each step below is one set look-up however many values the
        // text holds.
        var starts = Set<String>()
        for k in keys.keys { for n in 1 ... k.count { starts.insert(String(k.prefix(n))) } }
        // Tokens: maximal runs of letters and digits.
        var tokens: [Range<Int>] = []
        var i = 0
        while i < text.count {
            guard text.isWordCharacter(at: i) else { i += 1; continue }
            var e = i + 1
            while e < text.count, text.isWordCharacter(at: e) { e += 1 }
            tokens.append(i ..< e)
            i = e
        }
        let words = tokens.map { Self.key(text.substring($0)) }
        let longest = keys.keys.map(\.count).max() ?? 0
        var out: [PIICandidate] = []
        for (t, first) in words.enumerated() where first.first.map({ $0.isNumber }) ?? false {
            // Extend over the following tokens while the joined letters and digits are the
            // start of a key; a value never spans a line break or more than three separators.
            var joined = first
            var last = t
            while true {
                if let kind = keys[joined] {
                    out.append(PIICandidate(kind: kind, range: tokens[t].lowerBound ..< tokens[last].upperBound))
                    break
                }
                guard joined.count < longest, last + 1 < tokens.count, starts.contains(joined) else { break }
                let gap = tokens[last].upperBound ..< tokens[last + 1].lowerBound
                guard gap.count <= 3, gap.allSatisfy({ [0x20, 0x2E, 0x2F, 0x2D, 0x2C].contains(text.units[$0]) }) else { break }
                last += 1
                joined += words[last]
            }
        }
        return out
    }

    // MARK: a second date joined to a found one

    private func joined(to births: [PIICandidate], in text: ScannedText) -> [PIICandidate] {
        guard !births.isEmpty else { return [] }
        let all = dates.ranges(in: text, group: 1)
        let births = births.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        var out: [PIICandidate] = []
        // The nearest tied date before the current one: a found birth date or a date this walk
        // added, so a chain ("ur. 2011 i 2014 i 2016") follows along.
        var previous: Range<Int>?
        var b = 0
        for date in all {
            while b < births.count, births[b].upperBound <= date.lowerBound {
                if previous.map({ $0.upperBound < births[b].upperBound }) ?? true { previous = births[b] }
                b += 1
            }
            guard let before = previous, b >= births.count || births[b].lowerBound >= date.upperBound else { continue }
            guard date.lowerBound - before.upperBound <= 70 else { continue }
            let gap = before.upperBound ..< date.lowerBound
            guard !gap.contains(where: { text.isDigit(at: $0) || text.units[$0] == 0x0A }) else { continue }
            guard let year = window.year(in: date, of: text), year >= 1900, year <= window.referenceYear else { continue }
            let words = text.substring(gap).lowercased().split(whereSeparator: { !$0.isLetter && $0 != "&" && $0 != "/" && $0 != "→" }).map(String.init)
            let sameShape = isYearOnly(before, text) == isYearOnly(date, text)
            let coordinated = sameShape && words.count == 1 && Self.coordinators.contains(words[0])
            let corrected = words.contains(where: Self.corrections.contains) && !words.contains(where: Self.otherEvents.contains)
            guard coordinated || corrected else { continue }
            out.append(PIICandidate(kind: .dateOfBirth, range: date))
            previous = date
        }
        return out
    }

    private func isYearOnly(_ r: Range<Int>, _ text: ScannedText) -> Bool {
        let s = text.substring(r)
        return !s.contains(where: \.isLetter) && s.filter(\.isNumber).count <= 4
    }

    /// "and", "or", "respectively" in the five languages, and a slash.
    private static let coordinators: Set<String> = [
        "and", "or", "&", "/", "og", "eller", "und", "oder", "bzw", "beziehungsweise", "sowie", "i", "lub", "albo", "oraz", "czy",
        "та", "і", "й", "або", "чи", "и", "ta", "abo", "chy",
    ]

    /// Words with which a writer takes back or corrects a value.
    private static let corrections: Set<String> = [
        "no", "not", "nope", "sorry", "actually", "wrong", "correct", "correction", "corrected", "mean", "meant", "typo", "rather", "→",
        "nei", "unnskyld", "beklager", "feil", "riktig", "egentlig", "skrivefeil",
        "nein", "falsch", "richtig", "eigentlich", "korrektur", "tippfehler", "entschuldigung", "vertippt",
        "nie", "przepraszam", "sorki", "błąd", "błędnie", "właściwie", "poprawnie", "poprawka", "literówka", "znaczy",
        "ні", "вибачте", "пробачте", "тобто", "точніше", "насправді", "помилка", "помилково", "правильно", "неправильно", "ой",
        "ni", "vybachte", "tobto", "pravylno",
        // Round 8: "more precisely" narrows a value to the full date ("im Mai 2010... genauer: 21.05.2010").
        "precisely", "exactly", "genauer", "genau", "nøyaktig", "presist", "dokładnie", "dokładniej", "конкретно", "точно",
    ]

    /// A correction that moves on to another event's date ("no, she moved in 2015").
    private static let otherEvents: Set<String> = [
        "moved", "arrived", "came", "since", "started", "married", "flyttet", "kom", "siden", "startet", "umgezogen", "kam", "seit",
        "angekommen", "przyjechał", "przyjechała", "przeprowadził", "przeprowadziła", "od", "приїхав", "приїхала", "переїхав", "переїхала", "з",
    ]
}
