import Foundation
import Testing
@testable import CSRReport

/// WCAG 1.4.11: a bar is a graphical object that carries the figure, so it needs 3:1 against
/// what it is drawn on. The colours are read from where they live (the stylesheet, the SVG
/// fallback, the email's cells), so changing one below 3:1 fails here.
@Suite struct BarContrastTests {
    /// WCAG 2 relative luminance of `#rrggbb`.
    static func luminance(_ hex: String) throws -> Double {
        let digits = hex.dropFirst()
        try #require(hex.hasPrefix("#") && digits.count == 6, "not a #rrggbb colour: \(hex)")
        let value = try #require(UInt32(digits, radix: 16), "not a #rrggbb colour: \(hex)")
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { c -> Double in
            let s = Double(c) / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func contrast(_ a: String, _ b: String) throws -> Double {
        let (la, lb) = (try luminance(a), try luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// The custom properties of each `:root { ... }` block of the stylesheet, in order.
    static func rootBlocks(_ css: String) -> [[String: String]] {
        let uncommented = css.replacingOccurrences(of: #"/\*[\s\S]*?\*/"#, with: "", options: .regularExpression)
        return uncommented.components(separatedBy: ":root {").dropFirst().map { chunk in
            let body = chunk.prefix(while: { $0 != "}" })
            var properties: [String: String] = [:]
            for declaration in body.split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                if parts.count == 2, parts[0].hasPrefix("--") { properties[parts[0]] = parts[1] }
            }
            return properties
        }
    }

    @Test func contrastFormulaMatchesWCAGReferenceValues() throws {
        #expect(abs(try Self.contrast("#000000", "#ffffff") - 21) < 0.001)
        #expect(abs(try Self.contrast("#767676", "#ffffff") - 4.54) < 0.01)   // the well-known 4.5:1 grey
        #expect(try Self.contrast("#b9c9d6", "#ffffff") < 3)                   // the old third bar, which failed
    }

    @Test func everyStylesheetBarHasThreeToOneAgainstItsPaperInLightDarkAndPrint() throws {
        let blocks = Self.rootBlocks(TestLanguages.builtIn.css).filter { $0["--chart-1"] != nil }
        #expect(blocks.count == 3, "light, dark and print each set the chart colours")
        for block in blocks {
            let paper = try #require(block["--paper"], "a block setting --chart-N sets --paper too")
            for bar in ["--chart-1", "--chart-2", "--chart-3"] {
                let colour = try #require(block[bar], "\(bar) missing beside --paper \(paper)")
                let ratio = try Self.contrast(colour, paper)
                #expect(ratio >= 3, "\(bar) \(colour) on \(paper): \(ratio):1")
            }
        }
    }

    @Test func svgFallbackBarsHaveThreeToOneOnWhite() throws {
        #expect(SVGChart.barFallback.count == 3)
        for colour in SVGChart.barFallback {
            #expect(try Self.contrast(colour, "#ffffff") >= 3, "\(colour)")
        }
    }

    @Test func emailBarsHaveThreeToOneAgainstTheContentCell() throws {
        let renderer = ReportRenderer(templates: TestLanguages.builtIn, locale: .fixed("en"))
        let html = try #require(try renderer.render(RenderFixtures.report()).first { $0.name == "email.html" }).text
        // The cell the bars sit in: the 700 px content table's background.
        let marker = "\" style=\"width:100%;max-width:700px;"
        let before = try #require(html.range(of: marker)).lowerBound
        let paper = String(html[html.index(before, offsetBy: -7) ..< before])
        #expect(paper.hasPrefix("#"))
        #expect(EmailComponents.barColours.count == 3)
        for colour in EmailComponents.barColours {
            #expect(try Self.contrast(colour, paper) >= 3, "\(colour) on \(paper)")
            #expect(html.contains("background-color:\(colour)"), "the email draws \(colour)")
        }
    }
}
