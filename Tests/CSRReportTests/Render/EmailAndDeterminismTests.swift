import Foundation
import Testing
@testable import CSRReport

@Suite struct EmailAndDeterminismTests {
    let renderer = ReportRenderer(templates: TestLanguages.builtIn, locale: .fixed("en"))

    func file(_ name: String, _ report: TenantReport) throws -> String {
        try #require(try renderer.render(report).first { $0.name == name }).text
    }

    /// In every built-in language: a translation must not push the email over the size limit.
    @Test(arguments: TestLanguages.builtIn.languageCodes) func emailIsSmallAndEmailSafe(locale: String) throws {
        let renderer = ReportRenderer(templates: TestLanguages.builtIn, locale: .fixed(locale))
        for report in [RenderFixtures.largeReport(), RenderFixtures.hostileReport(), RenderFixtures.report()] {
            let html = try #require(try renderer.render(report).first { $0.name == "email.html" }).text
            #expect(html.utf8.count < EmailRenderer.maximumBytes, "\(html.utf8.count) bytes")
            let lower = html.lowercased()
            #expect(!lower.contains("<style") && !lower.contains("<svg") && !lower.contains("<img") && !lower.contains("data:"))
            #expect(lower.contains("width=\"700\"") && lower.contains("max-width:700px"))
            if locale == "en" { #expect(lower.contains("attached as a zip")) }
        }
    }

    @Test func emailTextIsWrappedAndHasTheSameFigures() throws {
        let report = RenderFixtures.report()
        let text = try file("email.txt", report)
        for line in text.split(separator: "\n") { #expect(line.count <= 72, "\(line)") }
        #expect(text.contains("Participants: 148"))
        #expect(text.contains("▲ up 12 (+8.8%) vs 2025-Q2"))
        #expect(text.contains("SROI ratio: 4.27 : 1"))
        let html = try file("email.html", report)
        #expect(html.contains("▲ up 12 (+8.8%) vs 2025-Q2"))
    }

    @Test func suppressedFiguresReadFewerThanK() throws {
        let html = try file("index.html", RenderFixtures.smallReport())
        #expect(html.contains("fewer than 5"))
        #expect(html.contains("class=\"gap-note\""))   // drawn as a gap, not a zero
        #expect(!html.contains(">0 : 1<"))
        let k7 = RenderFixtures.report(currentSuppressed: [.sessionsCount, .participantsCount, .volunteerHours], k: 7)
        let text = try file("email.txt", k7)
        #expect(text.contains("Participants: fewer than 7"))
        #expect(text.contains("Sessions: not shown (fewer than 7 people)"))
        #expect(text.contains("Volunteer hours: not shown (fewer than 7 people)"))
    }

    /// "fewer than 5" only where the figure counts people; a ratio, hours or an average held
    /// back say why they are not shown, in the cards, the tables, the email and its text.
    @Test func heldBackFiguresReadByWhatTheyCount() throws {
        let report = RenderFixtures.smallReport()
        let index = try file("index.html", report)
        #expect(index.contains("<div class=\"kpi-label\">Participants</div><div class=\"kpi-value\">fewer than 5</div>"))
        #expect(index.contains("<div class=\"kpi-label\">SROI ratio</div><div class=\"kpi-value\">not shown (fewer than 5 people)</div>"))
        #expect(index.contains("<div class=\"kpi-label\">Volunteer Impact Score</div><div class=\"kpi-value\">not shown (fewer than 5 people)</div>"))
        #expect(index.contains("<th scope=\"row\">Average integration score</th><td class=\"num muted\">not shown (fewer than 5 people)</td>"))
        #expect(index.contains("<th scope=\"row\">Volunteers</th><td class=\"num muted\">fewer than 5</td>"))
        // Hidden trend rows: the participants column is a head count, the mean is not.
        #expect(index.contains("<td class=\"num muted\">fewer than 5</td><td class=\"num muted\">not shown (fewer than 5 people)</td>"))
        #expect(!index.contains("SROI ratio: fewer than") && !index.contains(">fewer than 5 : 1<"))
        let html = try file("email.html", report)
        #expect(html.contains("not shown (fewer than 5 people)"))
        let text = try file("email.txt", report)
        #expect(text.contains("Participants: fewer than 5"))
        #expect(text.contains("SROI ratio: not shown (fewer than 5 people)"))
        #expect(!text.contains("SROI ratio: fewer than"))
    }

    @Test func indexHTMLIsSelfContained() throws {
        let html = try file("index.html", RenderFixtures.report())
        #expect(html.contains("<meta name=\"color-scheme\" content=\"light dark\">"))
        #expect(html.contains("default-src 'none'; style-src 'unsafe-inline'; img-src 'none'"))
        #expect(html.contains("prefers-color-scheme: dark") && html.contains("@media print"))
        #expect(html.contains("role=\"img\" aria-labelledby="))
        #expect(!html.lowercased().contains("http:") && !html.lowercased().contains("https:"))
        #expect(OutputPolicy.violations(html).isEmpty)
    }

    @Test func renderingIsDeterministicAndThreadSafe() async throws {
        let reports = [RenderFixtures.report(), RenderFixtures.smallReport(), RenderFixtures.hostileReport(), RenderFixtures.largeReport()]
        let first = try reports.map { try renderer.render($0) }
        let shared = self.renderer
        let concurrent = try await withThrowingTaskGroup(of: (Int, [RenderedFile]).self) { group in
            for _ in 0..<3 {
                for (i, report) in reports.enumerated() {
                    group.addTask { (i, try shared.render(report)) }
                }
            }
            var results: [(Int, [RenderedFile])] = []
            for try await result in group { results.append(result) }
            return results
        }
        for (i, files) in concurrent { #expect(files == first[i]) }
    }

    @Test func siteIndexLinksEachTenant() throws {
        let index = try renderer.renderSiteIndex([SiteIndexEntry(folder: "b-1", report: RenderFixtures.report()), SiteIndexEntry(folder: "a-2", report: RenderFixtures.hostileReport())],
                                                period: RenderFixtures.period, generatedAt: nil).text
        #expect(index.contains("href=\"b-1/index.html\"") && index.contains("href=\"a-2/index.html\""))
        #expect(OutputPolicy.violations(index).isEmpty)
        #expect(!index.contains("<script"))
    }
}
