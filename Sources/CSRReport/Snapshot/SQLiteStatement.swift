import CSQLite

// SQLite's way of saying "copy this text now": the Swift string does not outlive the call.
private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A prepared statement: bind, step, read columns by index.
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

    // MARK: Binding (1-based, as in SQLite)

    public func bind(_ index: Int, _ value: String?) throws {
        let rc: Int32
        if let value {
            rc = sqlite3_bind_text(handle, Int32(index), value, -1, SQLITE_TRANSIENT)
        } else {
            rc = sqlite3_bind_null(handle, Int32(index))
        }
        try check(rc)
    }

    /// Binds UTF-8 bytes as text without making a Swift string first (the snapshot export binds
    /// millions of values straight from the server's buffers).
    public func bind(_ index: Int, utf8 bytes: UnsafeBufferPointer<UInt8>) throws {
        // A NULL pointer would bind NULL: an empty buffer is bound as the empty string.
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return try bind(index, "") }
        try check(sqlite3_bind_text(handle, Int32(index), UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                    Int32(bytes.count), SQLITE_TRANSIENT))
    }

    public func bind(_ index: Int, _ value: Int64?) throws {
        try check(value.map { sqlite3_bind_int64(handle, Int32(index), $0) } ?? sqlite3_bind_null(handle, Int32(index)))
    }

    public func bind(_ index: Int, _ value: Int?) throws {
        try bind(index, value.map(Int64.init))
    }

    public func bind(_ index: Int, _ value: Double?) throws {
        try check(value.map { sqlite3_bind_double(handle, Int32(index), $0) } ?? sqlite3_bind_null(handle, Int32(index)))
    }

    /// Binds every value in order and runs the statement once (for INSERTs).
    public func run(_ values: [SQLiteValue]) throws {
        sqlite3_reset(handle)
        for (offset, value) in values.enumerated() {
            switch value {
            case .null: try check(sqlite3_bind_null(handle, Int32(offset + 1)))
            case .int(let v): try check(sqlite3_bind_int64(handle, Int32(offset + 1), v))
            case .real(let v): try check(sqlite3_bind_double(handle, Int32(offset + 1), v))
            case .text(let v): try check(sqlite3_bind_text(handle, Int32(offset + 1), v, -1, SQLITE_TRANSIENT))
            }
        }
        while try step() {}
    }

    private func check(_ rc: Int32) throws {
        if rc != SQLITE_OK { throw connection.error(rc, sql: sql) }
    }
}

/// A value to bind; used by the demo-data generator's INSERTs.
public enum SQLiteValue: Sendable, Equatable {
    case null
    case int(Int64)
    case real(Double)
    case text(String)
}

extension SQLiteValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    public init(nilLiteral: ()) { self = .null }
}

extension SQLiteValue {
    public init(_ value: String?) { self = value.map { .text($0) } ?? .null }
    public init(_ value: Int?) { self = value.map { .int(Int64($0)) } ?? .null }
    public init(_ value: Double?) { self = value.map { .real($0) } ?? .null }
    public init(_ value: Bool) { self = .int(value ? 1 : 0) }
}
