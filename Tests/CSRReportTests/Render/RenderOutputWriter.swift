import Foundation
import Testing
@testable import CSRReport

/// Writes the fixtures' bundles and a site index to `CSR_RENDER_DEMO_OUT` when it is set, so
/// a person (or scripts/screenshots) can look at them; does nothing otherwise.
@Suite struct RenderOutputWriter {
    @Test func writeDemoSiteWhenAsked() throws {
        guard let out = ProcessInfo.processInfo.environment["CSR_RENDER_DEMO_OUT"] else { return }
        let renderer = ReportRenderer(templates: try .builtIn())
        let reports = [("nordlys-energi-as-6f1c2b9e", RenderFixtures.report()), ("fjord-co-pilot-00000000", RenderFixtures.smallReport()),
                       ("hostile-6f1c2b9e", RenderFixtures.hostileReport()), ("large-6f1c2b9e", RenderFixtures.largeReport())]
        for (folder, report) in reports {
            let dir = (out as NSString).appendingPathComponent(folder)
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            for file in try renderer.render(report) {
                try Data(file.bytes).write(to: URL(fileURLWithPath: (dir as NSString).appendingPathComponent(file.name)))
            }
        }
        let index = try renderer.renderSiteIndex(reports.map { SiteIndexEntry(folder: $0.0, report: $0.1) }, period: RenderFixtures.period, generatedAt: Timestamp(parsing: "2025-10-02T06:00:00Z"))
        try Data(index.bytes).write(to: URL(fileURLWithPath: (out as NSString).appendingPathComponent("index.html")))
    }
}
