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
            case .notNull(.addsNoHours):
                // Only a completed session has a duration to miss (spec 4); others read as 0.
                select.append("CASE WHEN t.\(name("completed_at")) IS NULL THEN 0 ELSE \(column) END")
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

        // The per-row loop works on trivial values only: copying the rules (strings, arrays)
        // once per row and rule costs retain/release pairs that, on 1M sessions, take longer
        // than the checks themselves.
        let checks = rules.map { CellCheck($0.check) }
        var sawUpperCase = [Bool](repeating: false, count: rules.count)
        var rows = 0
        try snapshot.query(sql) { stmt in
            rows += 1
            for index in checks.indices {
                guard let fault = Self.fault(checks[index], stmt, index + 2, sawUpperCase: &sawUpperCase[index]) else { continue }
                tally.add(fault.problem(rules[index].check), table: table, columns: rules[index].columns,
                          example: ExampleID.of(stmt))
            }
        }
        for (index, rule) in rules.enumerated() {
            guard case .uuid = rule.check else { continue }
            scannedColumns.insert("\(table).\(rule.columns[0])")
            if sawUpperCase[index] { upperCaseColumns.insert("\(table).\(rule.columns[0])") }
        }
        return rows
    }

    /// A value check reduced to what the per-row loop needs.
    private enum CellCheck {
        case uuid, timestamp, date, boolean, cefr, notNull
        case number(ValueRange?), integer(ValueRange?)
        /// A 0/1 that SQLite computed in the query (enum membership, `json_valid`).
        case computedFlag

        init(_ check: ValidationRule.Check) {
            switch check {
            case .uuid: self = .uuid
            case .timestamp: self = .timestamp
            case .date: self = .date
            case .boolean: self = .boolean
            case .cefr: self = .cefr
            case .notNull: self = .notNull
            case .number(let range): self = .number(range)
            case .integer(let range): self = .integer(range)
            case .oneOf, .json, .references, .primaryKey, .unique, .scoreSource: self = .computedFlag
            }
        }
    }

    /// What failed in a cell; turned into a `ValidationProblem` with the rule's details.
    private enum CellFault {
        case notUUID, notTimestamp, notDate, dateWithTime, notNumber, notInteger, outOfRange, notBoolean
        case flagged, unknownCEFR, null

        func problem(_ check: ValidationRule.Check) -> ValidationProblem {
            switch (self, check) {
            case (.notUUID, _): .notUUID
            case (.notTimestamp, _): .notTimestamp
            case (.notDate, _): .notDate
            case (.dateWithTime, _): .dateWithTime
            case (.notNumber, _): .notNumber
            case (.notInteger, _): .notInteger
            case (.outOfRange, .number(let range?)), (.outOfRange, .integer(let range?)): .outOfRange(range)
            case (.notBoolean, _): .notBoolean
            case (.flagged, .oneOf(let values)): .notOneOf(values)
            case (.flagged, _): .invalidJSON
            case (.unknownCEFR, _): .unknownCEFR
            case (.null, .notNull(let consequence)): .null(consequence)
            case (.outOfRange, _), (.null, _): preconditionFailure("fault \(self) from check \(check)")
            }
        }
    }

    /// The fault of one cell, or nil when it passes. NULL passes every check but `notNull`.
    private static func fault(_ check: CellCheck, _ stmt: SQLiteStatement, _ column: Int,
                              sawUpperCase: inout Bool) -> CellFault? {
        let storage = stmt.storageClass(column)
        if case .notNull = check { return storage == SQLITE_NULL ? .null : nil }
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
            return range.map { $0.contains(value) ? nil : .outOfRange } ?? nil
        case .integer(let range):
            guard let value = number(stmt, column, storage) else { return .notNumber }
            guard value == value.rounded(), abs(value) < 1e15 else { return .notInteger }
            return range.map { $0.contains(value) ? nil : .outOfRange } ?? nil
        case .boolean:
            let value = number(stmt, column, storage)
            return value == 0 || value == 1 ? nil : .notBoolean
        case .computedFlag:
            return stmt.int64(column) == 0 ? .flagged : nil
        case .cefr:
            return CEFR.level(stmt.text(column)) == nil ? .unknownCEFR : nil
        case .notNull:
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
