import CSRSQLiteWriter
import CSRReport
import Foundation

/// Turns one field of the server's text output into the snapshot's value, by kind.
///
/// The session runs with `TimeZone = 'UTC'` and `DateStyle = 'ISO'`, so a `timestamptz`
/// arrives as `2025-07-15 10:30:00+00` (fraction only when non-zero) whatever the server's
/// own `TimeZone` setting; it is stored as `2025-07-15T10:30:00Z`, the snapshot's UTC ISO 8601.
/// A `timestamp` without time zone is read as UTC, as the report reads naive timestamps.
///
/// ```swift
/// SnapshotValue.isoTimestamp(Array("2025-07-15 10:30:00.5+00".utf8))   // "2025-07-15T10:30:00.5Z"
/// ```
enum SnapshotValue {
    static func bind(_ kind: ValueKind, _ bytes: UnsafeBufferPointer<UInt8>, to statement: SQLiteWriteStatement, at index: Int,
                     scratch: inout [UInt8]) throws {
        switch kind {
        case .uuid, .text, .date:
            try statement.bind(index, utf8: bytes)
        case .timestamp:
            scratch.removeAll(keepingCapacity: true)
            guard normalizeTimestamp(bytes, into: &scratch) else { return try statement.bind(index, utf8: bytes) }
            try scratch.withUnsafeBufferPointer { try statement.bind(index, utf8: $0) }
        case .integer:
            if let value = cNumber(bytes, &scratch, { strtoll($0, $1, 10) }) { try statement.bind(index, value) }
            else { try statement.bind(index, utf8: bytes) }
        case .decimal:
            // strtod rounds correctly, so a numeric's decimal text gives the double nearest to it;
            // NaN has no SQLite value and is stored as NULL, as a REAL column would store it.
            if let value = cNumber(bytes, &scratch, { strtod($0, $1) }) { try statement.bind(index, value.isNaN ? nil : value) }
            else { try statement.bind(index, utf8: bytes) }
        }
    }

    /// `YYYY-MM-DD HH:MM:SS[.f][+00]` -> `YYYY-MM-DDTHH:MM:SS[.f]Z`. False for anything else
    /// (`infinity`, BC dates, another offset): such a value is kept as the server wrote it, and
    /// the report's loader names its row.
    static func normalizeTimestamp(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        let n = bytes.count
        guard n >= 19, bytes[10] == UInt8(ascii: " "), bytes[4] == UInt8(ascii: "-") else { return false }
        var end = n
        if n >= 22, bytes[n - 3] == UInt8(ascii: "+"), bytes[n - 2] == UInt8(ascii: "0"), bytes[n - 1] == UInt8(ascii: "0") {
            end = n - 3
        }
        for i in 11..<end where !(bytes[i] >= 48 && bytes[i] <= 58) && bytes[i] != UInt8(ascii: ".") {
            return false
        }
        out.append(contentsOf: bytes[0..<10])
        out.append(UInt8(ascii: "T"))
        out.append(contentsOf: bytes[11..<end])
        out.append(UInt8(ascii: "Z"))
        return true
    }

    static func isoTimestamp(_ text: [UInt8]) -> String? {
        var out: [UInt8] = []
        let ok = text.withUnsafeBufferPointer { normalizeTimestamp($0, into: &out) }
        return ok ? String(decoding: out, as: UTF8.self) : nil
    }

    /// Parses with a C function on a NUL-terminated copy; nil unless every byte was consumed.
    private static func cNumber<T>(_ bytes: UnsafeBufferPointer<UInt8>, _ scratch: inout [UInt8],
                                   _ parse: (UnsafePointer<CChar>, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> T) -> T? {
        guard !bytes.isEmpty else { return nil }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: bytes)
        scratch.append(0)
        return scratch.withUnsafeBufferPointer { buffer -> T? in
            let start = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            var end: UnsafeMutablePointer<CChar>?
            let value = parse(start, &end)
            guard let end, UnsafePointer(end) == start + bytes.count else { return nil }
            return value
        }
    }
}
