/// A row named in a finding: its id when the id is a UUID, else its SQLite rowid, so that a
/// malformed id (which could hold any text, even personal data) is never echoed.
enum ExampleID: Hashable, Comparable, Sendable {
    case id(UUIDKey)
    case row(Int64)

    var text: String {
        switch self {
        case .id(let key): key.description
        case .row(let rowid): "rowid \(rowid)"
        }
    }

    /// Reads the example from a result row whose first two columns are `id` and `rowid`.
    static func of(_ stmt: SQLiteStatement, idColumn: Int = 0, rowidColumn: Int = 1) -> ExampleID? {
        if !stmt.isNull(idColumn), let key = stmt.withUTF8(idColumn, { UUIDKey.parse($0) }) { return .id(key) }
        return stmt.isNull(rowidColumn) ? nil : .row(stmt.int64(rowidColumn))
    }
}

/// Counts problem rows per (table, column, problem) and keeps the three smallest example ids,
/// so the examples do not depend on the order in which SQLite happens to return rows.
struct FindingTally {
    private struct Key: Hashable {
        let table: String
        let columns: [String]
        let problem: ValidationProblem
    }

    private struct Entry {
        var count = 0
        var examples: [ExampleID] = []   // sorted, distinct, at most `DataQualityFinding` allows

        mutating func add(_ example: ExampleID?) {
            count += 1
            guard let example, !examples.contains(example) else { return }
            if examples.count < 3 {
                examples.append(example)
                examples.sort()
            } else if example < examples[2] {
                examples[2] = example
                examples.sort()
            }
        }
    }

    private var entries: [Key: Entry] = [:]

    mutating func add(_ problem: ValidationProblem, table: String, columns: [String], example: ExampleID?) {
        entries[Key(table: table, columns: columns, problem: problem), default: Entry()].add(example)
    }

    /// The findings in report order: errors first, then by table, column and problem.
    var findings: [DataQualityFinding] {
        entries.map { key, entry in
            DataQualityFinding(severity: ValidationProblem.severity(of: key.problem, table: key.table, columns: key.columns),
                               table: key.table, column: key.columns.joined(separator: "+"), problem: key.problem.text,
                               count: entry.count, exampleIDs: entry.examples.map(\.text))
        }
        .sorted(by: ValidationReport.reportOrder)
    }
}
