import Testing
@testable import CSRReport

@Suite struct CSVWriterTests {
    @Test func rfc4180QuotingAndCRLF() {
        var csv = CSVWriter(header: ["a", "b"])
        csv.row([.text("x,y"), .text("say \"hi\"")])
        csv.row([.text("two\nlines"), .empty])
        #expect(csv.output == "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\r\n")
    }

    @Test func formulaGuardOnTextOnly() {
        var csv = CSVWriter(header: ["t", "n"])
        for lead in ["=", "+", "-", "@", "\t", "\r"] { csv.row([.text(lead + "1"), .number("-0.125")]) }
        let rows = csv.output.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(rows.allSatisfy { $0.hasSuffix(",-0.125") })
        #expect(rows.first == "'=1,-0.125")
        #expect(csv.output.contains("\"'\r1\""))
    }

    @Test func metricsCSVHeaderAndRows() throws {
        let text = MetricsCSV.render(RenderFixtures.report())
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("company_id,company_name,period,period_start,period_end,participants_count,volunteers_count,sessions_count,volunteer_hours,buddy_matches_active,buddy_events_count,courses_completed,avg_language_level,avg_integration_score,avg_job_readiness,sroi_ratio,vis_score,suppressed"))
        #expect(lines[1].hasPrefix("6f1c2b9e-3d4a-4e5f-8a7b-1c2d3e4f5a6b,Nordlys Energi AS,2025-Q3,2025-07-01,2025-09-30,148,37,412,517.5,"))
        #expect(lines[2].contains(",2025-Q2,2025-04-01,2025-06-30,"))
        #expect(lines[3].contains(",2024-Q3,2024-07-01,2024-09-30,"))
        #expect(lines.count == 5 && lines[4].isEmpty)
        #expect(!text.hasPrefix("\u{FEFF}"))
    }

    @Test func suppressedCellsAreEmptyAndListedInColumnOrder() throws {
        let text = MetricsCSV.render(RenderFixtures.smallReport())
        let current = text.components(separatedBy: "\r\n")[1]
        // participants suppressed, job readiness "no data" (empty, not listed).
        #expect(current.hasPrefix("00000000-0000-4000-8000-00000000abcd,Fjord & Co. (pilot),2025-Q3,2025-07-01,2025-09-30,,,412,517.5,61,94,,,,,,,participants_count;volunteers_count;courses_completed;avg_language_level;avg_integration_score;sroi_ratio;vis_score,"))
        let trends = TrendsCSV.render(RenderFixtures.smallReport())
        #expect(trends.contains("2025-Q1,2025-01-01,2025-03-31,belonging,,,,,,scores;participants;mean_score;mean_confidence;change\r\n"))
    }
}

/// Issue 9: spreadsheets skip leading white space and read full-width signs as formulas.
@Suite struct CSVFormulaGuardTests {
    @Test func fullWidthTriggersAndLeadingWhiteSpaceAreGuarded() {
        for text in ["＝1+1", "＋1", "－1", "＠SUM(A1)", " =1+1", "  +1", "\u{3000}@x", "\u{00A0}-2", " ＝HYPERLINK(\"x\")"] {
            #expect(CSVWriter.formulaGuarded(text) == "'" + text, "\(text)")
        }
        for text in ["Acme", " Acme", "1-2", "a=b", ""] {
            #expect(CSVWriter.formulaGuarded(text) == text, "\(text)")
        }
    }
}
