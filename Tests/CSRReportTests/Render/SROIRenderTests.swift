import Foundation
import Testing
@testable import CSRReport

/// The report's SROI section (spec 5): an honest headline for any ratio, the sensitivity as an
/// accessible chart with its table (table cells in the email), the hour value and the valuation
/// named, every source cited; data text escaped.
@Suite struct SROIRenderTests {
    let renderer = ReportRenderer(templates: TestLanguages.builtIn, locale: .fixed("en"))

    func files(_ report: TenantReport) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try renderer.render(report).map { ($0.name, $0.text) })
    }

    @Test func sensitivityIsAnAccessibleChartWithItsTableWidestSwingFirst() throws {
        let html = try #require(try files(RenderFixtures.report())["index.html"])
        let svgStart = try #require(html.range(of: "<svg class=\"chart chart-swing\""))
        let svg = String(html[svgStart.lowerBound...]).components(separatedBy: "</svg>")[0]
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title id=\"sroi-sensitivity-title\">"))
        #expect(svg.contains("<desc id=\"sroi-sensitivity-desc\">"))
        // The fixture's swings shrink in assumption order, so the table keeps that order.
        let table = html.components(separatedBy: "<table class=\"data-table sroi-sensitivity\">")[1].components(separatedBy: "</table>")[0]
        let titles = ValuationAssumption.allCases.map { TestLanguages.english.text(.assumption($0)) }
        let positions = titles.map { table.range(of: "<th scope=\"row\">\($0)</th>")!.lowerBound }
        #expect(positions == positions.sorted())
        #expect(html.contains("<table class=\"data-table sroi-improvers\">"))
    }

    @Test func emailShowsTheSensitivityAsTableCellsWithoutSVG() throws {
        let out = try files(RenderFixtures.report())
        let email = try #require(out["email.html"])
        #expect(!email.contains("<svg"))
        for title in ValuationAssumption.allCases.map({ TestLanguages.english.text(.assumption($0)) }) { #expect(email.contains(">\(title)</td>")) }
        #expect(try #require(out["email.txt"]).contains("Attribution: "))
    }

    @Test func headlineIsHonestBelowOneToOne() throws {
        let below = try #require(try files(RenderFixtures.report(sroiRatio: 0.45))["report.md"])
        #expect(below.contains("is less than the investment"))
        #expect(below.contains("This is below 1 : 1"))
        #expect(!below.contains("is estimated to have created"))
        let above = try #require(try files(RenderFixtures.report())["report.md"])
        #expect(above.contains("is estimated to have created **4.27 EUR**"))
        #expect(!above.contains("below 1 : 1"))
    }

    @Test func reportNamesTheValuationHourValueAndEverySource() throws {
        let md = try #require(try files(RenderFixtures.report())["report.md"])
        #expect(md.contains("the built-in value set of csr-report, in EUR at 2024 prices"))
        #expect(md.contains("A volunteer hour is valued at 53.70 EUR, the hour value the valuation gives for NO"))
        #expect(md.contains("not comparable across organisations"))
        for key in Valuation.builtIn.sources.keys {
            #expect(md.contains("- **\(markdownEscape(ValuationSourceGroup.label(key, TestLanguages.english)))**: "), "\(key)")
        }

        var fromFile = Valuation.builtIn
        fromFile.origin = .file(name: "<b>ours</b>.json", sha256: String(repeating: "ab", count: 32))
        let html = try #require(try files(RenderFixtures.report(valuation: fromFile, country: "UA <i>"))["index.html"])
        #expect(html.contains("&lt;b&gt;ours&lt;/b&gt;.json"))
        #expect(html.contains(String(repeating: "ab", count: 32)))
        #expect(html.contains("valuation has no hour value for the company’s country (UA &lt;i&gt;)") || html.contains("valuation has no hour value for the company's country (UA &lt;i&gt;)"))
        #expect(!html.contains("<i>"))
    }

    @Test func suppressedRatioHidesEveryWorkingWithoutOddWording() throws {
        let out = try files(RenderFixtures.smallReport())
        let md = try #require(out["report.md"])
        #expect(md.contains("The SROI ratio and its workings are not shown this period"))
        #expect(md.contains("**Hour value.** Not shown, with the ratio."))
        #expect(!md.contains("valued at fewer than"))
        #expect(!md.contains("```csr-component\nsroi-sensitivity"))
        #expect(!(try #require(out["index.html"])).contains("chart-swing"))
    }
}
