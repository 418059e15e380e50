import Testing
@testable import CSRReport

/// Labels and period names as the rendered report puts them into sentences, headings and
/// tables (docs/rendering.md, "Names inside sentences" and "Period names in prose").
@Suite struct InSentenceRenderTests {
    func files(_ locale: String, _ report: TenantReport = RenderFixtures.report()) throws -> [String: String] {
        let renderer = ReportRenderer(templates: TestLanguages.builtIn, locale: .fixed(locale))
        return Dictionary(uniqueKeysWithValues: try renderer.render(report).map { ($0.name, $0.text) })
    }

    @Test func dimensionNamesInARunningListAreLowerCase() throws {
        let md = try #require(try files("en")["report.md"])
        // Values are Markdown-escaped, so the comma of the list arrives as "\\,".
        #expect(md.contains("**Counted but not valued:** confidence\\, belonging and job readiness."))
        // Built from each catalog's own names, so that a reviewer's renaming does not break it.
        func sroi(_ code: String) throws -> (catalog: Catalog, values: [String: Any]) {
            let catalog = try #require(TestLanguages.builtIn.languages[code]).catalog
            let context = ReportContext.report(RenderFixtures.report(), text: FigureText(k: 5, catalog: catalog))
            return (catalog, try #require(context["sroi"] as? [String: Any]))
        }
        let notValued: [OutcomeDimension] = [.confidence, .belonging, .jobReadiness]
        let nb = try sroi("nb")
        let nbLabels = notValued.map { nb.catalog.text(.dimension($0)) }
        let nbLower = nbLabels.map { $0.prefix(1).lowercased() + $0.dropFirst() }
        #expect(nb.values["notValuedList"] as? String == nb.catalog.list(nbLower))
        let items = try #require(nb.values["notValued"] as? [[String: Any]])
        #expect(items.first?["title"] as? String == nbLabels[0] && items.first?["titleInSentence"] as? String == nbLower[0])
        #expect(nbLabels[0] != nbLower[0])
        let de = try sroi("de")
        #expect(de.values["notValuedList"] as? String == de.catalog.list(notValued.map { de.catalog.text(.dimension($0)) }))
    }

    @Test func sensitivityDescriptionOpensWithALabelAndContinuesInLowerCase() throws {
        let html = try #require(try files("en")["index.html"])
        let desc = try #require(html.range(of: "<desc[^>]*>[^<]*at the central assumptions[^<]*</desc>", options: .regularExpression).map { String(html[$0]) })
        #expect(desc.contains("at the central assumptions. Deadweight: "))
        #expect(desc.contains("; attribution: ") && desc.contains("; the discount rate: ") == false && desc.contains("; discount rate: "))
        #expect(!desc.contains("; Attribution"))
        // Table row headers keep the label form.
        #expect(html.contains("<th scope=\"row\">Attribution</th>"))
    }

    @Test func periodsReadInFullInProseAndShortInTables() throws {
        let en = try files("en")
        #expect(try #require(en["report.md"]).contains("**Social impact report · Q3 2025**"))
        let index = try #require(en["index.html"])
        #expect(index.contains("<title>Nordlys Energi AS · Impact report Q3 2025</title>"))
        #expect(index.contains("<th scope=\"col\" class=\"num\">2025-Q3</th>"))
        let uk = try files("uk")
        #expect(try #require(uk["email.html"]).contains("<title>") && uk["email.html"]?.contains("III квартал 2025 року") == true)
        let ukIndex = try #require(uk["index.html"])
        #expect(ukIndex.contains("<th scope=\"col\" class=\"num\">III кв. 2025</th>"))
        let ukTitle = try #require(ukIndex.range(of: "<title>[^<]*</title>", options: .regularExpression).map { String(ukIndex[$0]) })
        #expect(ukTitle.contains("III квартал 2025 року") && !ukTitle.contains("кв."))
        #expect(!ukIndex.contains("р.."))   // prose forms never end in an abbreviation point
        let de = try files("de")
        let deIndex = try #require(de["index.html"])
        #expect(deIndex.contains("3.\u{A0}Quartal 2025") && deIndex.contains("2.\u{A0}Quartal 2025"))
        #expect(deIndex.contains("<th scope=\"col\" class=\"num\">Q3 2025</th>"))
    }

    @Test func heldBackFiguresReadByKindInEveryLanguage() throws {
        let report = RenderFixtures.smallReport()
        let others: [String: String] = [
            "de": "nicht ausgewiesen (weniger als 5 Personen)",
            "nb": "vises ikke (færre enn\u{A0}5 personer)",
            "pl": "nie pokazano (mniej niż 5 osób)",
            "uk": "не наводиться (менше ніж 5 осіб)",
        ]
        for (code, other) in others {
            // The head-count wording is the reviewers' value.suppressed, whatever it reads.
            let head = FigureText(k: 5, catalog: try #require(TestLanguages.builtIn.languages[code]).catalog).suppressed(.headCount)
            let words = (head: head, other: other)
            let out = try files(code, report)
            let index = try #require(out["index.html"])
            #expect(index.contains("<div class=\"kpi-value\">\(htmlEscape(words.head))</div>"), "\(code)")
            #expect(index.contains("<div class=\"kpi-value\">\(htmlEscape(words.other))</div>"), "\(code)")
            #expect(try #require(out["email.txt"]).contains(words.other), "\(code)")
        }
    }

    @Test func aLongGapNoteIsSetOnTwoLines() {
        #expect(SVGChart.twoLines("not shown (fewer than 5 people)") == ["not shown", "(fewer than 5 people)"])
        #expect(SVGChart.twoLines("a rather long note without brackets") == ["a rather long note", "without brackets"])
        #expect(SVGChart.twoLines("fewer than 5") == ["fewer than 5"])
        #expect(SVGChart.twoLines("nie pokazano (mniej niż 5 osób)") == ["nie pokazano", "(mniej niż 5 osób)"])
        let html = (try? ReportRenderer(templates: TestLanguages.builtIn, locale: .fixed("en")).render(RenderFixtures.smallReport()))?.first { $0.name == "index.html" }?.text ?? ""
        #expect(html.contains("<tspan x=\"") && html.contains("\">not shown</tspan><tspan "))
    }

    /// The first period's note was centred on the axis and cut 27 units past the chart's left edge.
    @Test func aGapNoteAtTheChartsEdgeStaysInsideIt() throws {
        let text = FigureText(k: 5, catalog: try #require(TestLanguages.builtIn.languages["en"]).catalog)
        let points = [SVGChart.Point(label: "2024-Q4", value: .suppressed), SVGChart.Point(label: "2025-Q1", value: .value(0.4)),
                      SVGChart.Point(label: "2025-Q2", value: .suppressed)]
        let svg = SVGChart.trendLine(id: "t", title: "T", description: "D", seriesName: "mean", points: points, text: text)
        let notes = svg.components(separatedBy: "class=\"gap-note\" x=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
        #expect(notes.count == 2)
        let half = SVGChart.twoLines(text.suppressed(.other)).map { SVGChart.textWidth($0, fontSize: 11) }.max()! / 2
        for x in notes { #expect(x - half >= 0 && x + half <= 520, "a note centred at \(x) is cut") }
    }
}
