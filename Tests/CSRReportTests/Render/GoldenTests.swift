import Foundation
import Testing
@testable import CSRReport

/// report.md, the three CSVs and the parts of figures.xlsx of hand-built reports, compared byte for byte with
/// Tests/CSRReportTests/Golden. `make golden` (CSR_REPORT_UPDATE_GOLDEN=1) rewrites them.
@Suite struct GoldenTests {
    @Test(arguments: ["report.md", "metrics.csv", "trends.csv", "evidence.csv"])
    func matchesGolden(_ name: String) throws {
        let files = try ReportRenderer(templates: try .builtIn(), locale: .fixed("en")).render(RenderFixtures.report())
        let actual = try #require(files.first { $0.name == name }).bytes
        if let difference = try GoldenFile.difference(actual, at: name) { Issue.record(Comment(rawValue: difference)) }
    }

    /// figures.xlsx part by part (the zip's deflate bytes would make an unreadable golden file;
    /// the worksheets hold one row a line, so a diff shows the row that changed).
    @Test func workbookPartsMatchGolden() throws {
        let files = try ReportRenderer(templates: try .builtIn(), locale: .fixed("en")).render(RenderFixtures.report(
            name: "Fjord & Co. (pilot)", excerpts: RenderFixtures.hostileReport().evidence.excerpts, currentSuppressed: [.participantsCount, .sroiRatio]))
        let book = try WorkbookReader(try #require(files.first { $0.name == "figures.xlsx" }).bytes)
        #expect(book.parts.count == 9)
        for (path, data) in book.parts.sorted(by: { $0.key < $1.key }) {
            if let difference = try GoldenFile.difference(Array(data), at: "figures.xlsx/\(path)") { Issue.record(Comment(rawValue: difference)) }
        }
    }
}
