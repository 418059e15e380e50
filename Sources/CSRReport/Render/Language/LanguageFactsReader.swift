import Foundation
import TOMLKit

/// Reads and checks the `[locale]` table of a strings.toml into `LanguageFacts`.
struct LanguageFactsReader {
    let table: TOMLTable
    let fail: (String?, String) -> CatalogError

    static let fields: Set<String> = ["lang", "name", "countries", "fallback", "plural_rule", "decimal_separator",
                                      "grouping_separator", "minimum_grouping_digits", "minus_sign", "plus_sign",
                                      "percent_pattern", "date_pattern", "month_names", "period",
                                      "period_text", "names", "list"]
    static let periodFields: [String: Period.Kind] = ["quarter": .quarter, "half": .half, "month": .month, "year": .year, "range": .range]
    static let periodPlaceholders: Set<String> = ["year", "quarter", "quarter_roman", "half", "half_roman", "month", "month_name", "start", "end"]

    func read() throws(CatalogError) -> LanguageFacts {
        if let unknown = table.keys.sorted().first(where: { !Self.fields.contains($0) }) {
            throw fail("locale.\(unknown)", "unknown fact (a typo?): [locale] holds \(Self.fields.sorted().joined(separator: ", "))")
        }
        let lang = try string("lang")
        guard !lang.isEmpty, lang.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw fail("locale.lang", "must be a BCP 47 language tag such as \"de\" or \"nb\"")
        }
        guard let countryArray = table["countries"]?.array else { throw fail("locale.countries", "missing: a list of ISO 3166 country codes, [] for none") }
        var countries: [String] = []
        for index in 0..<countryArray.count {
            guard let code = countryArray[index].string?.uppercased(), code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw fail("locale.countries", "must list two-letter ISO 3166 codes such as \"DE\"")
            }
            countries.append(code)
        }
        guard let fallback = table["fallback"]?.bool else { throw fail("locale.fallback", "missing: true for the one language of every other country, else false") }
        let ruleName = try string("plural_rule")
        guard let rule = PluralRule(rawValue: ruleName) else {
            throw fail("locale.plural_rule", "\"\(ruleName)\" is not a known plural rule: use \(PluralRule.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let grouping = table["minimum_grouping_digits"]?.int, (1...4).contains(grouping) else {
            throw fail("locale.minimum_grouping_digits", "must be a whole number from 1 to 4")
        }
        let percent = CatalogText(parts: CatalogText.parse(try string("percent_pattern")))
        guard percent.placeholders == ["n"] else { throw fail("locale.percent_pattern", "must hold {n}, the number, and no other placeholder") }
        let datePattern = try string("date_pattern")
        guard datePattern.contains("y"), datePattern.contains("M"), datePattern.contains("d") else {
            throw fail("locale.date_pattern", "must hold the year (yyyy), month (MM) and day (dd)")
        }
        guard let monthArray = table["month_names"]?.array, monthArray.count == 12 else {
            throw fail("locale.month_names", "must list the 12 month names, January first")
        }
        var months: [String] = []
        for index in 0..<12 {
            guard let name = monthArray[index].string else { throw fail("locale.month_names", "must list the 12 month names as texts") }
            months.append(name)
        }
        guard let periodTable = table["period"]?.table else {
            throw fail("locale.period", "missing: [locale.period] names quarter, half, month, year and range periods")
        }
        let periods = try periodPatterns(periodTable, table: "period")
        if let missing = Self.periodFields.sorted(by: { $0.key < $1.key }).first(where: { periods[$0.value] == nil }) {
            throw fail("locale.period.\(missing.key)", "missing")
        }
        guard let listTable = table["list"]?.table else {
            throw fail("locale.list", "missing: [locale.list] gives the separator between the items of a list (docs/translating.md)")
        }
        if let unknown = listTable.keys.sorted().first(where: { !["separator", "clause_separator"].contains($0) }) {
            throw fail("locale.list.\(unknown)", "unknown fact (a typo?): [locale.list] holds clause_separator, separator")
        }
        func separator(_ key: String) throws(CatalogError) -> String {
            guard let value = listTable[key]?.string, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw fail("locale.list.\(key)", "missing or blank: a separator such as \", \" or \"; \" in quotes")
            }
            return value
        }
        var periodTexts: [Period.Kind: CatalogText] = [:]
        if let value = table["period_text"] {
            guard let textTable = value.table else { throw fail("locale.period_text", "must be a table ([locale.period_text])") }
            periodTexts = try periodPatterns(textTable, table: "period_text")
            // A prose name ending in an abbreviation point ("2025 r.") would meet the full
            // stop of the sentence a template ends with it ("... 2025 r..").
            if let dotted = Self.periodFields.sorted(by: { $0.key < $1.key }).first(where: { periodTexts[$0.value]?.endsWithFullStop == true }) {
                throw fail("locale.period_text.\(dotted.key)", "must not end in \".\": a sentence of the templates may end with the period's name (write \"року\", not \"р.\")")
            }
        }
        var nameCase = LanguageFacts.NameCase.unchanged
        if let value = table["names"] {
            guard let names = value.table else { throw fail("locale.names", "must be a table ([locale.names])") }
            if let unknown = names.keys.sorted().first(where: { $0 != "in_sentence" }) {
                throw fail("locale.names.\(unknown)", "unknown fact (a typo?): [locale.names] holds in_sentence")
            }
            if let rule = names["in_sentence"] {
                let choices = LanguageFacts.NameCase.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")
                guard let name = rule.string, let parsed = LanguageFacts.NameCase(rawValue: name) else {
                    throw fail("locale.names.in_sentence", "must be \(choices)")
                }
                nameCase = parsed
            }
        }
        return LanguageFacts(
            lang: lang, name: try string("name"), countries: countries, isFallback: fallback, pluralRule: rule,
            decimalSeparator: try string("decimal_separator"), groupingSeparator: try string("grouping_separator"),
            minimumGroupingDigits: grouping, minusSign: try string("minus_sign"), plusSign: try string("plus_sign"),
            percentPattern: percent, datePattern: LanguageFacts.parseDatePattern(datePattern), monthNames: months,
            periodPatterns: periods, periodTextPatterns: periodTexts, namesInSentence: nameCase,
            listSeparator: try separator("separator"), clauseSeparator: try separator("clause_separator"))
    }

    private func periodPatterns(_ periodTable: TOMLTable, table: String) throws(CatalogError) -> [Period.Kind: CatalogText] {
        var periods: [Period.Kind: CatalogText] = [:]
        for key in periodTable.keys.sorted() {
            guard let kind = Self.periodFields[key] else {
                throw fail("locale.\(table).\(key)", "unknown period kind: use \(Self.periodFields.keys.sorted().joined(separator: ", "))")
            }
            guard let pattern = periodTable[key]?.string else { throw fail("locale.\(table).\(key)", "must be a text in quotes") }
            let text = CatalogText(parts: CatalogText.parse(pattern))
            if let unknown = text.placeholders.subtracting(Self.periodPlaceholders).sorted().first {
                throw fail("locale.\(table).\(key)", "{\(unknown)} is not a period placeholder (use \(Self.periodPlaceholders.sorted().map { "{\($0)}" }.joined(separator: ", ")))")
            }
            periods[kind] = text
        }
        return periods
    }

    private func string(_ key: String) throws(CatalogError) -> String {
        guard let value = table[key]?.string else { throw fail("locale.\(key)", "missing or not a text in quotes") }
        return value
    }
}
