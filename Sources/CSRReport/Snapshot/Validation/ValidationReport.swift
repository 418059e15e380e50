import Foundation

/// What `csr-report validate` found: counts and row ids per problem, never a value.
///
/// ```swift
/// let report = try SnapshotValidator(snapshot: try Snapshot.open("snapshot.sqlite")).run()
/// print(report.text()); exit(report.hasErrors ? 1 : 0)
/// ```
public struct ValidationReport: Sendable, Codable, Equatable {
    /// Errors first, then by table, column and problem.
    public let findings: [DataQualityFinding]
    /// Rows read, over every table checked.
    public let rowsChecked: Int
    /// Tables of the schema found in the snapshot and checked.
    public let tablesChecked: Int
    /// Tables (`table`) and columns (`table.column`) of the schema that the snapshot lacks, so
    /// their checks were skipped; sorted.
    public let notInSnapshot: [String]

    public init(findings: [DataQualityFinding], rowsChecked: Int, tablesChecked: Int, notInSnapshot: [String]) {
        self.findings = findings.sorted(by: Self.reportOrder)
        self.rowsChecked = rowsChecked
        self.tablesChecked = tablesChecked
        self.notInSnapshot = notInSnapshot.sorted()
    }

    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    public var warningCount: Int { findings.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { errorCount > 0 }

    static func reportOrder(_ a: DataQualityFinding, _ b: DataQualityFinding) -> Bool {
        func rank(_ s: DataQualityFinding.Severity) -> Int { s == .error ? 0 : 1 }
        return (rank(a.severity), a.table, a.column, a.problem) < (rank(b.severity), b.table, b.column, b.problem)
    }

    // MARK: Text

    /// The human report: a summary line, then one aligned line per finding.
    ///
    /// ```
    /// 1 error, 1 warning in 1,234,567 rows of 18 tables
    /// error     outcome_scores.text_id         matches no kintell_sessions row: score excluded   2   e.g. 0f1c..., 9a2b...
    /// warning   kintell_sessions.language_level   not a CEFR level A1..C2: level skipped       17   e.g. ...
    /// ```
    public func text() -> String {
        let scope = "\(Self.grouped(rowsChecked)) \(rowsChecked == 1 ? "row" : "rows") of \(tablesChecked) \(tablesChecked == 1 ? "table" : "tables")"
        var lines: [String] = []
        if findings.isEmpty {
            lines.append("no problems found in \(scope)")
        } else {
            lines.append("\(Self.counted(errorCount, "error")), \(Self.counted(warningCount, "warning")) in \(scope)")
            let cells = findings.map { f in
                [f.severity.rawValue, "\(f.table).\(f.column)", f.problem, Self.grouped(f.count),
                 f.exampleIDs.isEmpty ? "" : "e.g. " + f.exampleIDs.map(MessageText.escaped).joined(separator: ", ")]
            }
            let widths = (0..<4).map { column in cells.map { $0[column].count }.max() ?? 0 }
            for row in cells {
                var line = ""
                for column in 0..<3 { line += Self.padded(row[column], widths[column], right: false) + "   " }
                line += Self.padded(row[3], widths[3], right: true)
                if !row[4].isEmpty { line += "   " + row[4] }
                lines.append(line)
            }
        }
        if !notInSnapshot.isEmpty {
            lines.append("not in the snapshot, not checked: " + notInSnapshot.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func counted(_ n: Int, _ noun: String) -> String { "\(grouped(n)) \(noun)\(n == 1 ? "" : "s")" }

    private static func padded(_ s: String, _ width: Int, right: Bool) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return right ? fill + s : s + fill
    }

    /// 1234567 -> "1,234,567", independent of the locale.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    // MARK: JSON

    /// The report as JSON with sorted keys (byte-identical for the same snapshot), including
    /// `errors` and `warnings` counts for scripts.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// snake_case, like every JSON the tool writes (`figures`, the manifests, the build summary).
    private enum CodingKeys: String, CodingKey {
        case findings, errors, warnings
        case rowsChecked = "rows_checked", tablesChecked = "tables_checked", notInSnapshot = "not_in_snapshot"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(findings, forKey: .findings)
        try container.encode(rowsChecked, forKey: .rowsChecked)
        try container.encode(tablesChecked, forKey: .tablesChecked)
        try container.encode(notInSnapshot, forKey: .notInSnapshot)
        try container.encode(errorCount, forKey: .errors)
        try container.encode(warningCount, forKey: .warnings)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(findings: try container.decode([DataQualityFinding].self, forKey: .findings),
                  rowsChecked: try container.decode(Int.self, forKey: .rowsChecked),
                  tablesChecked: try container.decode(Int.self, forKey: .tablesChecked),
                  notInSnapshot: try container.decode([String].self, forKey: .notInSnapshot))
    }
}
