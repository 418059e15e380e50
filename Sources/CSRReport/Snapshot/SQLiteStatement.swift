import CSQLite

/// A prepared statement of a read-only snapshot: step, read columns by index.
///
/// ```swift
/// let stmt = try db.prepare("SELECT id, name FROM companies")
/// while try stmt.step() { print(stmt.text(0) ?? "", stmt.text(1) ?? "") }
/// ```
public final class SQLiteStatement {
    private let handle: OpaquePointer
    private let connection: SQLiteConnection
    public let sql: String

    init(handle: OpaquePointer, connection: SQLiteConnection, sql: String) {
        self.handle = handle
        self.connection = connection
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Advances to the next row; false when done.
    @discardableResult
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.error(rc, sql: sql)
        }
    }

    /// Makes the statement ready to run again with new bindings.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    public func columnName(_ index: Int) -> String {
        String(cString: sqlite3_column_name(handle, Int32(index)))
    }

    // MARK: Reading

    public func isNull(_ index: Int) -> Bool {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    /// The storage class SQLite holds for this cell (`SQLITE_INTEGER`, `SQLITE_TEXT`, ...).
    public func storageClass(_ index: Int) -> Int32 {
        sqlite3_column_type(handle, Int32(index))
    }

    public func int64(_ index: Int) -> Int64 { sqlite3_column_int64(handle, Int32(index)) }

    public func double(_ index: Int) -> Double { sqlite3_column_double(handle, Int32(index)) }

    /// The cell as text; nil for NULL. Integers and reals come back in SQLite's text form.
    public func text(_ index: Int) -> String? {
        guard let bytes = sqlite3_column_text(handle, Int32(index)) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, Int32(index)))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Calls `body` with the cell's UTF-8 bytes without copying them (empty for NULL).
    /// The parsers of timestamps and UUIDs read from here on the hot path.
    public func withUTF8<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let bytes = sqlite3_column_text(handle, Int32(index))
        let count = Int(sqlite3_column_bytes(handle, Int32(index)))
        return try body(UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : count))
    }
}
