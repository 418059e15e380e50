import Foundation
import Testing
@testable import CSRReport

/// figures.xlsx read back by an independent reader (ZIPFoundation + XMLParser): every cell of the
/// three tables has the type and value of its CSV cell, suppressed figures are absent, text is
/// never a formula, and the bytes are the same on every build.
@Suite struct FiguresWorkbookTests {
    static func workbook(_ report: TenantReport) throws -> WorkbookReader {
        try WorkbookReader(try FiguresWorkbook.render(report))
    }

    @Test func sheetsAreTheThreeTablesAndTheExplanation() throws {
        let book = try Self.workbook(RenderFixtures.report())
        #expect(book.sheetNames == ["metrics", "trends", "evidence", "about"])
        #expect(book.parts["[Content_Types].xml"] != nil && book.parts["xl/styles.xml"] != nil)
        #expect(book.parts.keys.allSatisfy { !$0.hasPrefix("docProps") }, "no document properties: they would carry a clock")
    }

    @Test func knownCellsHaveTheirTypesAndValues() throws {
        let book = try Self.workbook(RenderFixtures.report())
        let metrics = try book.cells(sheet: 0)
        #expect(metrics["A1"] == .init(type: "inlineStr", style: 1, value: "company_id", hasFormula: false))
        #expect(metrics["A2"]?.type == "inlineStr" && metrics["A2"]?.value == "6f1c2b9e-3d4a-4e5f-8a7b-1c2d3e4f5a6b")
        #expect(metrics["B2"]?.value == "Nordlys Energi AS")
        // 2025-07-01 and 2025-09-30 as Excel's 1900-system serials, with an ISO date format.
        let start = try #require(metrics["D2"])
        #expect(start.type == nil && start.value == "45839")
        #expect(metrics["E2"]?.value == "45930" && metrics["E2"]?.type == nil)
        #expect(try book.formatCode(style: start.style) == "yyyy\\-mm\\-dd")
        // participants_count 148 and volunteer_hours 517.5: number cells (no `t`), 0 and 1 decimals shown.
        let participants = try #require(metrics["F2"])
        #expect(participants.type == nil && participants.value == "148")
        #expect(try book.formatCode(style: participants.style) == "builtin:1")
        let hours = try #require(metrics["I2"])
        #expect(hours.type == nil && hours.value == "517.5" && Double(hours.value) == 517.5)
        #expect(try book.formatCode(style: hours.style) == "0.0")
    }

    /// Every cell of every table against the table the CSV is written from.
    @Test(arguments: ["sample", "small", "hostile"])
    func everyCellMatchesItsCSVCell(_ fixture: String) throws {
        let report = switch fixture {
        case "small": RenderFixtures.smallReport()
        case "hostile": RenderFixtures.hostileReport()
        default: RenderFixtures.report()
        }
        let book = try Self.workbook(report)
        for (index, table) in [MetricsCSV.table(report), TrendsCSV.table(report), EvidenceCSV.table(report)].enumerated() {
            let cells = try book.cells(sheet: index)
            var expectedCount = table.header.count
            for (r, row) in ([table.header.map(CSVWriter.Cell.text)] + table.rows).enumerated() {
                for (c, expected) in row.enumerated() {
                    let reference = "\(SpreadsheetML.columnName(c))\(r + 1)"
                    let cell = cells[reference]
                    #expect(cell?.hasFormula != true, "\(table.name)!\(reference)")
                    switch expected {
                    case .empty:
                        #expect(cell == nil, "\(table.name)!\(reference) should be absent")
                    case .text(let text):
                        expectedCount += r == 0 ? 0 : 1
                        #expect(cell?.type == "inlineStr" && cell?.value == text, "\(table.name)!\(reference)")
                    case .number(let text):
                        expectedCount += 1
                        #expect(cell?.type == nil && Double(cell?.value ?? "") == Double(text), "\(table.name)!\(reference)")
                    case .date(let day):
                        expectedCount += 1
                        let serial = try #require(Int(cell?.value ?? ""), "\(table.name)!\(reference)")
                        #expect(CivilDate(year: 1899, month: 12, day: 30).adding(days: serial) == day)
                        #expect(try book.formatCode(style: cell?.style ?? -1) == "yyyy\\-mm\\-dd")
                    }
                }
            }
            #expect(cells.count == expectedCount, "\(table.name): no cell beyond the table")
        }
    }

