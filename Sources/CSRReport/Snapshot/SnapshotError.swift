import Foundation

/// Everything that can be wrong with a snapshot file, each with a one-line message for the
/// person who passed it: what is wrong and where (file, table, column, row id).
///
/// ```swift
/// catch let error as SnapshotError { print("error: \(error)") }
/// // error: demo.sqlite: table kintell_sessions has no column completed_at
/// ```
public enum SnapshotError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound(path: String)
    case notAFile(path: String)
    /// A FIFO, a device or a socket: opening it could block forever or read a stream.
    case notRegularFile(path: String, kind: String)
    /// A `-wal` beside the file holds committed changes the main file does not have yet.
    case pendingWriteAheadLog(path: String, walBytes: Int)
    /// A hot `-journal` beside the file: a write was interrupted and the main file may be half-changed.
    case hotJournal(path: String)
    /// A required table is a view (or another kind of object): its query could be anything.
    case notATable(path: String, table: String, type: String)
    /// A statement ran past the time budget (a view or a query that never ends).
    case queryTimedOut(path: String, seconds: Double, sql: String)
    case unreadable(path: String, reason: String)
    case notSQLite(path: String)
    case truncated(path: String, expectedBytes: Int, actualBytes: Int)
    case corrupt(path: String, detail: String)
    case missingTable(path: String, table: String)
    case missingColumn(path: String, table: String, column: String)
    case unsupportedSchemaVersion(path: String, version: String, supported: String)
    /// A value the figures need cannot be read: the row is named by its `id` (never its text).
    case malformedValue(path: String, table: String, column: String, rowID: String, expected: String, found: String)
    case sqlite(SQLiteError)
    /// More than one `companies` row has this id (ignoring case): who the tenant is is ambiguous.
    case duplicateCompanyID(path: String, id: String, rows: Int, others: Int)

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            "\(path): no such file"
        case .notAFile(let path):
            "\(path): is a directory, not a SQLite snapshot file"
        case .notRegularFile(let path, let kind):
            "\(path): is a \(kind), not a regular file: pass the SQLite snapshot file itself"
        case .pendingWriteAheadLog(let path, let bytes):
            "\(path): its write-ahead log \(path)-wal (\(bytes) bytes) holds changes not yet in the file; "
                + "checkpoint it first: sqlite3 '\(path)' 'PRAGMA wal_checkpoint(TRUNCATE)'"
        case .hotJournal(let path):
            "\(path): a hot rollback journal \(path)-journal says a write was interrupted; "
                + "let SQLite roll it back first: sqlite3 '\(path)' 'PRAGMA integrity_check'"
        case .notATable(let path, let table, let type):
            "\(path): \(table) is a \(type), not a table (a snapshot holds plain tables; see `csr-report schema`)"
        case .queryTimedOut(let path, let seconds, let sql):
            "\(path): a query ran longer than \(Int(seconds)) s and was stopped (CSR_REPORT_QUERY_SECONDS sets the limit) in: "
                + sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        case .unreadable(let path, let reason):
            "\(path): cannot be read (\(reason))"
        case .notSQLite(let path):
            "\(path): not a SQLite database (the file does not start with the SQLite header)"
        case .truncated(let path, let expected, let actual):
            "\(path): truncated SQLite database: its header promises \(expected) bytes but the file has \(actual)"
        case .corrupt(let path, let detail):
            "\(path): corrupt SQLite database (\(detail))"
        case .missingTable(let path, let table):
            "\(path): missing table \(table) (see `csr-report schema` for the expected layout)"
        case .missingColumn(let path, let table, let column):
            "\(path): table \(table) has no column \(column) (see `csr-report schema`)"
        case .unsupportedSchemaVersion(let path, let version, let supported):
            "\(path): snapshot_meta.schema_version is \(version); this csr-report reads \(supported)"
        case .malformedValue(let path, let table, let column, let rowID, let expected, let found):
            "\(path): \(table).\(column) of row \(rowID): expected \(expected), found \(found)"
        case .sqlite(let error):
            error.description
        case .duplicateCompanyID(let path, let id, let rows, let others):
            "\(path): companies.id \(id) is held by \(rows) rows (ignoring case)"
                + (others > 0 ? " and \(others) more id\(others == 1 ? " is" : "s are") duplicated" : "")
                + ": which one is the tenant is ambiguous, so nothing is built; `csr-report validate` lists the rows"
        }
    }

    /// Maps SQLite's corruption codes to the snapshot's own words; other failures pass through.
    static func wrapping(_ error: SQLiteError, timeLimit: Double? = nil) -> SnapshotError {
        let primary = error.code & 0xFF
        if primary == 9, let timeLimit { return .queryTimedOut(path: error.path, seconds: timeLimit, sql: error.sql ?? "") }   // SQLITE_INTERRUPT
        if primary == 26 { return .notSQLite(path: error.path) }   // SQLITE_NOTADB
        if primary == 11 { return .corrupt(path: error.path, detail: error.message) }   // SQLITE_CORRUPT
        return .sqlite(error)
    }
}

/// Quotes a found value for an error message, shortened and with control characters escaped
/// so a message stays one line.
func quotedForMessage(_ value: String?) -> String {
    guard let value else { return "NULL" }
    let flat = MessageText.escaped(value.count > 40 ? String(value.prefix(37)) : value)
    return value.count > 40 ? "\"\(flat)...\"" : "\"\(flat)\""
}
