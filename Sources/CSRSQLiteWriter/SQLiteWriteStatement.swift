import CSQLite

// SQLite's way of saying "copy this text now": the Swift string does not outlive the call.
private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A prepared statement of a `SQLiteWriter`: bind (1-based, as in SQLite), step, reset.
///
/// ```swift
/// let insert = try db.prepare("INSERT INTO snapshot_meta (key, value) VALUES (?, ?)")
/// try insert.run(["schema_version", "1.0"])
/// ```
public final class SQLiteWriteStatement {
    private let handle: OpaquePointer
    private let writer: SQLiteWriter
    public let sql: String

    init(handle: OpaquePointer, writer: SQLiteWriter, sql: String) {
        self.handle = handle
        self.writer = writer
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Advances one row; false when done.
    @discardableResult
    public func step() throws(SQLiteWriteError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let rc: throw writer.error(rc, sql: sql)
        }
    }

    /// Ready to run again with new bindings: every parameter is NULL until bound (the export
    /// binds only a row's non-NULL fields).
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Column `index` (0-based) of the current row as text; NULL as the empty string.
    public func text(_ index: Int) -> String {
        sqlite3_column_text(handle, Int32(index)).map { String(cString: $0) } ?? ""
    }

    public func bind(_ index: Int, _ value: String?) throws(SQLiteWriteError) {
        try check(value.map { sqlite3_bind_text(handle, Int32(index), $0, -1, SQLITE_TRANSIENT) } ?? sqlite3_bind_null(handle, Int32(index)))
    }

    /// Binds UTF-8 bytes as text without making a Swift string first (the snapshot export binds
    /// millions of values straight from the server's buffers).
    public func bind(_ index: Int, utf8 bytes: UnsafeBufferPointer<UInt8>) throws(SQLiteWriteError) {
        // A NULL pointer would bind NULL: an empty buffer is bound as the empty string.
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return try bind(index, "") }
        try check(sqlite3_bind_text(handle, Int32(index), UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                    Int32(bytes.count), SQLITE_TRANSIENT))
    }

    public func bind(_ index: Int, _ value: Int64?) throws(SQLiteWriteError) {
        try check(value.map { sqlite3_bind_int64(handle, Int32(index), $0) } ?? sqlite3_bind_null(handle, Int32(index)))
    }

    public func bind(_ index: Int, _ value: Int?) throws(SQLiteWriteError) {
        try bind(index, value.map(Int64.init))
    }

    public func bind(_ index: Int, _ value: Double?) throws(SQLiteWriteError) {
        try check(value.map { sqlite3_bind_double(handle, Int32(index), $0) } ?? sqlite3_bind_null(handle, Int32(index)))
    }

    /// Binds every value in order and runs the statement once (for INSERTs).
    public func run(_ values: [SQLiteValue]) throws(SQLiteWriteError) {
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

    private func check(_ rc: Int32) throws(SQLiteWriteError) {
        if rc != SQLITE_OK { throw writer.error(rc, sql: sql) }
    }
}

/// A value to bind.
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
