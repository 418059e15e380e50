import Foundation
import Testing
@testable import CSRReport

/// Which language a company's report is in: its country's (auto), the fallback, or --locale.
@Suite struct LocaleChoiceTests {
    static let templates: TemplateSet = {
        do { return try TemplateSet.load(directory: try TestLanguages.folderWithLocales(["nb", "de", "pl", "uk"])) } catch { fatalError("\(error)") }
    }()

    func code(_ country: String?, _ choice: LocaleChoice = .auto) -> String {
        Self.templates.language(forCountry: country, choice: choice).catalog.code
    }

    @Test func countriesPickTheirLanguage() {
        #expect(code("NO") == "nb")
        for country in ["DE", "AT", "CH", "LI", "LU"] { #expect(code(country) == "de", "\(country)") }
        #expect(code("PL") == "pl")
        #expect(code("UA") == "uk")
    }

    @Test func theCountryIsTrimmedAndReadInAnyCase() {
        #expect(code(" no ") == "nb")
        #expect(code("de\n") == "de")
        #expect(code("Ua") == "uk")
    }

    @Test func anyOtherCountryOrNoneIsEnglish() {
        #expect(code("FR") == "en")
        #expect(code("") == "en")
        #expect(code(nil) == "en")
        #expect(code("NOR") == "en")
        #expect(code("GB") == "en")
    }

    @Test func localeOverridesTheCountry() {
        #expect(code("NO", .fixed("pl")) == "pl")
        #expect(code(nil, .fixed("de")) == "de")
        #expect(code("DE", .fixed("en")) == "en")
        #expect(LocaleChoice(parsing: "AUTO") == .auto)
        #expect(LocaleChoice(parsing: "de") == .fixed("de"))
    }

    @Test func anUnknownLocaleListsTheAvailableOnes() throws {
        let error = try #require(throws: UnknownLocaleError.self) { try Self.templates.check(.fixed("fr")) }
        #expect(error.description == "unknown locale \"fr\" for --locale: available are de, en, nb, pl, uk, or auto (each company's language from its country)")
        try Self.templates.check(.auto)
        try Self.templates.check(.fixed("uk"))
    }

    /// The language reaches every reader-facing output of the report: lang, numbers, periods.
    @Test func aReportIsRenderedInItsCompanysLanguage() throws {
        let renderer = ReportRenderer(templates: Self.templates)
        let report = RenderFixtures.report(country: "DE")
        let files = Dictionary(uniqueKeysWithValues: try renderer.render(report).map { ($0.name, $0.text) })
        let html = try #require(files["index.html"])
        #expect(html.contains("<html lang=\"de\">"))
        #expect(html.contains("Q3 2025") && html.contains("01.07.2025"))
        #expect(html.contains("517,5"))
        #expect(try #require(files["email.html"]).contains("<html lang=\"de\">"))
        #expect(try #require(files["report.md"]).contains("01.07.2025"))
        // The machine files stay locale-neutral.
        let metrics = try #require(files["metrics.csv"])
        #expect(metrics.contains("2025-Q3,2025-07-01,2025-09-30") && metrics.contains("517.5") && !metrics.contains("517,5"))
        #expect(renderer.languageCode(of: report) == "de")
    }

    /// Norwegian's "3. kv. 2025" is longer than "2025-Q3": the bar chart's label column widens.
    @Test func longPeriodNamesDoNotRunIntoTheBars() throws {
        func firstBarX(_ locale: String) throws -> Double {
            let renderer = ReportRenderer(templates: Self.templates, locale: .fixed(locale))
            let html = try #require(try renderer.render(RenderFixtures.report()).first { $0.name == "index.html" }).text
            let rect = try #require(html.range(of: "<rect class=\"bar bar-0\" x=\""))
            return try #require(Double(html[rect.upperBound...].prefix { $0 != "\"" }))
        }
        #expect(try firstBarX("en") == 86)
        let nbName = try #require(TestLanguages.builtIn.languages["nb"]).catalog.facts.periodName(Period.quarter(2025, 2))
        #expect(nbName.count > "2025-Q2".count)
        #expect(try firstBarX("nb") >= SVGChart.textWidth(nbName, fontSize: 12))
    }

    /// The operator's site index is English whatever the clients read.
    @Test func theSiteIndexStaysEnglish() throws {
        let renderer = ReportRenderer(templates: Self.templates, locale: .fixed("de"))
        let index = try renderer.renderSiteIndex([SiteIndexEntry(folder: "a", report: RenderFixtures.report(country: "DE"))],
                                                period: RenderFixtures.period, generatedAt: nil).text
        #expect(index.contains("<html lang=\"en\">"))
        #expect(index.contains("Impact reports") && index.contains("2025-Q3") && index.contains("517.5"))
    }
}
