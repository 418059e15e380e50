/// The technical facts of a language, from the `[locale]` table of its strings.toml: how it
/// writes numbers, percentages, dates and period names, its plural rule, and the countries
/// whose companies read it. Formatting is done here from these facts alone, never through a
/// Foundation locale, so that a build is byte-identical under any LANG, LC_ALL or TZ.
///
/// ```swift
/// facts.number(-1234.5, places: 1)     // "-1,234.5" (en), "−1 234,5" (nb), "-1234,5" (pl)
/// facts.percent(0.25)                  // "25%" (en), "25 %" (de, with a no-break space)
/// facts.periodName(try Period(parsing: "2025-Q3"))         // "2025-Q3" (en), "Q3 2025" (de)
/// facts.periodNameInText(try Period(parsing: "2025-Q3"))   // "Q3 2025" (en), "3. Quartal 2025" (de)
/// facts.nameInSentence("Job readiness")                    // "job readiness" (en), unchanged (de)
/// ```
struct LanguageFacts: Sendable, Equatable {
    /// BCP 47 tag, the `lang` attribute of every page.
    let lang: String
    /// The language's name for itself.
    let name: String
    /// ISO 3166 codes (upper case) of the companies that read this language by default.
    let countries: [String]
    /// The language of every company whose country no locale claims.
    let isFallback: Bool
    let pluralRule: PluralRule
    let decimalSeparator: String
    let groupingSeparator: String
    /// Digits that must stand before the first separator: 1 groups 1,234; 2 writes 1234 but 12 345.
    let minimumGroupingDigits: Int
    let minusSign: String
    let plusSign: String
    let percentPattern: CatalogText
    let datePattern: [DatePart]
    let monthNames: [String]
    /// Period names in tables, chart axes and cards (`[locale.period]`).
    let periodPatterns: [Period.Kind: CatalogText]
    /// Period names in headings and running text (`[locale.period_text]`, optional): a kind
    /// without a pattern here is written as in tables.
    let periodTextPatterns: [Period.Kind: CatalogText]
    /// How a title-case label (an outcome dimension, an SROI assumption) is written inside a
    /// sentence (`[locale.names] in_sentence`).
    let namesInSentence: NameCase
    /// Between the items of a list the code joins for a reader (the values in a chart's
    /// description): ", " in English; "; " where items may hold a decimal comma.
    let listSeparator: String
    /// Between items that hold the list separator themselves (the rows of the sensitivity
    /// chart's description, each "least X, most Y").
    let clauseSeparator: String

    /// `lowercaseFirst`: "Job readiness" reads "job readiness" inside a sentence (en, nb, pl,
    /// uk); `unchanged`: the label as written (de, whose nouns keep their capital; also the
    /// choice when a catalog says nothing).
    enum NameCase: String, Sendable, CaseIterable {
        case lowercaseFirst = "lowercase-first"
        case unchanged
    }

    enum DatePart: Sendable, Equatable {
        case year, month, paddedMonth, day, paddedDay
        case literal(String)
    }

    // MARK: numbers

    /// `formatFixed` (half away from zero, `places` decimals) written with this language's
    /// separators, grouping and minus sign.
    func number(_ value: Double, places: Int) -> String {
        localise(formatFixed(value, places: places))
    }

    /// A number with its sign always shown: "+8.1", "-2.0" (with the language's signs).
    func signedNumber(_ value: Double, places: Int) -> String {
        let text = number(value, places: places)
        return text == number(0, places: places) || text.hasPrefix(minusSign) ? text : plusSign + text
    }

    /// A share (0.25) as a percentage, one decimal only when it is not zero ("25%", "3.5%").
    func percent(_ share: Double) -> String {
        percentText(trimmedPercent(share * 100))
    }

    /// A relative change in percent with its sign, one decimal: "+8.1%".
    func signedPercent(_ percentValue: Double) -> String {
        percentText(signedNumber(percentValue, places: 1))
    }

    private func trimmedPercent(_ value: Double) -> String {
        let plain = formatFixed(value, places: 1)
        let text = plain.hasSuffix(".0") ? String(plain.dropLast(2)) : plain
        return localise(text)
    }

    private func percentText(_ number: String) -> String {
        percentPattern.render(["n": number], pluralRule: pluralRule)
    }

