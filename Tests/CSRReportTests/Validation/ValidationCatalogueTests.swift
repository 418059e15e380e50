import Foundation
import Testing
@testable import CSRReport

/// The catalogue against the DDL it describes, and the severity rule on its own.
@Suite struct ValidationCatalogueTests {
    /// (table, column, rest of the line) for every column definition of data/schema.sql.
    static let ddlColumns: [(table: String, column: String, definition: String)] = {
        var result: [(String, String, String)] = []
        var table: String?
        for line in SnapshotSchema.ddl.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix("CREATE TABLE ") {
                table = line.dropFirst("CREATE TABLE ".count).split(separator: " ").first.map(String.init)
            } else if line.hasPrefix(")") {
                table = nil
            } else if let table, let name = line.split(separator: " ").first, !line.hasPrefix("--") {
                result.append((table, String(name), line))
            }
        }
        return result
    }()

    func has(_ table: String, _ column: String, where match: (ValidationRule.Check) -> Bool) -> Bool {
        ValidationRule.catalogue.contains { $0.table == table && $0.columns == [column] && match($0.check) }
    }

    @Test func ddlWasParsed() {
        #expect(Self.ddlColumns.count > 150)
        #expect(Set(Self.ddlColumns.map(\.table)).count == 19)
    }

    @Test func everyForeignKeyIsChecked() {
        for (table, column, definition) in Self.ddlColumns where definition.contains("REFERENCES") {
            let parent = definition.components(separatedBy: "REFERENCES ")[1].split(separator: "(").first.map(String.init)
            #expect(has(table, column) { if case .references(let p) = $0 { p == parent } else { false } },
                    "\(table).\(column) -> \(parent ?? "?")")
        }
    }

    @Test func everyTimestampColumnIsChecked() {
        for (table, column, _) in Self.ddlColumns where column.hasSuffix("_at") || column.hasSuffix("_date") {
            #expect(has(table, column) { if case .timestamp = $0 { true } else { false } }, "\(table).\(column)")
        }
    }

    @Test func everyTableOfTheERDiagramHasItsIDChecked() {
        for table in Set(Self.ddlColumns.map(\.table)).subtracting(["snapshot_meta"]) {
            #expect(has(table, "id") { if case .uuid = $0 { true } else { false } }, "\(table)")
            #expect(has(table, "id") { if case .primaryKey = $0 { true } else { false } }, "\(table)")
        }
    }

    @Test func everyRuleNamesAColumnOfTheDDL() {
        let known = Set(Self.ddlColumns.map { "\($0.table).\($0.column)" })
        for rule in ValidationRule.catalogue {
            for column in rule.columns { #expect(known.contains("\(rule.table).\(column)")) }
        }
    }

    @Test func severityFollowsWhatTheBuildReads() {
        func severity(_ p: ValidationProblem, _ t: String, _ c: String) -> DataQualityFinding.Severity {
            ValidationProblem.severity(of: p, table: t, columns: [c])
        }
        #expect(severity(.orphan(parent: "users"), "company_users", "user_id") == .error)
        #expect(severity(.orphan(parent: "users"), "safety_flags", "reviewed_by") == .warning)
        #expect(severity(.orphan(parent: "companies"), "metrics_company_period", "company_id") == .warning)
        #expect(severity(.notUUID, "metrics_company_period", "company_id") == .error)   // the loader stops
        #expect(severity(.notTimestamp, "kintell_sessions", "scheduled_at") == .warning)
        #expect(severity(.notTimestamp, "kintell_sessions", "completed_at") == .error)
        #expect(severity(.unknownCEFR, "kintell_sessions", "language_level") == .warning)
        #expect(severity(.null(.countedAsAlwaysJoined), "company_users", "joined_at") == .warning)
        #expect(severity(.duplicatePrimaryKey, "users", "id") == .error)
        #expect(severity(.duplicatePrimaryKey, "webhook_deduplication", "id") == .warning)
        #expect(severity(.duplicateKey(ignoringCase: true), "evidence_snippets", "snippet_hash") == .warning)
        #expect(severity(.outOfRange(.unit), "outcome_scores", "confidence") == .error)
        #expect(severity(.outOfRange(.unit), "buddy_feedback", "rating") == .warning)
    }
}
