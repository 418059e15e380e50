import Foundation
import Testing
@testable import CSRReport

/// One demo tenant in each built-in language, from the shared build of the demo snapshot by the
/// real binary with `--locale auto` (its six companies are Norwegian, German, Polish, Ukrainian
/// and British):
/// every file a client receives compared byte for byte with Tests/CSRReportTests/Golden/<locale>/.
/// `make golden` (CSR_REPORT_UPDATE_GOLDEN=1) rewrites them; review the diff, which shows every
/// word and number a reader of that language sees change.
@Suite struct LanguageGoldenTests {
    static let files = ["index.html", "email.html", "email.txt", "report.md", "metrics.csv", "trends.csv", "evidence.csv"]

    /// The first tenant folder (by name) whose report is in `locale`.
    static func tenant(in site: String, locale: String) throws -> String? {
        let folders = try FileManager.default.contentsOfDirectory(atPath: site).sorted()
        return folders.first { folder in
            guard let html = try? String(contentsOfFile: "\(site)/\(folder)/index.html", encoding: .utf8) else { return false }
            return html.contains("<html lang=\"\(locale)\"")
        }
    }

    /// The languages the demo snapshot has a company for (a language added later has no demo
    /// tenant until the demo generator gets a company of its country).
    @Test(arguments: ["en", "nb", "de", "pl", "uk"])
    func aTenantInEachLanguageMatchesItsGoldenFiles(locale: String) throws {
        let site = try TestPaths.autoSite()
        let folder = try #require(try Self.tenant(in: site, locale: locale), "no demo tenant's report is in \(locale)")
        for name in Self.files {
            let bytes = try #require(FileManager.default.contents(atPath: "\(site)/\(folder)/\(name)"), "\(folder)/\(name) was not written")
            if let difference = try GoldenFile.difference(Array(bytes), at: "\(locale)/\(name)") {
                Issue.record(Comment(rawValue: "\(folder): \(difference)"))
            }
        }
    }
}
