import CSQLite

/// A SQLite file opened for writing: the one writer of the tool's snapshot producers (the demo
/// generator and the PostgreSQL export) and of the tests' hand-built snapshots. The report
/// pipeline itself only ever reads (`CSRReport`'s `SQLiteConnection` has no write API).
///
/// ```swift
/// let db = try SQLiteWriter(creating: temporary)
/// try db.transaction { try db.prepare("INSERT INTO companies (id, name) VALUES (?, ?)").run([.text(id), .text(name)]) }
/// ```
/// Used from one task at a time.
public final class SQLiteWriter {
    public let path: String
    private let handle: OpaquePointer

    /// Creates (or opens) `path` for reading and writing.
    public init(creating path: String) throws(SQLiteWriteError) {
        self.path = path
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let db { sqlite3_close_v2(db) }
            throw SQLiteWriteError(code: rc, message: message, sql: nil, path: path)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs one or more statements that return no rows (DDL, PRAGMA, INSERT, BEGIN/COMMIT).
    public func execute(_ sql: String) throws(SQLiteWriteError) {
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        if rc != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw SQLiteWriteError(code: rc, message: text, sql: sql, path: path)
        }
    }

    /// Prepares one statement, kept for reuse (`reset` between rows).
    public func prepare(_ sql: String) throws(SQLiteWriteError) -> SQLiteWriteStatement {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw error(rc, sql: sql) }
        return SQLiteWriteStatement(handle: stmt, writer: self, sql: sql)
    }

    /// Runs `body` inside one transaction; rolls back if it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The first column of each row of a query, as text (NULL as the empty string): for the
    /// producers' closing counts.
    public func texts(_ sql: String) throws(SQLiteWriteError) -> [String] {
        let stmt = try prepare(sql)
        var result: [String] = []
        while try stmt.step() { result.append(stmt.text(0)) }
        return result
    }

    func error(_ rc: Int32, sql: String?) -> SQLiteWriteError {
        let extended = sqlite3_extended_errcode(handle)
        return SQLiteWriteError(code: extended == 0 ? rc : extended, message: String(cString: sqlite3_errmsg(handle)), sql: sql, path: path)
    }
}

/// A failure reported by SQLite while writing, with the file and the statement.
public struct SQLiteWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// SQLite's result code (extended where SQLite gives one).
    public let code: Int32
    /// SQLite's own words for it.
    public let message: String
    public let sql: String?
    public let path: String

    public var description: String {
        var text = "\(path): \(message) (SQLite result code \(code))"
        if let sql { text += " in: \(sql.split(whereSeparator: \.isNewline).joined(separator: " "))" }
        return text
    }
}
