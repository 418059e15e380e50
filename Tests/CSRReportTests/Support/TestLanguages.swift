import Foundation
@testable import CSRReport

/// Languages for tests: the built-in ones, and template folders holding test locales made from
/// the English catalog with another language's `[locale]` facts, so the mechanisms (formatting,
/// country choice, --locale) are tested whatever translations are built in.
enum TestLanguages {
    static let builtIn: TemplateSet = {
        do { return try TemplateSet.builtIn() } catch { fatalError("the built-in templates do not load: \(error)") }
    }()

    static var english: Catalog { builtIn.languages["en"]!.catalog }

    static var englishStrings: String { EmbeddedFiles.files["templates/en/strings.toml"]! }

    /// The `[locale]` tables of the built-in languages: CLDR's, as docs/translating.md gave them to the
    /// translators, with the native reviewers' corrections (true minus sign in de, pl, uk; a space
    /// before % in uk; pl groups from four digits, as its tables do).
    static let facts: [String: String] = [
        "nb": """
            [locale]
            lang = "nb"
            name = "norsk bokmål"
            countries = ["NO"]
            fallback = false
            plural_rule = "one-other"
            decimal_separator = ","
            grouping_separator = "\\u00A0"
            minimum_grouping_digits = 1
            minus_sign = "\\u2212"
            plus_sign = "+"
            percent_pattern = "{n}\\u00A0%"
            date_pattern = "dd.MM.yyyy"
            month_names = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]

            [locale.period]
            quarter = "{quarter}. kvartal {year}"
            half = "{half}. halvår {year}"
            month = "{month_name} {year}"
            year = "{year}"
            range = "{start}–{end}"

            [locale.list]
            separator = "; "
            clause_separator = "; "
            """,
        "de": """
            [locale]
            lang = "de"
            name = "Deutsch"
            countries = ["DE", "AT", "CH", "LI", "LU"]
            fallback = false
            plural_rule = "one-other"
            decimal_separator = ","
            grouping_separator = "."
            minimum_grouping_digits = 1
            minus_sign = "\\u2212"
            plus_sign = "+"
            percent_pattern = "{n}\\u00A0%"
            date_pattern = "dd.MM.yyyy"
            month_names = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]

            [locale.period]
            quarter = "Q{quarter} {year}"
            half = "H{half} {year}"
            month = "{month_name} {year}"
            year = "{year}"
            range = "{start}–{end}"

            [locale.list]
            separator = "; "
            clause_separator = "; "
            """,
        "pl": """
            [locale]
            lang = "pl"
            name = "polski"
            countries = ["PL"]
            fallback = false
            plural_rule = "polish"
            decimal_separator = ","
            grouping_separator = "\\u00A0"
            minimum_grouping_digits = 1
            minus_sign = "\\u2212"
            plus_sign = "+"
            percent_pattern = "{n}%"
            date_pattern = "dd.MM.yyyy"
            month_names = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"]

            [locale.period]
            quarter = "{quarter_roman} kw. {year}"
            half = "{half_roman} półrocze {year}"
            month = "{month_name} {year}"
            year = "{year}"
            range = "{start}–{end}"

            [locale.list]
            separator = "; "
            clause_separator = "; "
            """,
        "uk": """
            [locale]
            lang = "uk"
            name = "українська"
            countries = ["UA"]
            fallback = false
            plural_rule = "east-slavic"
            decimal_separator = ","
            grouping_separator = "\\u00A0"
            minimum_grouping_digits = 1
            minus_sign = "\\u2212"
            plus_sign = "+"
            percent_pattern = "{n}\\u00A0%"
            date_pattern = "dd.MM.yyyy"
            month_names = ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"]

            [locale.period]
            quarter = "{quarter_roman} кв. {year}"
            half = "{half_roman} півріччя {year}"
            month = "{month_name} {year}"
            year = "{year}"
            range = "{start}–{end}"

            [locale.list]
            separator = "; "
            clause_separator = "; "
            """,
    ]

    /// The English strings.toml with its `[locale]` table (and `[locale.period]`) replaced.
    static func englishStrings(withFacts facts: String) -> String {
        let text = englishStrings
        guard let start = text.range(of: "[locale]\n"), let end = text.range(of: "\n[metric]\n") else { return text }
        return String(text[..<start.lowerBound]) + facts + "\n" + String(text[end.lowerBound...])
    }

    static func catalog(_ code: String) throws -> Catalog {
        if code == "en" { return english }
        return try Catalog.load(text: englishStrings(withFacts: facts[code] ?? ""), file: "test/\(code)/strings.toml", code: code)
    }

    /// A templates folder: `files` by path relative to it (`de/strings.toml`, `report.css`).
    static func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csr-report-tests-templates-\(UUID().uuidString)").path
        for (path, text) in files {
            let full = (dir as NSString).appendingPathComponent(path)
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A templates folder with test locales `codes` (English words, their own facts, the
    /// built-in English templates): what --templates gives a language before it is translated.
    /// A code that is built in already keeps its built-in catalog.
    static func folderWithLocales(_ codes: [String], marker: Bool = false) throws -> String {
        var files: [String: String] = [:]
        for code in codes where !builtIn.languageCodes.contains(code) {
            var strings = englishStrings(withFacts: facts[code] ?? "")
            // A visible mark of the language in every page title, for the end-to-end tests.
            if marker { strings = strings.replacingOccurrences(of: "report_title = \"{company} · Impact report {period}\"", with: "report_title = \"[\(code)] {company} · {period}\"") }
            files["\(code)/strings.toml"] = strings
            files["\(code)/report.md.mustache"] = EmbeddedFiles.files["templates/en/report.md.mustache"]!
            files["\(code)/email.md.mustache"] = EmbeddedFiles.files["templates/en/email.md.mustache"]!
        }
        return try folder(files)
    }
}
