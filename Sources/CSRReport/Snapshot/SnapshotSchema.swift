/// The snapshot layout csr-report reads: the shipped DDL, and the tables and columns the
/// figures depend on.
///
/// ```swift
/// print(SnapshotSchema.ddl)                              // what `csr-report schema` prints
/// SnapshotSchema.required["kintell_sessions"]            // ["id", "participant_id", ...]
/// ```
public enum SnapshotSchema {
    /// The schema version this build reads (`snapshot_meta.schema_version`).
    public static let supportedVersions: Set<String> = ["1.0", "1"]

    /// `data/schema.sql`, embedded in the binary at build time (Plugins/EmbedFiles).
    public static var ddl: String { EmbeddedFiles.files["data/schema.sql"] ?? "" }

    /// Tables and columns without which no figure can be computed; checked when a snapshot opens.
    public static let required: [(table: String, columns: [String])] = [
        ("companies", ["id", "name", "country"]),
        ("users", ["id", "role", "first_name", "last_name"]),
        ("company_users", ["company_id", "user_id", "joined_at"]),
        ("kintell_sessions", ["id", "participant_id", "volunteer_id", "completed_at", "duration_minutes", "language_level"]),
        ("buddy_matches", ["id", "participant_id", "buddy_id", "matched_at", "ended_at"]),
        ("buddy_events", ["id", "match_id", "event_date"]),
        ("buddy_checkins", ["id", "match_id", "checkin_date"]),
        ("buddy_feedback", ["id", "match_id"]),
        ("learning_progress", ["id", "user_id", "status", "started_at", "completed_at", "updated_at", "created_at"]),
        ("outcome_scores", ["id", "text_id", "text_type", "dimension", "score", "confidence", "created_at"]),
        ("evidence_snippets", ["id", "outcome_score_id", "snippet_text", "snippet_hash"]),
        ("safety_flags", ["id", "content_id"]),
    ]

    /// Read when present: reconciliation needs `metrics_company_period`; `snapshot_meta` gives the
    /// export time and schema version.
    public static let optional: [(table: String, columns: [String])] = [
        ("snapshot_meta", ["key", "value"]),
        ("metrics_company_period", ["company_id", "period_start", "period_end", "participants_count",
                                    "volunteers_count", "sessions_count", "avg_integration_score",
                                    "avg_language_level", "avg_job_readiness", "sroi_ratio", "vis_score"]),
    ]
}
