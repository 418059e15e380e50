import Foundation
import Testing

/// Issue 12: axe-core finds no violation on any page of the demo site: the site index and every
/// tenant's index.html and email.html, each in its company's language, in the light and the dark
/// colour scheme and at a phone's width. `scripts/axe` does the checking (headless Chromium,
/// axe-core from a pinned wheel); `make test` installs chromium and python3-venv through
/// `scripts/bootstrap --tests`, so a missing tool fails here with the script's message rather
/// than skipping the check.
@Suite struct AccessibilityTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/axe").path

    @Test func axeFindsNoViolationOnAnyPageOfTheDemoSite() throws {
        let site = try TestPaths.autoSite()
        let folders = try FileManager.default.contentsOfDirectory(atPath: site)
            .filter { FileManager.default.fileExists(atPath: "\(site)/\($0)/index.html") }
        try #require(folders.count >= 5, "the demo site has its tenants")
        let pages = 1 + folders.filter { FileManager.default.fileExists(atPath: "\(site)/\($0)/email.html") }.count + folders.count

        // A hang (a browser that never answers) fails after ten minutes instead of holding the suite.
        let result = try CLI.run(program: Self.script, [site], timeout: 600)
        let report = result.stdout + result.stderr
        #expect(result.status == 0, "scripts/axe exited \(result.status):\n\(report)")
        // Checked every page in three views, so a pass cannot come from finding no page.
        #expect(report.contains(": \(pages) pages x 3 views (light, dark, phone), 0 violations in "), "\(report)")
    }
}
