/// Round 8: a birth-date label as people really type it, then its value.
///
/// Earlier rules know each label in its dictionary spelling. Forms are filled in by hand and in
/// a second language, so the label is often misspelt ("date of brith", "Gebursdatum",
/// "urdzona"), typed without its letters ø/ł ("fodselsdato"), written in Russian or half
/// Russian by Ukrainians ("дата рождения", "нарождения"), cut short ("data ur:", "Data uro.:",
/// "geb 1995", "н. 2013") or given an owner before its colon ("Geburtsjahr des Kindes: 2021",
/// "data urodzenia syna: 2012"). Four classes, one walk over the words:
///
/// - **A label word, exact or one typing slip away** (Damerau distance 1 for words of seven
///   letters or more, a swap of two neighbours for five or six), letters folded to ASCII first;
///   Russian birth stems ("рожд", "родил") count as label words.
/// - **An abbreviation** ("ur", "uro", "urodz", "geb", "nar", "нар", "н." after a comma or a
///   bracket): only with its value right after it, as a form writes it.
/// - **A label with an owner**: up to three words between label and a colon ("of the child:",
///   "des Kindes:", "dziecka:", "дитини:", "til barnet:").
/// - **A quoted label and a verb of writing** ("«рік нар.» написала 1994", "under 'DOB' I
///   wrote 1990").
///
/// The value is a date with a day, month and year, or a year up to the reference year, with no
/// digit, line break or sentence end between label and value. One regular-expression pass for
/// the dates and one walk over the words: linear.
struct BirthLabelVariants: Sendable {
    private let window: BirthYearWindow
    private let values: TextPattern

    init(window: BirthYearWindow) {
        self.window = window
        let months = "(?:" + BirthDateScope.allMonths + ")"
        values = TextPattern(
            #"(?<![\p{L}\p{N}./\-])(\d{1,2}\s?[./\-]\s?\d{1,2}\s?[./\-]\s?(?:\d{4}|\d{2})|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}\.?\s"# + months
                + #"\.?,?\s(?:19|20)\d{2}|(?:19|20)\d{2})(?![\p{L}\p{N}]|[./\-]\d)"#,
            caseInsensitive: true)
    }

    /// Label words in their dictionary spelling, folded to ASCII where they are Latin.
    private static let labels: [String] = [
        "birthdate", "dob", "fodselsdato", "fodselsdatoen", "fodselsar", "fodselsaret", "fodt", "fodd",
        "geburtsdatum", "geburtsjahr", "geboren", "gebdatum",
        "urodzona", "urodzony", "urodzeni", "urodzenia", "urodzenie", "urodzilam", "urodzila", "urodzil",
        "народження", "народилась", "народилася", "народився", "народжена", "народжений", "народжена",
        "narodzhennia", "narodylas", "narodyvsia",
    ]

    /// Words one slip away from a label that are words of their own: a birthday is a party's
    /// date as often as a birth's ("urodziny 12.05.2025"), "gebogen" is bent.
    private static let notLabels: Set<String> = ["urodziny", "urodzin", "geborgen", "gebogen", "geboten", "narodziny"]

    /// "birth" is a label only as "date of birth", "birth date": alone it is the event.
    private static let birthNoun = "birth"

    private static let abbreviations: Set<String> = ["ur", "uro", "urodz", "geb", "nar", "нар", "народж", "н"]

    /// Copulas and verbs of writing that may stand between a label and its value.
    private static let between: Set<String> = Set([
        "is", "was", "i", "wrote", "entered", "put", "ist", "war", "schrieb", "eingetragen", "er", "var", "skrev", "jest", "był", "była",
        "napisałam", "napisała", "napisał", "wpisałam", "wpisała", "wpisał", "to", "це", "написала", "написав", "вписала", "вписав", "вказала",
        "вказав", "on", "am", "den", "dnia", "the",
        // The writer of the form: "under \"DOB\" she wrote 1990".
        "she", "he", "they", "we", "sie", "wir", "hun", "han", "jeg", "ona", "ja", "вона", "він", "я",
    ].map(fold))

    private struct Word {
        let range: Range<Int>
        let folded: String
    }

    func candidates(in text: ScannedText) -> [PIICandidate] {
        let dates = values.ranges(in: text, group: 1)
        guard !dates.isEmpty else { return [] }
        let words = Self.words(in: text)
        guard !words.isEmpty else { return [] }
        var out: [PIICandidate] = []
        var w = 0
        for date in dates {
            // The last word that ends before the date.
            while w + 1 < words.count, words[w + 1].range.upperBound <= date.lowerBound { w += 1 }
            guard words[w].range.upperBound <= date.lowerBound, accepts(date, text) else { continue }
            // Try the label as the last word, or one to four words back (owner or verb between).
            var k = w
            while k >= 0, w - k <= 4, date.lowerBound - words[k].range.upperBound <= 48 {
                if ties(label: k, to: date, words: words, text) {
                    out.append(PIICandidate(kind: .dateOfBirth, range: date))
                    break
                }
                k -= 1
            }
        }
        return out
    }

