import Testing
@testable import CSRReport

/// Hostile snapshot text through the whole pipeline: it must reach every output inert, in
/// every built-in language (each has its own templates and catalog).
@Suite struct RenderSafetyTests {
    static let locales = TestLanguages.builtIn.languageCodes

    func files(_ report: TenantReport, _ locale: String) throws -> [String: String] {
        let renderer = ReportRenderer(templates: TestLanguages.builtIn, locale: .fixed(locale))
        return Dictionary(uniqueKeysWithValues: try renderer.render(report).map { ($0.name, $0.text) })
    }

    @Test(arguments: Self.locales) func hostileTextIsInertInHTML(locale: String) throws {
        let out = try files(RenderFixtures.hostileReport(), locale)
        for name in ["index.html", "email.html"] {
            let html = out[name]!.lowercased()
            // Only tags can act; data text is escaped, so it can never contain a `<`.
            let tags = Self.tags(html)
            #expect(!tags.contains("<script"), "\(name)")
            #expect(!tags.contains("<img"), "\(name)")
            #expect(!tags.contains("onerror"), "\(name)")
            #expect(!tags.contains("javascript:"), "\(name)")
            #expect(!tags.contains("http:") && !tags.contains("https:"), "\(name)")
            #expect(!tags.contains("data:"), "\(name)")
            // In text, the hostile strings are there, escaped.
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(name)")
            #expect(!html.contains("<h1>heading") && !html.contains("<h1 id"), "\(name)")
            #expect(!html.contains("<strong>bold</strong>") && !html.contains("<strong>evil</strong>"), "\(name)")
            #expect(!html.contains("<!-- comment"), "\(name)")
            #expect(OutputPolicy.violations(out[name]!).isEmpty, "\(name): \(OutputPolicy.violations(out[name]!))")
        }
    }

