import Foundation
import Testing
@testable import CSRReport

/// report.md and the three CSVs of one hand-built report, compared byte for byte with
/// Tests/CSRReportTests/Golden. `make golden` (CSR_REPORT_UPDATE_GOLDEN=1) rewrites them.
@Suite struct GoldenTests {
    @Test(arguments: ["report.md", "metrics.csv", "trends.csv", "evidence.csv"])
    func matchesGolden(_ name: String) throws {
        let files = try ReportRenderer(templates: try .builtIn(), locale: .fixed("en")).render(RenderFixtures.report())
        let actual = try #require(files.first { $0.name == name }).bytes
        if let difference = try GoldenFile.difference(actual, at: name) { Issue.record(Comment(rawValue: difference)) }
    }
}