    /// Rewrites the text `formatFixed` writes (`-1234.50`): anything else (Swift's own form of
    /// an enormous value) is returned as it is.
    private func localise(_ text: String) -> String {
        var rest = Substring(text)
        var negative = false
        if rest.hasPrefix("-") { negative = true; rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCIIDigitCharacter),
              parts.count == 1 || parts[1].allSatisfy(\.isASCIIDigitCharacter) else { return text }
        var grouped = String(whole)
        if whole.count >= 3 + minimumGroupingDigits {
            var groups: [Substring] = []
            var end = whole.endIndex
            while whole.distance(from: whole.startIndex, to: end) > 3 {
                let start = whole.index(end, offsetBy: -3)
                groups.insert(whole[start..<end], at: 0)
                end = start
            }
            groups.insert(whole[whole.startIndex..<end], at: 0)
            grouped = groups.joined(separator: groupingSeparator)
        }
        let fraction = parts.count > 1 ? decimalSeparator + parts[1] : ""
        return (negative ? minusSign : "") + grouped + fraction
    }

    /// Items joined with `listSeparator`, or `clauseSeparator` for items with commas of their own.
    func joined(_ items: [String], clauses: Bool = false) -> String {
        items.joined(separator: clauses ? clauseSeparator : listSeparator)
    }

    // MARK: dates and periods

    func date(_ date: CivilDate) -> String {
        datePattern.map { part in
            switch part {
            case .year: pad(date.year, 4)
            case .month: "\(date.month)"
            case .paddedMonth: pad(date.month, 2)
            case .day: "\(date.day)"
            case .paddedDay: pad(date.day, 2)
            case .literal(let text): text
            }
        }.joined()
    }

    /// The name of a period in a table, chart axis or card ("2025-Q3", "Q3 2025", "III kw. 2025").
    func periodName(_ period: Period) -> String {
        periodName(period, patterns: periodPatterns)
    }

    /// The name of a period in a heading or running text ("Q3 2025", "3. Quartal 2025",
    /// "III квартал 2025 року"); the table form where `[locale.period_text]` has no pattern.
    func periodNameInText(_ period: Period) -> String {
        periodName(period, patterns: periodTextPatterns[period.kind] == nil ? periodPatterns : periodTextPatterns)
    }

    private func periodName(_ period: Period, patterns: [Period.Kind: CatalogText]) -> String {
        let start = period.start
        let quarter = (start.month - 1) / 3 + 1, half = start.month <= 6 ? 1 : 2
        let roman = ["I", "II", "III", "IV"]
        let values = [
            "year": pad(start.year, 4),
            "quarter": "\(quarter)", "quarter_roman": roman[quarter - 1],
            "half": "\(half)", "half_roman": roman[half - 1],
            "month": pad(start.month, 2),
            "month_name": monthNames.indices.contains(start.month - 1) ? monthNames[start.month - 1] : pad(start.month, 2),
            "start": date(start), "end": date(period.lastDay),
        ]
        return patterns[period.kind]?.render(values, pluralRule: pluralRule) ?? period.label
    }

    // MARK: names

    /// A label as it stands inside a sentence. An acronym at its start ("SROI ratio", "VIS",
    /// "CEFR level") keeps its capitals: a first word whose second letter is upper case is one.
    func nameInSentence(_ label: String) -> String {
        guard namesInSentence == .lowercaseFirst, let first = label.first else { return label }
        let firstWord = label.prefix { $0.isLetter }
        if firstWord.dropFirst().first?.isUppercase == true { return label }
        return first.lowercased() + label.dropFirst()
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = "\(value.magnitude)"
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Reads a date pattern: `yyyy`/`y` year, `MM`/`M` month, `dd`/`d` day, anything else literal.
    static func parseDatePattern(_ pattern: String) -> [DatePart] {
        var parts: [DatePart] = []
        var chars = Array(pattern)[...]
        while let c = chars.first {
            let run = chars.prefix { $0 == c }.count
            switch c {
            case "y": parts.append(.year)
            case "M": parts.append(run >= 2 ? .paddedMonth : .month)
            case "d": parts.append(run >= 2 ? .paddedDay : .day)
            default:
                if case .literal(let text)? = parts.last {
                    parts[parts.count - 1] = .literal(text + String(repeating: c, count: run))
                } else {
                    parts.append(.literal(String(repeating: c, count: run)))
                }
            }
            chars = chars.dropFirst(run)
        }
        return parts
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
