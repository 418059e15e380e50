import Foundation
import Testing
@testable import CSRReport

/// The print footer is the only database text inside a stylesheet: it must stay one CSS string.
@Suite struct CSSEscapingTests {
    static let hostileNames = RenderFixtures.hostileStrings + [
        "</style><script>alert(1)</script>", "O'Neil \"AS\"", "back\\slash", "line\nbreak\r\n", "}; @import url(x); a{",
        "\\\"; } body { display: none } /*", "Sjøvik Rådgivning AS · «Київ»", "emoji 🚀 \u{202E}rtl", "nul\u{0}byte",
    ]

    @Test(arguments: hostileNames) func aHostileNameStaysOneStringThatReadsBackTheSame(name: String) {
        let css = cssString(name)
        #expect(css.first == "\"" && css.last == "\"")
        let inner = css.dropFirst().dropLast()
        // Nothing that could end the string, the rule or the <style> element survives.
        #expect(inner.unicodeScalars.allSatisfy { $0.properties.isASCIIHexDigit || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "\\" })
        #expect(!css.lowercased().contains("</style"))
        #expect(Self.decodeCSSString(String(inner)) == Self.cleaned(name))
    }

    @Test func theRenderedPageHasTheFooterRuleAndOneStyleElement() throws {
        let renderer = ReportRenderer(templates: TestLanguages.builtIn, locale: .fixed("en"))
        let report = RenderFixtures.hostileReport()
        let html = try #require(try renderer.render(report).first { $0.name == "index.html" }).text
        #expect(html.components(separatedBy: "<style>").count == 2)
        #expect(html.components(separatedBy: "</style>").count == 2)
        let expected = HTMLDocument.printFooterRule("\(report.company.displayName) · Q3 2025")
        #expect(html.contains(expected))
        #expect(html.contains("@bottom-right"))
    }

    /// CSS Syntax 4.3.7: a backslash and up to six hex digits (one white space after fewer).
    static func decodeCSSString(_ text: String) -> String {
        var result = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first {
            scalars = scalars.dropFirst()
            guard first == "\\" else { result.unicodeScalars.append(first); continue }
            let hex = scalars.prefix(6).prefix { $0.properties.isASCIIHexDigit }
            scalars = scalars.dropFirst(hex.count)
            if hex.count < 6, scalars.first == " " { scalars = scalars.dropFirst() }
            if let value = UInt32(String(String.UnicodeScalarView(hex)), radix: 16), let scalar = Unicode.Scalar(value) {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func cleaned(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}
