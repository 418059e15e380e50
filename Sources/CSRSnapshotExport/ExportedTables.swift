import CSRReport

/// What the export reads from the platform's PostgreSQL database: exactly the columns the
/// snapshot loader reads (`SnapshotSchema.required` and `.optional`, plus each table's `id`),
/// nothing else. A snapshot is personal data; `users.email`, free-text notes, JSON payloads and
/// every column the report has no use for stay on the server.
///
/// ```swift
/// ExportedTable.all.first { $0.name == "users" }?.columns.map(\.name)   // ["id", "role", "first_name", "last_name"]
/// ```
public struct ExportedTable: Sendable {
    public let name: String
    public let columns: [ExportedColumn]
    /// `metrics_company_period` is only for reconciliation: a database without it still exports.
    public let isOptional: Bool

    init(_ name: String, optional: Bool = false, _ columns: [ExportedColumn]) {
        self.name = name
        self.columns = columns
        self.isOptional = optional
    }

    /// In the loader's order, so that the progress bars follow the dependencies.
    public static let all: [ExportedTable] = [
        ExportedTable("users", [.uuid("id"), .text("role"), .text("first_name"), .text("last_name")]),
        ExportedTable("companies", [.uuid("id"), .text("name"), .text("country")]),
        ExportedTable("company_users", [.uuid("id"), .uuid("company_id"), .uuid("user_id"), .timestamp("joined_at")]),
        ExportedTable("buddy_matches", [.uuid("id"), .uuid("participant_id"), .uuid("buddy_id"),
                                        .timestamp("matched_at"), .timestamp("ended_at")]),
        ExportedTable("buddy_events", [.uuid("id"), .uuid("match_id"), .timestamp("event_date")]),
        ExportedTable("buddy_checkins", [.uuid("id"), .uuid("match_id"), .timestamp("checkin_date")]),
        ExportedTable("buddy_feedback", [.uuid("id"), .uuid("match_id")]),
        ExportedTable("outcome_scores", [.uuid("id"), .uuid("text_id"), .text("text_type"), .text("dimension"),
                                         .decimal("score"), .decimal("confidence"), .timestamp("created_at")]),
        ExportedTable("kintell_sessions", [.uuid("id"), .uuid("participant_id"), .uuid("volunteer_id"),
                                           .timestamp("completed_at"), .integer("duration_minutes"), .text("language_level")]),
        ExportedTable("evidence_snippets", [.uuid("id"), .uuid("outcome_score_id"), .text("snippet_text"), .text("snippet_hash")]),
        ExportedTable("safety_flags", [.uuid("id"), .uuid("content_id")]),
        ExportedTable("learning_progress", [.uuid("id"), .uuid("user_id"), .text("status"), .timestamp("started_at"),
                                            .timestamp("completed_at"), .timestamp("updated_at"), .timestamp("created_at")]),
        ExportedTable("metrics_company_period", optional: true, [
            .uuid("id"), .uuid("company_id"), .date("period_start"), .date("period_end"),
            .integer("participants_count"), .integer("volunteers_count"), .integer("sessions_count"),
            .decimal("avg_integration_score"), .decimal("avg_language_level"), .decimal("avg_job_readiness"),
            .decimal("sroi_ratio"), .decimal("vis_score"),
        ]),
    ]

    /// `CREATE TABLE` in the snapshot's SQLite types (`data/schema.sql`: TEXT, INTEGER, REAL).
    /// No primary key or unique constraint: a duplicate id on the server is a finding for
    /// `csr-report validate`, not a reason to fail the export.
    var createStatement: String {
        let list = columns.map { "    \($0.name) \($0.kind.sqliteType)" }.joined(separator: ",\n")
        return "CREATE TABLE \(name) (\n\(list)\n)"
    }
}

/// One exported column and the value kind the report expects in it.
public struct ExportedColumn: Sendable, Equatable {
    public let name: String
    public let kind: ValueKind

    static func uuid(_ name: String) -> ExportedColumn { ExportedColumn(name: name, kind: .uuid) }
    static func text(_ name: String) -> ExportedColumn { ExportedColumn(name: name, kind: .text) }
    static func timestamp(_ name: String) -> ExportedColumn { ExportedColumn(name: name, kind: .timestamp) }
    static func date(_ name: String) -> ExportedColumn { ExportedColumn(name: name, kind: .date) }
    static func integer(_ name: String) -> ExportedColumn { ExportedColumn(name: name, kind: .integer) }
    static func decimal(_ name: String) -> ExportedColumn { ExportedColumn(name: name, kind: .decimal) }
}

/// The value kinds of the ER diagram the report reads, and the PostgreSQL types that carry
/// them (`format_type` names). Anything else is "a column of another type": one clear error,
/// because a silently converted value would change a figure.
public enum ValueKind: Sendable, Equatable {
    case uuid, text, timestamp, date, integer, decimal

    public var acceptedTypes: [String] {
        switch self {
        case .uuid: ["uuid"]
        case .text: ["text", "character varying", "character", "citext"]
        case .timestamp: ["timestamp with time zone", "timestamp without time zone"]
        case .date: ["date"]
        case .integer: ["integer", "bigint", "smallint"]
        case .decimal: ["numeric", "double precision", "real", "integer", "bigint", "smallint"]
        }
    }

    var sqliteType: String {
        switch self {
        case .uuid, .text, .timestamp, .date: "TEXT"
        case .integer: "INTEGER"
        case .decimal: "REAL"
        }
    }
}
