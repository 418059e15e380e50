import CSQLite
import Foundation

/// One read-only connection to a snapshot file. Nothing here writes: the producers of
/// snapshots (the demo generator, the PostgreSQL export) write through `CSRSQLiteWriter`.
///
/// ```swift
/// let db = try SQLiteConnection(readOnly: "snapshot.sqlite")
/// let count = try db.scalarInt("SELECT count(*) FROM users")
/// ```
/// A connection is used from one task at a time; figures are computed from plain values
/// after loading, so nothing needs to share it.
public final class SQLiteConnection {
    public let path: String
    private let handle: OpaquePointer
    private let budget = QueryBudget()

    /// Opens `path` read-only and immutable: SQLite takes no lock and writes no journal,
    /// so a snapshot's bytes are never touched, even on a read-only file system.
    public init(readOnly path: String) throws {
        self.path = path
        var db: OpaquePointer?
        let rc = sqlite3_open_v2("file:\(Self.uriEscaped(path))?immutable=1", &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let db { sqlite3_close_v2(db) }
            throw SQLiteError(code: rc, message: message, sql: nil, path: path)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
    }

    deinit { sqlite3_close_v2(handle) }

    /// Stops any statement that runs longer than `seconds` (counted from its `prepare`):
    /// SQLite calls the progress handler every few thousand VM steps, and a non-zero answer
    /// interrupts the statement with SQLITE_INTERRUPT. A snapshot can hold a view or a
    /// recursive query that never ends; the tool must stop with an error, not hang.
    public func limitQueries(toSeconds seconds: Double) {
        budget.seconds = seconds
        sqlite3_progress_handler(handle, 1000, { context in
            guard let context else { return 0 }
            return Unmanaged<QueryBudget>.fromOpaque(context).takeUnretainedValue().isExhausted ? 1 : 0
        }, Unmanaged.passUnretained(budget).toOpaque())
    }

    /// The per-statement limit set by `limitQueries`, if any.
    public var queryTimeLimit: Double? { budget.seconds }

    /// Prepares one statement; the SQL is kept for error messages.
    public func prepare(_ sql: String) throws -> SQLiteStatement {
        budget.start()
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw error(rc, sql: sql) }
        return SQLiteStatement(handle: stmt, connection: self, sql: sql)
    }

    /// Runs one or more statements that return no rows (a PRAGMA; the file is immutable).
    public func execute(_ sql: String) throws {
        budget.start()
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        if rc != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw SQLiteError(code: rc, message: text, sql: sql, path: path)
        }
    }

    /// The first column of the first row as an integer (nil when no row or NULL).
    public func scalarInt(_ sql: String) throws -> Int64? {
        let stmt = try prepare(sql)
        guard try stmt.step(), !stmt.isNull(0) else { return nil }
        return stmt.int64(0)
    }

    /// The first column of the first row as text (nil when no row or NULL).
    public func scalarText(_ sql: String) throws -> String? {
        let stmt = try prepare(sql)
        guard try stmt.step() else { return nil }
        return stmt.text(0)
    }

    func error(_ rc: Int32, sql: String?) -> SQLiteError {
        SQLiteError(code: sqlite3_extended_errcode(handle) == 0 ? rc : sqlite3_extended_errcode(handle),
                    message: String(cString: sqlite3_errmsg(handle)), sql: sql, path: path)
    }

    /// Bytes that would end or confuse the path part of a `file:` URI (and every non-ASCII
    /// byte) are percent-encoded, so any file name opens as itself.
    static func uriEscaped(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            if byte >= 0x80 || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            } else {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return out
    }
}

/// The deadline of the statement being run, read by SQLite's progress handler.
final class QueryBudget {
    var seconds: Double?
    private var deadline: UInt64 = .max

    func start() {
        guard let seconds else { return }
        deadline = Self.now() &+ UInt64(max(seconds, 0) * 1_000_000_000)
    }

    var isExhausted: Bool { seconds != nil && Self.now() > deadline }

    private static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }
}
