/// Runs every check of `ValidationRule.catalogue` on an opened snapshot: `csr-report validate`.
///
/// ```swift
/// let report = try SnapshotValidator(snapshot: try Snapshot.open("snapshot.sqlite")).run()
/// print(report.text())
/// ```
/// Each table is read once for the value checks (formats, enum values, ranges, JSON, NULLs);
/// references and unique keys are one set-based query each, so the cost grows with the number of
/// rows, never with the number of problems. The snapshot is not written: the few lookup tables
/// some checks need are TEMP tables (the temp database stays writable on a read-only
/// connection, where an ATTACHed one would not), dropped at the end of the run.
public struct SnapshotValidator {
    public let snapshot: Snapshot
    let rules: [ValidationRule]

    public init(snapshot: Snapshot) {
        self.init(snapshot: snapshot, rules: ValidationRule.catalogue)
    }

    init(snapshot: Snapshot, rules: [ValidationRule]) {
        self.snapshot = snapshot
        self.rules = rules
    }

    public func run() throws -> ValidationReport {
        let run = ValidationRun(snapshot: snapshot)
        run.tuneConnection()
        defer {
            run.dropLoweredCopies()
            run.restoreSettings()
        }

        var notInSnapshot: Set<String> = []
        var applicable: [ValidationRule] = []
        for rule in rules {
            guard let present = snapshot.columns[rule.table] else {
                notInSnapshot.insert(rule.table)
                continue
            }
            let missing = rule.columns.filter { !present.contains($0) }
            if missing.isEmpty {
                applicable.append(rule)
            } else {
                for column in missing { notInSnapshot.insert("\(rule.table).\(column)") }
            }
        }

        // Table order of the catalogue, which is the order of data/schema.sql.
        var tables: [String] = []
        for rule in applicable where !tables.contains(rule.table) { tables.append(rule.table) }

        // Values first: the pass also learns which key columns hold upper-case ids, which
        // decides how the reference and uniqueness queries below can use the indexes.
        var rows = 0
        for table in tables {
            rows += try run.scanValues(table, rules: applicable.filter { $0.table == table && $0.check.isValueCheck })
        }
        for rule in applicable {
            switch rule.check {
            case .references(let parent): try run.checkReference(rule, parent: parent)
            case .scoreSource: try run.checkScoreSources(rule)
            case .primaryKey: try run.checkPrimaryKey(rule)
            case .unique(let ignoringCase): try run.checkUnique(rule, ignoringCase: ignoringCase)
            default: break
            }
        }
        return ValidationReport(findings: run.tally.findings, rowsChecked: rows, tablesChecked: tables.count,
                                notInSnapshot: Array(notInSnapshot))
    }
}

/// The state of one `run()`: the tally, what the value pass learned, the scratch lookup tables.
final class ValidationRun {
    let snapshot: Snapshot
    var tally = FindingTally()
    /// `table.column` of the UUID columns in which the value pass saw an upper-case letter.
    var upperCaseColumns: Set<String> = []
    /// `table.column` of the UUID columns the value pass read (the others are unknown).
    var scannedColumns: Set<String> = []
    /// Tables copied into temp tables with lower-cased ids: table -> `temp."csr_validate_<table>"`.
    var loweredCopies: [String: String] = [:]
    private var rowidTables: [String: Bool] = [:]
    private var previousSettings: [String: Int64] = [:]

    init(snapshot: Snapshot) { self.snapshot = snapshot }

    /// True when the ids of `table.column` may not compare equal to their lower-cased form.
    func mayHoldUpperCase(_ table: String, _ column: String) -> Bool {
        let name = "\(table).\(column)"
        return upperCaseColumns.contains(name) || !scannedColumns.contains(name)
    }

    /// `c.rowid`, or NULL for a table without one (WITHOUT ROWID, or a view).
    func rowidExpression(_ table: String, alias: String) -> String {
        if rowidTables[table] == nil {
            rowidTables[table] = (try? snapshot.connection.prepare("SELECT rowid FROM main.\(ValidationSQL.name(table)) LIMIT 0")) != nil
        }
        return rowidTables[table]! ? "\(alias).rowid" : "NULL"
    }

    /// `c."id"`, or NULL when the table has no id column.
    func idExpression(_ table: String, alias: String) -> String {
        snapshot.columns[table]?.contains("id") == true ? "\(alias).\"id\"" : "NULL"
    }

    /// Tunes the connection for the run; `restoreSettings()` puts the previous values back.
    ///
    /// - `mmap_size`: the reference checks look rows of the big tables up in index order, i.e.
    ///   at random places in the file; through SQLite's small page cache each lookup is a read()
    ///   system call, and on 1M sessions those cost more than the checks themselves. The file is
    ///   opened immutable, so mapping it is safe.
    /// - `temp_store`: the lower-cased id copies and the GROUP BY sorts of upper-case ids would
    ///   otherwise be written to temporary files (measured: 5 s of system time on 1M sessions).
    ///   Changing it drops every temp table of the connection, so it is left alone if there are any.
    func tuneConnection() {
        let hasTempObjects = ((try? snapshot.connection.scalarInt("SELECT count(*) FROM temp.sqlite_master")) ?? 1) != 0
        for (pragma, value) in Self.tuning where !(pragma == "temp_store" && hasTempObjects) {
            previousSettings[pragma] = try? snapshot.connection.scalarInt("PRAGMA \(pragma)")
            _ = try? snapshot.connection.scalarInt("PRAGMA \(pragma) = \(value)")
        }
    }

    func restoreSettings() {
        for (pragma, value) in previousSettings.sorted(by: { $0.key < $1.key }) {
            _ = try? snapshot.connection.scalarInt("PRAGMA \(pragma) = \(value)")
        }
        previousSettings = [:]
    }

    /// A mapping beyond SQLite's compile-time maximum (SQLITE_MAX_MMAP_SIZE) is capped, not refused.
    private static let tuning: [(pragma: String, value: Int64)] = [("main.mmap_size", 1 << 34), ("temp_store", 2)]

    func execute(_ sql: String) throws {
        do {
            try snapshot.connection.execute(sql)
        } catch let error as SQLiteError {
            throw SnapshotError.wrapping(error, timeLimit: snapshot.connection.queryTimeLimit)
        }
    }

    /// Drops the temp tables of the run, so that the connection is as it was.
    func dropLoweredCopies() {
        for copy in loweredCopies.values.sorted() { try? execute("DROP TABLE IF EXISTS \(copy)") }
        loweredCopies = [:]
    }
}

/// Spelling names and values into the validator's SQL. Names come from the catalogue, never
/// from the snapshot's data, but are quoted all the same.
enum ValidationSQL {
    /// An identifier in double quotes.
    static func name(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A string literal.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
