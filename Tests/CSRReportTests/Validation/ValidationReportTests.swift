import Foundation
import Testing
@testable import CSRReport

@Suite struct ValidationReportTests {
    let report = ValidationReport(
        findings: [
            DataQualityFinding(severity: .warning, table: "kintell_sessions", column: "language_level",
                               problem: "not a CEFR level A1..C2: level skipped", count: 1234, exampleIDs: ["b", "c"]),
            DataQualityFinding(severity: .error, table: "outcome_scores", column: "text_id",
                               problem: "matches no kintell_sessions row: score excluded", count: 2, exampleIDs: ["a"]),
            DataQualityFinding(severity: .warning, table: "buddy_feedback", column: "rating",
                               problem: "outside 0..1", count: 3, exampleIDs: []),
        ],
        rowsChecked: 1_234_567, tablesChecked: 17, notInSnapshot: ["webhook_deduplication", "event_deduplication"])

    @Test func textIsSortedAndAligned() {
        #expect(report.text() == """
            1 error, 2 warnings in 1,234,567 rows of 17 tables
            error     outcome_scores.text_id            matches no kintell_sessions row: score excluded       2   e.g. a
            warning   buddy_feedback.rating             outside 0..1                                          3
            warning   kintell_sessions.language_level   not a CEFR level A1..C2: level skipped            1,234   e.g. b, c
            not in the snapshot, not checked: event_deduplication, webhook_deduplication

            """)
        #expect(report.hasErrors)
    }

    @Test func emptyReport() {
        let empty = ValidationReport(findings: [], rowsChecked: 1, tablesChecked: 1, notInSnapshot: [])
        #expect(empty.text() == "no problems found in 1 row of 1 table\n")
        #expect(!empty.hasErrors)
    }

    @Test func jsonHasSortedKeysAndRoundTrips() throws {
        let json = String(decoding: try report.json(), as: UTF8.self)
        #expect(json.hasPrefix("{\n  \"errors\" : 1,\n  \"findings\" : ["))
        #expect(json.contains("\"warnings\" : 2"))
        let decoded = try JSONDecoder().decode(ValidationReport.self, from: try report.json())
        #expect(decoded == report)
        #expect(try decoded.json() == report.json())
    }

    @Test func groupedNumbers() {
        #expect(ValidationReport.grouped(0) == "0")
        #expect(ValidationReport.grouped(999) == "999")
        #expect(ValidationReport.grouped(1000) == "1,000")
        #expect(ValidationReport.grouped(1_000_000) == "1,000,000")
    }
}
