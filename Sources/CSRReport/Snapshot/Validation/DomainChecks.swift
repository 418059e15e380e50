import CSQLite
import Foundation

extension ValidationRun {
    /// Reads `table` once and applies every value check of `rules` to every row; returns the
    /// number of rows. Enum membership and JSON validity are computed by SQLite in the same
    /// query; formats and ranges are checked here with the parsers the loader uses
    /// (`UUIDKey.parse`, `Timestamp.parse`, `CEFR.level`), so "valid" means "the build reads it".
    func scanValues(_ table: String, rules: [ValidationRule]) throws -> Int {
        let name = ValidationSQL.name
        var select = [idExpression(table, alias: "t"), rowidExpression(table, alias: "t")]
        for rule in rules {
            let column = "t.\(name(rule.columns[0]))"
            switch rule.check {
            case .oneOf(let values):
                // Case-insensitive, as the loader lower-cases roles, statuses and types.
                let list = values.map { ValidationSQL.literal($0.lowercased()) }.joined(separator: ", ")
                select.append("CASE WHEN \(column) IS NULL THEN NULL ELSE lower(\(column)) IN (\(list)) END")
            case .json:
                select.append("CASE WHEN \(column) IS NULL THEN NULL ELSE json_valid(\(column)) END")
            case .cefr:
                // The usual spellings are settled in SQL; the rest (padding, odd types) go to
                // `CEFR.level` as the loader reads them. Saves a String per row on 1M sessions.
                let levels = CEFR.labels.map(ValidationSQL.literal).joined(separator: ", ")
                select.append("CASE WHEN upper(\(column)) IN (\(levels)) THEN NULL ELSE \(column) END")
            default:
                select.append(column)
            }
        }
        let sql = "SELECT \(select.joined(separator: ", ")) FROM main.\(name(table)) AS t"

        var sawUpperCase = [Bool](repeating: false, count: rules.count)
        var rows = 0
        try snapshot.query(sql) { stmt in
            rows += 1
            for (index, rule) in rules.enumerated() {
                let column = index + 2
                guard let problem = Self.problem(rule.check, stmt, column, sawUpperCase: &sawUpperCase[index]) else { continue }
                tally.add(problem, table: table, columns: rule.columns, example: ExampleID.of(stmt))
            }
        }
        for (index, rule) in rules.enumerated() {
            guard case .uuid = rule.check else { continue }
            scannedColumns.insert("\(table).\(rule.columns[0])")
            if sawUpperCase[index] { upperCaseColumns.insert("\(table).\(rule.columns[0])") }
        }
        return rows
    }

    /// The problem with one cell, or nil when it passes `check`. NULL passes every check but `notNull`.
    private static func problem(_ check: ValidationRule.Check, _ stmt: SQLiteStatement, _ column: Int,
                                sawUpperCase: inout Bool) -> ValidationProblem? {
        let storage = stmt.storageClass(column)
        if case .notNull(let consequence) = check { return storage == SQLITE_NULL ? .null(consequence) : nil }
        if storage == SQLITE_NULL { return nil }
        switch check {
        case .uuid:
            return stmt.withUTF8(column) { bytes in
                if bytes.contains(where: { $0 >= 65 && $0 <= 90 }) { sawUpperCase = true }
                return UUIDKey.parse(bytes) == nil ? .notUUID : nil
            }
        case .timestamp:
            // The loader accepts timestamps stored as TEXT only (an INTEGER epoch is not one).
            guard storage == SQLITE_TEXT else { return .notTimestamp }
            return stmt.withUTF8(column) { Timestamp.parse($0) == nil ? .notTimestamp : nil }
        case .date:
            guard storage == SQLITE_TEXT else { return .notDate }
            return stmt.withUTF8(column) { bytes in
                guard Timestamp.parse(bytes) != nil else { return .notDate }
                return bytes.count == 10 ? nil : .dateWithTime
            }
        case .number(let range):
            guard let value = number(stmt, column, storage) else { return .notNumber }
            return range.map { $0.contains(value) ? nil : .outOfRange($0) } ?? nil
        case .integer(let range):
            guard let value = number(stmt, column, storage) else { return .notNumber }
            guard value == value.rounded(), abs(value) < 1e15 else { return .notInteger }
            return range.map { $0.contains(value) ? nil : .outOfRange($0) } ?? nil
        case .boolean:
            let value = number(stmt, column, storage)
            return value == 0 || value == 1 ? nil : .notBoolean
        case .oneOf(let values):
            return stmt.int64(column) == 0 ? .notOneOf(values) : nil
        case .json:
            return stmt.int64(column) == 0 ? .invalidJSON : nil
        case .cefr:
            return CEFR.level(stmt.text(column)) == nil ? .unknownCEFR : nil
        case .notNull, .references, .primaryKey, .unique, .scoreSource:
            return nil
        }
    }

    /// REAL, INTEGER or numeric TEXT, as the loader reads decimals (spec 1); nil when not a finite number.
    private static func number(_ stmt: SQLiteStatement, _ column: Int, _ storage: Int32) -> Double? {
        switch storage {
        case SQLITE_INTEGER, SQLITE_FLOAT:
            let value = stmt.double(column)
            return value.isFinite ? value : nil
        case SQLITE_TEXT:
            guard let value = stmt.text(column).flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }) else { return nil }
            return value.isFinite ? value : nil
        default:
            return nil
        }
    }
}
