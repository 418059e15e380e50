/// What is wrong with the values a finding counts, and how it reads in the report.
///
/// ```swift
/// ValidationProblem.orphan(parent: "users").text        // "refers to no users row"
/// ValidationProblem.severity(of: .unknownCEFR, table: "kintell_sessions", columns: ["language_level"])   // .warning
/// ```
enum ValidationProblem: Hashable, Sendable {
    case notUUID
    case notTimestamp
    case notDate
    case dateWithTime
    case notNumber
    case notInteger
    case notBoolean
    case invalidJSON
    case notOneOf([String])
    case outOfRange(ValueRange)
    case unknownCEFR
    case null(NullConsequence)
    case orphan(parent: String)
    case noSourceRow(sourceTable: String)
    case sourceWithoutParticipant(sourceTable: String)
    case duplicatePrimaryKey
    case duplicateKey(ignoringCase: Bool)

    var text: String {
        switch self {
        case .notUUID: "not a UUID"
        case .notTimestamp: "not an ISO 8601 timestamp"
        case .notDate: "not a YYYY-MM-DD date"
        case .dateWithTime: "a timestamp where a YYYY-MM-DD date belongs"
        case .notNumber: "not a number"
        case .notInteger: "not an integer"
        case .notBoolean: "not 0 or 1"
        case .invalidJSON: "not valid JSON"
        case .notOneOf(let values): "not one of " + values.joined(separator: " | ")
        case .outOfRange(let range): range.text
        case .unknownCEFR: "not a CEFR level A1..C2: level skipped"
        case .null(let consequence): "NULL: \(consequence.rawValue)"
        case .orphan(let parent): "refers to no \(parent) row"
        case .noSourceRow(let table): "matches no \(table) row: score excluded"
        case .sourceWithoutParticipant(let table): "\(table) row leads to no participant: score excluded"
        case .duplicatePrimaryKey: "duplicate id (ignoring case)"
        case .duplicateKey(let ignoringCase): ignoringCase ? "duplicate value (ignoring case)" : "duplicate value"
        }
    }

    /// What the problem does to a build that reads the column.
    enum Effect {
        /// The loader cannot decode the value and stops the build with a message.
        case stopsLoad
        /// The row is dropped, left out of scope, or read as something it is not.
        case changesFigures
        /// The spec says what happens and the figures follow it (CEFR levels skipped, NULL
        /// `joined_at` always joined, snippets deduplicated by hash), or nothing reads the value.
        case handledBySpec
    }

    var effect: Effect {
        switch self {
        case .notUUID, .notTimestamp, .notDate, .notNumber, .notInteger:
            .stopsLoad
        case .outOfRange, .notOneOf, .orphan, .noSourceRow, .sourceWithoutParticipant, .duplicatePrimaryKey:
            .changesFigures
        case .null(let consequence):
            consequence == .countedAsAlwaysJoined || consequence == .addsNoHours ? .handledBySpec : .changesFigures
        case .unknownCEFR, .dateWithTime, .notBoolean, .invalidJSON, .duplicateKey:
            .handledBySpec
        }
    }

    /// The one place that decides how bad a finding is.
    ///
    /// An **error** means a report built from this snapshot would be wrong, would silently leave
    /// data out, or would not build at all; `validate` then exits non-zero. That needs both a
    /// problem that matters (`effect`) and a column the build actually reads:
    /// - a value the loader cannot decode stops the build wherever the loader decodes it: the
    ///   columns of `SnapshotSchema.required` and of `SnapshotSchema.optional` (reconciliation);
    /// - a dangling reference, an unknown enum value, a value out of range, a NULL that drops a
    ///   row or a duplicate id changes figures only in the columns the figures read,
    ///   `SnapshotSchema.required`; in `metrics_company_period` it only skips a comparison row.
    ///
    /// Everything else is a **warning**: problems in columns no figure reads (ratings, JSON,
    /// enrolments, the idempotency tables), and problems whose outcome the spec defines (unknown
    /// CEFR levels are skipped, a NULL `joined_at` counts as always joined, duplicate snippet
    /// hashes are deduplicated, emails are never read).
    static func severity(of problem: ValidationProblem, table: String, columns: [String]) -> DataQualityFinding.Severity {
        func listed(in schema: [(table: String, columns: [String])]) -> Bool {
            schema.contains { $0.table == table && columns.contains(where: $0.columns.contains) }
        }
        switch problem.effect {
        case .stopsLoad:
            return listed(in: SnapshotSchema.required) || listed(in: SnapshotSchema.optional) ? .error : .warning
        case .changesFigures:
            return listed(in: SnapshotSchema.required) ? .error : .warning
        case .handledBySpec:
            return .warning
        }
    }
}
