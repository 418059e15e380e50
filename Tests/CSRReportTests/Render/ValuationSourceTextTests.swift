import Foundation
import Testing
@testable import CSRReport

/// The "Valuation and sources" list reads in the report's language: a name from the catalog for
/// every key the value set can have, the built-in source texts translated, and anything a
/// `--valuation` file supplies or changes shown as written.
@Suite struct ValuationSourceTextTests {
    static let languages = TestLanguages.builtIn.languageCodes

    func catalog(_ code: String) throws -> Catalog { try #require(TestLanguages.builtIn.languages[code]?.catalog) }

    /// Adding a source to data/valuation.json without translating it fails here, by name.
    @Test(arguments: languages)
    func everyBuiltInLanguageTranslatesEveryBuiltInSource(locale: String) throws {
        let missing = ValuationSourceGroup.untranslated(in: try catalog(locale))
        #expect(missing.isEmpty, """
            templates/\(locale)/strings.toml: [valuation_source] has no translation of the built-in source \
            \(missing.map { "\"\($0)\"" }.joined(separator: ", ")) of data/valuation.json: add one line per source, \
            the key as in data/valuation.json ("outcomes.x" in quotes)
            """)
    }

    @Test(arguments: languages)
    func everyKeyOfTheValueSetHasAName(locale: String) throws {
        let catalog = try catalog(locale)
        let keys = Set(Valuation.builtIn.sources.keys).union(CatalogKey.valuationKeyNames)
            .union(OutcomeDimension.allCases.map { "outcomes.\($0.rawValue)" })
        for key in keys.sorted() {
            let label = ValuationSourceGroup.label(key, catalog)
            #expect(label != key && !label.contains("valuation_key"), "templates/\(locale)/strings.toml: no name for the valuation key \(key)")
        }
        #expect(ValuationSourceGroup.label("our_note", catalog) == "our_note")
        #expect(ValuationSourceGroup.label("outcomes.unknown", catalog) == "outcomes.unknown")
    }

    func reportMarkdown(_ valuation: Valuation, locale: String) throws -> String {
        let renderer = ReportRenderer(templates: TestLanguages.builtIn, locale: .fixed(locale))
        let files = try renderer.render(RenderFixtures.report(valuation: valuation))
        return try #require(files.first { $0.name == "report.md" }).text
    }

    @Test func aGermanReportShowsTheBuiltInSourcesInGerman() throws {
        let md = try reportMarkdown(.builtIn, locale: "de")
        let german = try catalog("de")
        #expect(md.contains("- **Preisbasis**: " + markdownEscape(try #require(german.valuationSources["price_year"]))))
        #expect(md.contains("- **" + markdownEscape("Monetarisierung: Wohlbefinden") + "**: "))
        #expect(!md.contains("reference year of Eurostat"))
        #expect(!md.contains("**price\\_year**") && !md.contains("**price_year**"))
        // English keeps data/valuation.json's own texts.
        let english = try reportMarkdown(.builtIn, locale: "en")
        #expect(english.contains("- **Price year**: " + markdownEscape(try #require(Valuation.builtIn.sources["price_year"]))))
    }

    @Test func aSourceAFileSuppliesOrChangesIsShownAsWritten() throws {
        var valuation = Valuation.builtIn
        valuation.sources["price_year"] = "Our controller's note on the year."
        valuation.sources["our_note"] = "An extra note."
        valuation.origin = .file(name: "ours.json", sha256: String(repeating: "0", count: 64))
        let md = try reportMarkdown(valuation, locale: "de")
        #expect(md.contains("- **Preisbasis**: " + markdownEscape("Our controller's note on the year.")))
        #expect(md.contains("- **" + markdownEscape("our_note") + "**: " + markdownEscape("An extra note.")))
        // An unchanged source of the same file still reads in German.
        #expect(md.contains("- **Diskontierungssatz**: " + markdownEscape(try #require(try catalog("de").valuationSources["discount_rate"]))))
    }

    @Test func aTranslationOfAnUnknownSourceIsAnError() throws {
        let strings = TestLanguages.englishStrings + "\n[valuation_source]\n\"outcomes.typo\" = \"x\"\n"
        let error = try #require(throws: CatalogError.self) { try Catalog.load(text: strings, file: "templates/en/strings.toml", code: "en") }
        #expect(error.key == "valuation_source.outcomes.typo" && error.message.contains("has no source"))
        let dotted = TestLanguages.englishStrings + "\n[valuation_source]\noutcomes.well_being = \"Wert\"\n"
        let catalog = try Catalog.load(text: dotted, file: "templates/en/strings.toml", code: "en")
        #expect(catalog.valuationSources == ["outcomes.well_being": "Wert"])
    }
}
