import CSQLite
import Foundation

/// Reads typed values from the current row of a statement whose first column is the row's `id`,
/// throwing `SnapshotError.malformedValue` that names table, column and row id.
struct RowDecoder {
    let path: String
    let table: String
    let stmt: SQLiteStatement

    private var rowID: String { quotedForMessage(stmt.text(0)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }

    private func malformed(_ column: Int, _ name: String, expected: String) -> SnapshotError {
        .malformedValue(path: path, table: table, column: name, rowID: rowID, expected: expected,
                        found: quotedForMessage(stmt.text(column)))
    }

    func uuid(_ column: Int, _ name: String) throws -> UUIDKey? {
        if stmt.isNull(column) { return nil }
        if let key = stmt.withUTF8(column, { UUIDKey.parse($0) }) { return key }
        throw malformed(column, name, expected: "a UUID")
    }

    func timestamp(_ column: Int, _ name: String) throws -> Timestamp? {
        if stmt.isNull(column) { return nil }
        if stmt.storageClass(column) == SQLITE_TEXT, let time = stmt.withUTF8(column, { Timestamp.parse($0) }) {
            return time
        }
        throw malformed(column, name, expected: "an ISO 8601 timestamp")
    }

    /// REAL, INTEGER, or numeric TEXT (spec 1: decimals may arrive as text).
    func decimal(_ column: Int, _ name: String) throws -> Double? {
        switch stmt.storageClass(column) {
        case SQLITE_NULL: return nil
        case SQLITE_INTEGER, SQLITE_FLOAT:
            let v = stmt.double(column)
            if v.isFinite { return v }
        default:
            if let text = stmt.text(column), let v = Double(text.trimmingCharacters(in: .whitespaces)), v.isFinite {
                return v
            }
        }
        throw malformed(column, name, expected: "a number")
    }

    func integer(_ column: Int, _ name: String) throws -> Int? {
        guard let v = try decimal(column, name) else { return nil }
        guard v == v.rounded(), abs(v) < 1e15 else { throw malformed(column, name, expected: "an integer") }
        return Int(v)
    }

    func text(_ column: Int) -> String? { stmt.text(column) }
}