    @Test func suppressedFiguresAreEmptyAndListed() throws {
        let report = RenderFixtures.smallReport()
        let metrics = try Self.workbook(report).cells(sheet: 0)
        let header = MetricsCSV.header
        func column(_ name: String) -> String { SpreadsheetML.columnName(header.firstIndex(of: name) ?? 0) }
        for metric in report.current.suppressed {
            #expect(metrics["\(column(metric.rawValue))2"] == nil, "\(metric.rawValue)")
        }
        #expect(metrics["\(column("participants_count"))2"] == nil)
        #expect(metrics["\(column("sessions_count"))2"]?.value == "412")
        #expect(metrics["\(column("avg_job_readiness"))2"] == nil, "no data is empty too")
        #expect(metrics["\(column("suppressed"))2"]?.value
            == "participants_count;volunteers_count;courses_completed;avg_language_level;avg_integration_score;sroi_ratio;vis_score")
        let trends = try Self.workbook(report).cells(sheet: 1)
        let hidden = (2...).lazy.map { trends["J\($0)"]?.value }.prefix(40).contains("scores;participants;mean_score;mean_confidence;change")
        #expect(hidden)
    }

    @Test func hostileTextStaysAStringAndNeverAFormula() throws {
        let book = try Self.workbook(RenderFixtures.hostileReport())
        let evidence = try book.cells(sheet: 2)
        let texts = evidence.filter { $0.key.hasPrefix("B") }.values
        let hyperlink = try #require(texts.first { $0.value.contains("HYPERLINK") })
        #expect(hyperlink == .init(type: "inlineStr", style: 0, value: "=HYPERLINK(\"http://evil\")", hasFormula: false))
        #expect(texts.contains { $0.value == "@SUM(A1)" && $0.type == "inlineStr" })
        #expect(texts.contains { $0.value == "line one\n# injected heading" })
        for (index, _) in book.sheetNames.enumerated() {
            #expect(try book.cells(sheet: index).values.allSatisfy { !$0.hasFormula })
        }
        for (name, data) in book.parts { #expect(!String(decoding: data, as: UTF8.self).contains("<f>"), "\(name)") }
        #expect(try book.cells(sheet: 0)["B2"]?.value == "<script>alert(1)</script> **Evil** [x](javascript:alert(1)) =cmd|' /C calc'!A0\n# heading")
    }

    @Test func textTheXMLCannotHoldIsEscapedTheFormatsWay() {
        #expect(SpreadsheetML.escapedText("a\u{1}b\rc") == "a_x0001_b_x000D_c")
        #expect(SpreadsheetML.escapedText("_x0041_ & <b>") == "_x005F_x0041_ &amp; &lt;b&gt;")
        #expect(SpreadsheetML.escapedText("_x41_ snake_case") == "_x41_ snake_case")
        #expect(SpreadsheetML.columnName(0) == "A" && SpreadsheetML.columnName(25) == "Z" && SpreadsheetML.columnName(26) == "AA" && SpreadsheetML.columnName(701) == "ZZ")
    }

    @Test func controlCharactersReadBackAsWellFormedXML() throws {
        let excerpt = EvidenceExcerpt(dimension: .confidence, text: "bell\u{7} and _x0041_", score: 0.5, confidence: nil, sourceType: .checkinNote, relevance: 0.5)
        let evidence = try Self.workbook(RenderFixtures.report(excerpts: [excerpt])).cells(sheet: 2)
        // Our reader does not decode `_xHHHH_` (a spreadsheet does): the escaped form proves the XML parsed.
        #expect(evidence["B2"]?.value == "bell_x0007_ and _x005F_x0041_")
        #expect(evidence["D2"] == nil, "no confidence: no cell")
    }

    @Test func theExplanationSheetNamesEveryColumnAndTheGroupSize() throws {
        let about = try Self.workbook(RenderFixtures.report(k: 7)).cells(sheet: 3)
        let documented = Set((2...80).compactMap { row in about["A\(row)"].flatMap { sheet in about["B\(row)"].map { "\(sheet.value).\($0.value)" } } })
        for (name, header) in [("metrics", MetricsCSV.header), ("trends", TrendsCSV.header), ("evidence", EvidenceCSV.header)] {
            for column in header { #expect(documented.contains("\(name).\(column)"), "\(name).\(column) is not explained") }
        }
        #expect(about.values.contains { $0.value.contains("fewer than 7 people") })
    }

    @Test func twoBuildsAreByteIdenticalAndDatedTheSnapshot() throws {
        let report = RenderFixtures.report()
        let first = try FiguresWorkbook.render(report)
        #expect(first == (try FiguresWorkbook.render(RenderFixtures.report())))
        #expect(Array(first.prefix(2)) == Array("PK".utf8))
        let book = try WorkbookReader(first)
        let snapshot = Date(timeIntervalSince1970: Double(try #require(report.generatedAt).microseconds) / 1_000_000)
        #expect(!book.entryDates.isEmpty && book.entryDates.allSatisfy { abs($0.timeIntervalSince(snapshot)) < 2 })
        let undated = try WorkbookReader(try FiguresWorkbook.render(RenderFixtures.report(generated: false)))
        let epoch = Date(timeIntervalSince1970: 315_532_800)
        #expect(undated.entryDates.allSatisfy { abs($0.timeIntervalSince(epoch)) < 2 })
    }

    @Test func csvByteOrderMarkOnlyOnCSVs() throws {
        var renderer = ReportRenderer(templates: try .builtIn(), locale: .fixed("en"))
        let plain = try renderer.render(RenderFixtures.report())
        renderer.csvByteOrderMark = true
        let marked = try renderer.render(RenderFixtures.report())
        for (a, b) in zip(plain, marked) {
            if a.name.hasSuffix(".csv") {
                #expect(Array(b.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF] && Array(b.bytes.dropFirst(3)) == a.bytes, "\(a.name)")
                #expect(a.bytes.first != 0xEF)
            } else {
                #expect(a == b, "\(a.name)")
            }
        }
        #expect(plain.map(\.name).contains("figures.xlsx"))
    }
}
