import Testing
@testable import CSRReport

/// email.html's landmark and its Outlook for Windows layout, in every built-in language.
@Suite struct EmailLayoutTests {
    func email(_ locale: String) throws -> String {
        let renderer = ReportRenderer(templates: TestLanguages.builtIn, locale: .fixed(locale))
        return try #require(try renderer.render(RenderFixtures.report()).first { $0.name == "email.html" }).text
    }

    /// One main landmark holding the whole message, as a role: mail clients strip `<main>`.
    @Test(arguments: TestLanguages.builtIn.languageCodes) func theMessageIsOneMainLandmark(locale: String) throws {
        let html = try email(locale)
        #expect(html.components(separatedBy: "role=\"main\"").count - 1 == 1)
        let main = try #require(html.range(of: "<div role=\"main\">"))
        let close = try #require(html.range(of: "</div>\n</td></tr>", range: main.upperBound ..< html.endIndex))
        let inside = html[main.upperBound ..< close.lowerBound]
        #expect(inside.contains("<h1"), "the heading is inside the landmark")
        #expect(inside.contains("background-color:\(EmailComponents.barColours[0])"), "the figures are inside the landmark")
    }

    /// Outlook for Windows ignores `max-width`; a fixed 700 px table that only it reads holds
    /// the layout, opened before the content table and closed after it, and every other client
    /// sees only comments.
    @Test(arguments: TestLanguages.builtIn.languageCodes) func outlookGetsAFixedWidthTable(locale: String) throws {
        let html = try email(locale)
        let open = "<!--[if mso]><table role=\"presentation\" width=\"700\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td><![endif]-->"
        let close = "<!--[if mso]></td></tr></table><![endif]-->"
        let opening = try #require(html.range(of: open))
        let closing = try #require(html.range(of: close))
        let content = try #require(html.range(of: "max-width:700px"))
        let main = try #require(html.range(of: "role=\"main\""))
        #expect(opening.upperBound <= content.lowerBound && content.upperBound <= main.lowerBound && main.upperBound <= closing.lowerBound)
        #expect(html.components(separatedBy: "<!--[if mso]>").count - 1 == 2)
        // For every other client the conditional parts are comments: removing them leaves
        // balanced tables.
        let seen = html.replacingOccurrences(of: open, with: "").replacingOccurrences(of: close, with: "")
        #expect(seen.components(separatedBy: "<table").count == seen.components(separatedBy: "</table>").count)
        #expect(html.components(separatedBy: "<table").count == html.components(separatedBy: "</table>").count)
        #expect(OutputPolicy.violations(html).isEmpty)
    }
}
