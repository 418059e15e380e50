import CSQLite

/// A failure reported by SQLite, with the file and the statement it came from.
///
/// ```swift
/// catch let error as SQLiteError { print(error.description) }
/// // data/demo.sqlite: SQLITE_CORRUPT (database disk image is malformed) in: SELECT ...
/// ```
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The primary result code (`SQLITE_CORRUPT`, `SQLITE_NOTADB`, ...).
    public let code: Int32
    /// SQLite's own words for it.
    public let message: String
    /// The statement being prepared or run, when there was one.
    public let sql: String?
    /// The database file.
    public let path: String

    public var description: String {
        var text = "\(path): \(Self.codeName(code)) (\(message))"
        if let sql { text += " in: \(sql.split(whereSeparator: \.isNewline).joined(separator: " "))" }
        return text
    }

    /// True when the bytes of the file are not a (complete) SQLite database.
    public var isCorruption: Bool {
        let primary = code & 0xFF
        return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB
    }

    static func codeName(_ code: Int32) -> String {
        switch code & 0xFF {
        case SQLITE_ERROR: "SQLITE_ERROR"
        case SQLITE_BUSY: "SQLITE_BUSY"
        case SQLITE_READONLY: "SQLITE_READONLY"
        case SQLITE_IOERR: "SQLITE_IOERR"
        case SQLITE_CORRUPT: "SQLITE_CORRUPT"
        case SQLITE_NOTFOUND: "SQLITE_NOTFOUND"
        case SQLITE_FULL: "SQLITE_FULL"
        case SQLITE_CANTOPEN: "SQLITE_CANTOPEN"
        case SQLITE_CONSTRAINT: "SQLITE_CONSTRAINT"
        case SQLITE_MISMATCH: "SQLITE_MISMATCH"
        case SQLITE_NOTADB: "SQLITE_NOTADB"
        default: "SQLite error \(code)"
        }
    }
}
