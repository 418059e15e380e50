/// figures.xlsx: the three CSV tables as typed sheets (`metrics`, `trends`, `evidence`) plus
/// `about`, which explains every column and the suppression rule. Typed cells mean a spreadsheet
/// in any locale reads 0.455 as a number and 2025-09-30 as a date, with no import dialog.
/// The `about` sheet is English, like the column names it explains (locale-neutral, as the CSVs).
///
/// ```swift
/// let bytes = try FiguresWorkbook.render(report)   // a zip, byte-identical for the same report
/// ```
enum FiguresWorkbook {
    static func render(_ report: TenantReport) throws -> [UInt8] {
        let sheets = [MetricsCSV.table(report), TrendsCSV.table(report), EvidenceCSV.table(report), about(k: report.settings.minGroupSize)]
        do {
            // Entries dated the snapshot's export (or the zip epoch), never the clock.
            return try DeterministicArchive.bytes(entries: SpreadsheetML.parts(sheets: sheets), dated: report.generatedAt)
        } catch {
            throw DeterministicArchive.Failure(description: "figures.xlsx: cannot write the workbook (\(error))")
        }
    }

    static func about(k: Int) -> FigureTable {
        var table = FigureTable(name: "about", header: ["sheet", "column", "meaning"])
        table.rows.append([.text("all"), .empty, .text("The figures of metrics.csv, trends.csv and evidence.csv, one sheet each, "
            + "with the same column names. Numbers are number cells at the report's rounding, dates are date cells (yyyy-mm-dd), "
            + "text is text and never a formula.")])
        table.rows.append([.text("all"), .text("suppressed"), .text("A figure counted from fewer than \(k) people (but more than none) "
            + "is suppressed to protect them: its cell is empty and its column name is listed here, names joined by ';', in column order. "
            + "An empty cell that is not listed means no data (nothing to count or average).")])
        for (sheet, column, meaning) in columnMeanings {
            table.rows.append([.text(sheet), .text(column), .text(meaning)])
        }
        return table
    }

    /// Every column of the three tables, in their order (a test checks none is missing).
    static let columnMeanings: [(String, String, String)] = [
        ("metrics", "company_id", "The company's id."),
        ("metrics", "company_name", "The company's name."),
        ("metrics", "period", "The period of the row: the report's period, the one before it, and the same period a year earlier."),
        ("metrics", "period_start", "First day of the period."),
        ("metrics", "period_end", "Last day included in the period."),
        ("metrics", "participants_count", "Participants of the company active in the period."),
        ("metrics", "volunteers_count", "Volunteers of the company who held a session or were an active buddy."),
        ("metrics", "sessions_count", "Sessions completed in the period."),
        ("metrics", "volunteer_hours", "Hours of those sessions given by the company's volunteers (1 decimal)."),
        ("metrics", "buddy_matches_active", "Buddy matches active at some time in the period."),
        ("metrics", "buddy_events_count", "Buddy events dated in the period."),
        ("metrics", "courses_completed", "Courses completed in the period."),
        ("metrics", "avg_language_level", "Mean language level of active participants, CEFR A1..C2 as 1/6..6/6 (3 decimals)."),
        ("metrics", "avg_integration_score", "Mean integration score of active participants, 0 to 1 (3 decimals)."),
        ("metrics", "avg_job_readiness", "Mean job-readiness score, 0 to 1 (3 decimals)."),
        ("metrics", "sroi_ratio", "Social return on investment: value created per unit invested (2 decimals)."),
        ("metrics", "vis_score", "Volunteer Impact Score, 0 to 100 (1 decimal)."),
        ("metrics", "suppressed", "Figures of this row withheld because fewer than k people contributed (see above)."),
        ("metrics", "language_level_cefr", "avg_language_level as the nearest CEFR level."),
        ("metrics", "vis_band", "The band of vis_score: exceptional, high_impact, contributing or emerging."),
        ("metrics", "sroi_low", "Low end of the SROI range."),
        ("metrics", "sroi_high", "High end of the SROI range."),
        ("metrics", "currency", "The currency of the valuation."),
        ("metrics", "hour_value", "The value of a volunteer hour used for SROI."),
        ("trends", "period", "One of the trend periods, oldest first."),
        ("trends", "period_start", "First day of the period."),
        ("trends", "period_end", "Last day included in the period."),
        ("trends", "dimension", "The outcome dimension."),
        ("trends", "scores", "Number of outcome scores."),
        ("trends", "participants", "Distinct participants scored."),
        ("trends", "mean_score", "Mean score, 0 to 1 (3 decimals)."),
        ("trends", "mean_confidence", "Mean confidence of the scores, 0 to 1 (3 decimals)."),
        ("trends", "change", "Change of mean_score since the period before (3 decimals)."),
        ("trends", "suppressed", "Figures of this row withheld because fewer than k people contributed (see above)."),
        ("evidence", "dimension", "The outcome dimension the excerpt speaks to."),
        ("evidence", "text", "The excerpt, with personal data replaced by placeholders such as [NAME]."),
        ("evidence", "score", "The outcome score of the excerpt, 0 to 1."),
        ("evidence", "confidence", "The model's confidence in that score, 0 to 1 (empty when unknown)."),
        ("evidence", "source_type", "The kind of text the excerpt comes from: buddy_feedback, kintell_feedback or checkin_note (never a person)."),
    ]
}