    private func accepts(_ date: Range<Int>, _ text: ScannedText) -> Bool {
        guard let year = window.year(in: date, of: text) else { return false }
        return year >= 1900 && year <= window.referenceYear
    }

    private func ties(label k: Int, to date: Range<Int>, words: [Word], _ text: ScannedText) -> Bool {
        let word = words[k]
        let gap = word.range.upperBound ..< date.lowerBound
        let inner = words[(k + 1)...].prefix { $0.range.upperBound <= date.lowerBound }.map(\.folded)
        // No digit, line break or sentence end between; the period of an abbreviation is no end.
        for i in gap {
            let u = text.units[i]
            if text.isDigit(at: i) || u == 0x0A || u == 0x21 || u == 0x3F { return false }
            if u == 0x2E, i != gap.lowerBound { return false }
        }
        let gapText = text.substring(gap)
        let colonLast = gapText.trimmingCharacters(in: .whitespaces).hasSuffix(":")
        if Self.abbreviations.contains(word.folded) {
            // "н." only with its period, after a comma or a bracket: "Марія, н. 2013".
            if word.folded == "н" {
                guard text.unit(at: word.range.upperBound) == 0x2E else { return false }
                var b = word.range.lowerBound - 1
                while b >= 0, text.unit(at: b) == 0x20 { b -= 1 }
                guard let u = text.unit(at: b), u == 0x2C || u == 0x28 else { return false }
            }
            return inner.allSatisfy(Self.between.contains) && inner.count <= 1
        }
        guard isLabel(k, words: words) else { return false }
        if inner.isEmpty || inner.allSatisfy(Self.between.contains) { return inner.count <= 3 }
        return colonLast && inner.count <= 3
    }

    private func isLabel(_ k: Int, words: [Word]) -> Bool {
        let w = words[k].folded
        if Self.notLabels.contains(w) || w.hasPrefix("рождеств") { return false }
        if w.hasPrefix("рожд") || w.hasPrefix("нарожд") || w.hasPrefix("родил") { return true }
        if Self.nearly(w, Self.birthNoun) {
            // "date of birth", "birth date": the label, not the event.
            let before = k > 0 ? words[k - 1].folded : ""
            let after = k + 1 < words.count ? words[k + 1].folded : ""
            return before == "of" || after == "date"
        }
        return Self.labels.contains { Self.nearly(w, $0) }
    }

    /// Equal, or one typing slip apart: for words of seven letters or more Damerau distance 1
    /// (one letter left out, added, changed or two neighbours swapped); for five or six letters
    /// only a swap ("brith"); shorter words must be exact.
    static func nearly(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let x = Array(a), y = Array(b)
        guard abs(x.count - y.count) <= 1, min(x.count, y.count) >= 5 else { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if x.count == y.count {
            // A swap of neighbours.
            if i + 1 < x.count, x[i] == y[i + 1], x[i + 1] == y[i], x[(i + 2)...] == y[(i + 2)...] { return true }
            return x.count >= 7 && x[(i + 1)...] == y[(i + 1)...]
        }
        guard max(x.count, y.count) >= 7 else { return false }
        return x.count > y.count ? x[(i + 1)...] == y[i...] : x[i...] == y[(i + 1)...]
    }

    /// Words (letters and apostrophes), lower-cased and folded to ASCII where Latin.
    private static func words(in text: ScannedText) -> [Word] {
        var out: [Word] = []
        var i = 0
        while i < text.count {
            guard text.isLetter(at: i) else { i += 1; continue }
            var e = i + 1
            while e < text.count, text.isLetter(at: e) { e += 1 }
            if e - i <= 24 {
                out.append(Word(range: i ..< e, folded: fold(text.substring(i ..< e))))
            }
            i = e
        }
        return out
    }

    static func fold(_ word: String) -> String {
        String(word.lowercased().map { Self.ascii[$0] ?? $0 })
    }

    private static let ascii: [Character: Character] = [
        "ø": "o", "å": "a", "æ": "a", "ä": "a", "ö": "o", "ü": "u", "ł": "l", "ą": "a", "ę": "e", "ó": "o", "ś": "s", "ż": "z",
        "ź": "z", "ć": "c", "ń": "n",
    ]
}