    /// Every `<...>` of a page, joined: the only places where HTML can do anything.
    static func tags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true }
            if inTag { out.append(c) }
            if c == ">" { inTag = false; out.append(" ") }
        }
        return out
    }

    @Test(arguments: Self.locales) func hostileTextAppearsEscapedInHTMLText(locale: String) throws {
        let html = try files(RenderFixtures.hostileReport(), locale)["index.html"]!
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("**bold**"))
        #expect(html.contains("&amp;amp; entity"))
        #expect(html.contains("line one # injected heading"))
        // Exactly one h1 (the cover) and no heading made from data.
        #expect(html.components(separatedBy: "<h1>").count == 2)
        #expect(!html.contains("<h1>injected") && !html.contains("<h1>heading"))
    }

    @Test(arguments: Self.locales) func hostileCompanyNameStaysOneEscapedLineInMarkdown(locale: String) throws {
        let md = try files(RenderFixtures.hostileReport(), locale)["report.md"]!
        let firstLine = md.split(separator: "\n").first!
        #expect(firstLine == ##"# \<script\>alert\(1\)\<\/script\> \*\*Evil\*\* \[x\]\(javascript\:alert\(1\)\) \=cmd\|\' \/C calc\'\!A0 \# heading"##)
        #expect(!md.contains("\n# heading"))
        #expect(!md.contains("<script>"))
        // No data-made component: the only csr-component blocks are the template's.
        #expect(md.components(separatedBy: "```csr-component").count - 1 == 3 + 2 + 5)
    }

    @Test(arguments: Self.locales) func hostileValuesAreFormulaGuardedInCSV(locale: String) throws {
        let out = try files(RenderFixtures.hostileReport(), locale)
        let metrics = out["metrics.csv"]!
        #expect(metrics.contains(#""<script>alert(1)</script> **Evil** [x](javascript:alert(1)) =cmd|' /C calc'!A0"#))
        let evidence = out["evidence.csv"]!
        #expect(evidence.contains(#"'=HYPERLINK(""http://evil"")"#))
        #expect(evidence.contains("'-1+2"))
        #expect(evidence.contains("'@SUM(A1)"))
        #expect(evidence.contains("\"line one\n# injected heading\""))
    }

    @Test(arguments: Self.locales) func findingsNeverShowExampleIDs(locale: String) throws {
        for (_, text) in try files(RenderFixtures.hostileReport(), locale) {
            #expect(!text.contains("secret-id-should-not-appear"))
        }
        for (_, text) in try files(RenderFixtures.report(), locale) {
            #expect(!text.contains("a1b2c3d4-0000"))
        }
    }

    @Test func everyHostileStringIsInertThroughCmark() throws {
        // Each string alone, in the places a template can put a value.
        for hostile in RenderFixtures.hostileStrings {
            let escaped = markdownEscape(hostile)
            for template in ["X", "# X", "- X", "> X", "*X*", "**X**", "`X`", "[X](#a)", "1. X", "X\n===", "```\nX\n```"] {
                let markdown = template.replacingOccurrences(of: "X", with: escaped)
                let html = try CommonMarkRenderer.html(markdown, file: "test", allowed: []) { _ in "" }
                #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("href=\"javascript") && !html.contains("<!--") && !html.contains("<h1>heading"),
                        "\(hostile) in \(template): \(html)")
                #expect(html.components(separatedBy: "<p>").count <= 2 && !html.contains("<li><h"), "\(hostile) in \(template) made structure: \(html)")
            }
        }
    }

    @Test func valueCannotCloseATemplateCodeSpan() throws {
        let html = try CommonMarkRenderer.html("`" + markdownEscape("a` <b>x</b> `b") + "`", file: "t", allowed: []) { _ in "" }
        #expect(html.components(separatedBy: "<code>").count == 2)
        #expect(!html.contains("<b>"))
    }

    /// Figure text passed through unescaped must render exactly like its fully escaped form.
    @Test func inertFigureTextRendersLikeEscapedText() throws {
        let samples = ["4.27 : 1", "▲ up 12 (+8.1%) vs 2025-Q2", "▼ down 0.004 (-0.9%) vs 2024-Q3", "2025-09-30", "-0.125", "12", "0.583 (CEFR B1)", "63.4 (High impact)", "Ørsted (DK)", "2025-Q3"]
        for sample in samples {
            #expect(isInertFigureText(sample), "\(sample)")
            let full = sample.unicodeScalars.map { $0.isASCII && isASCIIPunctuation(UInt8($0.value)) ? "\\\($0)" : "\($0)" }.joined()
            for template in ["X", "- X", "X apples", "# X", "*X*", "X\n---", "X\n===", "> X"] {
                let a = try CommonMarkRenderer.html(template.replacingOccurrences(of: "X", with: sample), file: "t", allowed: []) { _ in "" }
                let b = try CommonMarkRenderer.html(template.replacingOccurrences(of: "X", with: full), file: "t", allowed: []) { _ in "" }
                #expect(a == b, "\(sample) in \(template)")
            }
        }
        // Figure text in the other languages' formats: left as is only where that is safe too.
        let localised = ["1\u{A0}234,5", "1.234,5", "+8,1\u{A0}%", "\u{2212}12,5", "▼ \u{2212}0,012", "01.07.2025", "Q3 2025", "III kw. 2025",
                         "3. kvartal 2025", "19,90 : 1", "fewer than 5", "0,583 (CEFR B1)"]
        for sample in localised where isInertFigureText(sample) {
            let full = sample.unicodeScalars.map { $0.isASCII && isASCIIPunctuation(UInt8($0.value)) ? "\\\($0)" : "\($0)" }.joined()
            for template in ["X", "- X", "X apples", "# X", "*X*", "X\n---", "X\n===", "> X"] {
                let a = try CommonMarkRenderer.html(template.replacingOccurrences(of: "X", with: sample), file: "t", allowed: []) { _ in "" }
                let b = try CommonMarkRenderer.html(template.replacingOccurrences(of: "X", with: full), file: "t", allowed: []) { _ in "" }
                #expect(a == b, "\(sample) in \(template)")
            }
        }
        #expect(!isInertFigureText("3. kvartal 2025"))
        for risky in ["1. x", "12) y", "- 3", "+ 4", "*5*", "# 6", "a_b", "<7>", "&amp;", "x  y", "1.", "[8]"] {
            #expect(!isInertFigureText(risky), "\(risky)")
        }
    }

    /// An account manager edits strings.toml: its texts are text, never markup, in every output.
    @Test func catalogTextIsInertToo() throws {
        var strings = TestLanguages.englishStrings
        for (old, new) in [("participants_count = \"Participants\"", "participants_count = \"<img src=x onerror=alert(1)> **Bold**\""),
                           ("versus = \"{change} vs {period}\"", "versus = \"{change} <script>alert(1)</script> [x](javascript:alert(1)) {period}\""),
                           ("no_data = \"no data\"", "no_data = \"\\n# heading <b>x</b>\""),
                           ("report_title = \"{company} · Impact report {period}\"", "report_title = \"</title><script>alert(1)</script>\"")] {
            #expect(strings.contains(old), "\(old)")
            strings = strings.replacingOccurrences(of: old, with: new)
        }
        let templates = try TemplateSet.load(directory: try TestLanguages.folder(["en/strings.toml": strings]))
        let renderer = ReportRenderer(templates: templates, locale: .fixed("en"))
        for report in [RenderFixtures.report(), RenderFixtures.smallReport()] {
            let out = Dictionary(uniqueKeysWithValues: try renderer.render(report).map { ($0.name, $0.text) })
            for name in ["index.html", "email.html"] {
                let html = try #require(out[name])
                let tags = Self.tags(html.lowercased())
                #expect(!tags.contains("<script") && !tags.contains("<img") && !tags.contains("<b>") && !tags.contains("javascript:"), "\(name)")
                #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "\(name)")
                #expect(OutputPolicy.violations(html).isEmpty, "\(name)")
            }
            let md = try #require(out["report.md"])
            #expect(!md.contains("\n# heading") && !md.contains("<script>"))
        }
    }

    @Test(arguments: Self.locales) func dataCannotForgeAComponent(locale: String) throws {
        let name = "```csr-component\nmetrics-table\n```"
        let report = RenderFixtures.report(name: name)
        let html = try files(report, locale)["index.html"]!
        // The metrics table appears once: the template's own block.
        let catalog = TestLanguages.builtIn.languages[locale]!.catalog
        let caption = htmlEscape(catalog.text(.metricsTableCaption, ["period": catalog.facts.periodName(report.period)]))
        #expect(html.components(separatedBy: "<caption>\(caption)</caption>").count - 1 == 1)
        #expect(markdownEscape("metrics-table") == #"metrics\-table"#)
    }
}
