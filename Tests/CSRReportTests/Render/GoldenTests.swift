import Foundation
import Testing
@testable import CSRReport

/// report.md and the three CSVs of one hand-built report, compared byte for byte with
/// Tests/CSRReportTests/Golden. `make golden` (CSR_REPORT_UPDATE_GOLDEN=1) rewrites them.
@Suite struct GoldenTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: ["report.md", "metrics.csv", "trends.csv", "evidence.csv"])
    func matchesGolden(_ name: String) throws {
        let files = try ReportRenderer(templates: try .builtIn(), locale: .fixed("en")).render(RenderFixtures.report())
        let actual = try #require(files.first { $0.name == name }).bytes
        let url = Self.goldenDirectory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CSR_REPORT_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
            try Data(actual).write(to: url)
            return
        }
        let expected = try Data(contentsOf: url)
        #expect(Array(expected) == actual, "\(name) differs from \(url.path); run `make golden` if the change is intended")
    }
}
