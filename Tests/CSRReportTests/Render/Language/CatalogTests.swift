import Foundation
import Testing
@testable import CSRReport

/// The catalogs: every built-in language has every key, and each way a catalog can be wrong
/// is one clear error naming the locale, the file, the key and the line.
@Suite struct CatalogTests {
    /// `strings` with the first line that starts with `prefix` removed.
    func removingLine(_ prefix: String, from strings: String) -> String {
        var lines = strings.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) { lines.remove(at: index) }
        return lines.joined(separator: "\n")
    }

    func loadError(_ strings: String, code: String = "en") -> CatalogError? {
        do {
            _ = try Catalog.load(text: strings, file: "templates/\(code)/strings.toml", code: code)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: TestLanguages.builtIn.languageCodes) func everyBuiltInLocaleHasEveryKey(locale: String) throws {
        let file = "templates/\(locale)/strings.toml"
        let text = try #require(EmbeddedFiles.files[file])
        let catalog = try Catalog.load(text: text, file: file, code: locale)
        for key in CatalogKey.all {
            #expect(catalog.text(key) != key.path, "\(locale): \(key)")
        }
        // And its templates load with it.
        #expect(TestLanguages.builtIn.languages[locale] != nil)
    }

    @Test func theBuiltInLanguagesAreTheFolders() {
        let folders = Set(EmbeddedFiles.files.keys.filter { $0.hasPrefix("templates/") && $0.hasSuffix("/strings.toml") }
            .map { $0.split(separator: "/")[1] }.map(String.init))
        #expect(Set(TestLanguages.builtIn.languageCodes) == folders)
        #expect(folders.contains("en"))
    }

    @Test func aMissingKeyNamesLocaleFileKeyAndLine() throws {
        let strings = removingLine("sessions_count =", from: TestLanguages.englishStrings)
        let error = try #require(loadError(strings, code: "de"))
        #expect(error.locale == "de")
        #expect(error.file == "templates/de/strings.toml")
        #expect(error.key == "metric.sessions_count")
        let metricLine = try #require(strings.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "[metric]" })
        #expect(error.line == metricLine + 1)
        #expect(error.description == "templates/de/strings.toml:\(metricLine + 1): locale de, key metric.sessions_count: missing (every locale needs every key of the built-in templates/en/strings.toml)")
    }

    /// A copy of a locale folder with one key removed, through --templates: the build's error.
    @Test func aMissingKeyInATemplatesFolderStopsLoading() throws {
        let strings = removingLine("gap_note =", from: TestLanguages.englishStrings)
        let dir = try TestLanguages.folder(["en/strings.toml": strings])
        let error = try #require(throws: CatalogError.self) { try TemplateSet.load(directory: dir) }
        #expect(error.file == dir + "/en/strings.toml" && error.key == "trend.gap_note" && error.locale == "en")
    }

    @Test func anUnknownKeyIsATypo() throws {
        let strings = TestLanguages.englishStrings.replacingOccurrences(of: "sessions_count =", with: "sesions_count =")
        let error = try #require(loadError(strings))
        #expect(error.key == "metric.sesions_count" && error.message.contains("unknown key"))
        let line = try #require(strings.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("sesions_count") })
        #expect(error.line == line + 1)
        let group = try #require(loadError(TestLanguages.englishStrings + "\n[metrics]\nx = \"y\"\n"))
        #expect(group.key == "metrics" && group.message.contains("unknown group"))
    }

    @Test func aPlaceholderTheCodeDoesNotFillIsAnError() throws {
        let strings = TestLanguages.englishStrings.replacingOccurrences(of: "caption = \"All figures for {period}\"", with: "caption = \"All figures for {periode}\"")
        let error = try #require(loadError(strings))
        #expect(error.key == "metrics_table.caption")
        #expect(error.message.contains("{periode}") && error.message.contains("{period}"))
    }

    @Test func aPluralTableNeedsOther() throws {
        let strings = TestLanguages.englishStrings.replacingOccurrences(of: "years = { one = \"{count} year\", other = \"{count} years\" }", with: "years = { one = \"{count} year\", many = \"{count} years\" }")
        let error = try #require(loadError(strings))
        #expect(error.key == "value.years" && error.message.contains("`other`"))
        let notPlural = TestLanguages.englishStrings.replacingOccurrences(of: "no_data = \"no data\"", with: "no_data = { one = \"a\", other = \"b\" }")
        #expect(try #require(loadError(notPlural)).key == "value.no_data")
        let badForm = TestLanguages.englishStrings.replacingOccurrences(of: "years = { one =", with: "years = { single =")
        #expect(try #require(loadError(badForm)).message.contains("single is not a plural form"))
    }

    @Test func invalidTOMLNamesItsLine() throws {
        let strings = TestLanguages.englishStrings.replacingOccurrences(of: "participants_count = \"Participants\"", with: "participants_count = \"Participants")
        let error = try #require(loadError(strings))
        let line = try #require(strings.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("participants_count") })
        #expect(error.line == line + 1 && error.message.hasPrefix("not valid TOML"))
    }

    @Test func localeFactsAreChecked() throws {
        let badRule = TestLanguages.englishStrings.replacingOccurrences(of: "plural_rule = \"one-other\"", with: "plural_rule = \"celtic\"")
        let error = try #require(loadError(badRule))
        #expect(error.key == "locale.plural_rule" && error.message.contains("one-other, polish, east-slavic"))
        let noPercent = TestLanguages.englishStrings.replacingOccurrences(of: "percent_pattern = \"{n}%\"", with: "percent_pattern = \"%\"")
        #expect(try #require(loadError(noPercent)).key == "locale.percent_pattern")
        let noLocale = TestLanguages.englishStrings.replacingOccurrences(of: "[locale", with: "[xlocale")
        #expect(try #require(loadError(noLocale)).key == "locale")
        let noSeparator = TestLanguages.englishStrings.replacingOccurrences(of: "separator = \", \"\n", with: "")
        let missing = try #require(loadError(noSeparator))
        #expect(missing.key == "locale.list.separator" && missing.message.contains("missing"))
    }

    @Test func twoLocalesCannotClaimOneCountry() throws {
        let dir = try TestLanguages.folderWithLocales(["de"])
        // A second German-speaking folder that also claims AT.
        let twin = TestLanguages.englishStrings(withFacts: TestLanguages.facts["de"]!.replacingOccurrences(of: "lang = \"de\"", with: "lang = \"de-AT\""))
        try FileManager.default.createDirectory(atPath: dir + "/de-at", withIntermediateDirectories: true)
        try twin.write(toFile: dir + "/de-at/strings.toml", atomically: true, encoding: .utf8)
        for name in ["report.md.mustache", "email.md.mustache"] {
            try EmbeddedFiles.files["templates/en/\(name)"]!.write(toFile: dir + "/de-at/\(name)", atomically: true, encoding: .utf8)
        }
        let error = try #require(throws: CatalogError.self) { try TemplateSet.load(directory: dir) }
        #expect(error.key == "locale.countries" && error.message.contains("claimed by locale"))
    }

    @Test func exactlyOneLocaleIsTheFallback() throws {
        let second = TestLanguages.englishStrings.replacingOccurrences(of: "lang = \"en\"", with: "lang = \"en-x\"")
        var files = ["enx/strings.toml": second]
        for name in ["report.md.mustache", "email.md.mustache"] { files["enx/\(name)"] = EmbeddedFiles.files["templates/en/\(name)"]! }
        let error = try #require(throws: CatalogError.self) { try TemplateSet.load(directory: try TestLanguages.folder(files)) }
        #expect(error.key == "locale.fallback")
    }

    @Test func listsJoinAsTheLanguageSays() {
        let en = TestLanguages.english
        #expect(en.list([]) == "")
        #expect(en.list(["A"]) == "A")
        #expect(en.list(["A", "B"]) == "A and B")
        #expect(en.list(["A", "B", "C"]) == "A, B and C")
    }

    @Test func placeholdersAndBraces() {
        #expect(CatalogText.parse("a {b} {c_2}") == [.literal("a "), .placeholder("b"), .literal(" "), .placeholder("c_2")])
        #expect(CatalogText.parse("{ x } {} {y") == [.literal("{ x } {} {y")])
        let html = CatalogText(parts: CatalogText.parse("<{change}> vs {period}"))
            .render(["change": "a&b"], trusted: ["period": "<span>Q2</span>"], pluralRule: .oneOther, escape: htmlEscape)
        #expect(html == "&lt;a&amp;b&gt; vs <span>Q2</span>")
    }
}
