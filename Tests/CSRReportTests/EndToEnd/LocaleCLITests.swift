import Foundation
import Testing
@testable import CSRReport

/// `--locale` through the real binary, with test languages from a --templates folder (English
/// words, each language's own number, date and period facts) so it runs before translations.
@Suite struct LocaleCLITests {
    static let templates: Result<String, Error> = Result { try TestLanguages.folderWithLocales(["nb", "de", "pl", "uk"]) }

    func lang(_ html: String) -> String? {
        guard let start = html.range(of: "<html lang=\"") else { return nil }
        return String(html[start.upperBound...].prefix { $0 != "\"" })
    }

    /// The demo's six companies: each tenant's pages in its country's language.
    @Test func autoPicksEachCompanysLanguage() throws {
        let out = TestPaths.fresh("locale-auto")
        let result = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", out, "--templates", try Self.templates.get(), "--period", "2025-Q3"])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Snapshot.open(try TestPaths.demo()).load()
        let folders = TenantFolderName.assign(data.companies)
        var seen: Set<String> = []
        for company in data.companies {
            guard let folder = folders[company.id], FileManager.default.fileExists(atPath: "\(out)/\(folder)/index.html") else { continue }
            let expected = switch (company.country ?? "").trimmingCharacters(in: .whitespaces).uppercased() {
            case "NO": "nb"
            case "DE", "AT", "CH", "LI", "LU": "de"
            case "PL": "pl"
            case "UA": "uk"
            default: "en"
            }
            for file in ["index.html", "email.html"] {
                #expect(lang(try String(contentsOfFile: "\(out)/\(folder)/\(file)", encoding: .utf8)) == expected, "\(folder)/\(file)")
            }
            seen.insert(expected)
        }
        #expect(seen.count >= 3, "the demo should cover several languages: \(seen)")
        // The operator's index stays English.
        #expect(lang(try String(contentsOfFile: "\(out)/index.html", encoding: .utf8)) == "en")
    }

    @Test func localeSetsOneLanguageForAll() throws {
        let out = TestPaths.fresh("locale-pl")
        let result = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", out, "--templates", try Self.templates.get(), "--locale", "pl", "--period", "2025-Q3"])
        #expect(result.status == 0, "\(result.stderr)")
        // Polish as built in once translated, else the test language with Polish facts.
        let polish = try TestLanguages.builtIn.languages["pl"]?.catalog ?? TestLanguages.catalog("pl")
        let quarter = htmlEscape(polish.facts.periodName(.quarter(2025, 3)))
        #expect(polish.facts.date(CivilDate(year: 2025, month: 7, day: 1)) == "01.07.2025")
        let pages = try filesUnder(out).filter { $0.key.hasSuffix("/index.html") || $0.key.hasSuffix("/email.html") }
        #expect(!pages.isEmpty)
        for (path, data) in pages where path.contains("/") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(lang(html) == "pl", "\(path)")
            #expect(html.contains(quarter), "\(path)")
        }
        let markdown = try filesUnder(out).filter { $0.key.hasSuffix("/report.md") }
        #expect(!markdown.isEmpty)
        for (path, data) in markdown { #expect(String(decoding: data, as: UTF8.self).contains("01.07.2025"), "\(path)") }
        #expect(result.stderr.contains("review sheets"))   // the operator's summary stays English
    }

    @Test func anUnknownLocaleIsAUsageErrorListingTheLanguages() throws {
        let out = TestPaths.fresh("locale-bad")
        let result = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", out, "--locale", "xx"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown locale \"xx\" for --locale: available are ") && result.stderr.contains("en"))
        #expect(!FileManager.default.fileExists(atPath: out + "/index.html"))
    }
}
