import CSRSQLiteWriter

/// The demo generator's INSERTs: one prepared statement per table, reused for every row.
///
/// ```swift
/// let writer = try DemoTableWriter(connection: db)
/// try writer.insert(.companies, [.text(id), .text(name), .text("Logistics"), .text("DE"), .text(created)])
/// ```
final class DemoTableWriter {
    /// The snapshot tables the generator fills, with their columns in INSERT order.
    enum Table: String, CaseIterable {
        case snapshotMeta = "snapshot_meta"
        case users, companies
        case companyUsers = "company_users"
        case programEnrollments = "program_enrollments"
        case externalIDMappings = "external_id_mappings"
        case kintellSessions = "kintell_sessions"
        case buddyMatches = "buddy_matches"
        case buddyEvents = "buddy_events"
        case buddyCheckins = "buddy_checkins"
        case buddyFeedback = "buddy_feedback"
        case learningProgress = "learning_progress"
        case outcomeScores = "outcome_scores"
        case evidenceSnippets = "evidence_snippets"
        case metricsCompanyPeriod = "metrics_company_period"
        case safetyFlags = "safety_flags"
        case eventDeduplication = "event_deduplication"
        case webhookDeduplication = "webhook_deduplication"
        case apiRequestDeduplication = "api_request_deduplication"

        var columns: [String] {
            switch self {
            case .snapshotMeta: ["key", "value"]
            case .users: ["id", "email", "role", "first_name", "last_name", "created_at", "updated_at"]
            case .companies: ["id", "name", "industry", "country", "created_at"]
            case .companyUsers: ["id", "company_id", "user_id", "joined_at"]
            case .programEnrollments: ["id", "user_id", "program_type", "enrolled_at", "status", "completed_at"]
            case .externalIDMappings: ["id", "user_id", "external_system", "external_id", "created_at"]
            case .kintellSessions:
                ["id", "external_session_id", "session_type", "participant_id", "volunteer_id", "scheduled_at",
                 "completed_at", "duration_minutes", "rating", "feedback_text", "language_level", "topics",
                 "metadata", "created_at"]
            case .buddyMatches: ["id", "participant_id", "buddy_id", "matched_at", "status", "ended_at"]
            case .buddyEvents: ["id", "match_id", "event_type", "event_date", "description", "location", "created_at"]
            case .buddyCheckins: ["id", "match_id", "checkin_date", "mood", "notes"]
            case .buddyFeedback: ["id", "match_id", "from_role", "rating", "feedback_text", "submitted_at"]
            case .learningProgress:
                ["id", "user_id", "provider", "course_id", "course_name", "status", "progress_percent",
                 "started_at", "completed_at", "credential_ref", "metadata", "created_at", "updated_at"]
            case .outcomeScores:
                ["id", "text_id", "text_type", "dimension", "score", "confidence", "model_version", "created_at"]
            case .evidenceSnippets:
                ["id", "outcome_score_id", "snippet_text", "snippet_hash", "embedding_ref", "created_at"]
            case .metricsCompanyPeriod:
                ["id", "company_id", "period_start", "period_end", "participants_count", "volunteers_count",
                 "sessions_count", "avg_integration_score", "avg_language_level", "avg_job_readiness",
                 "sroi_ratio", "vis_score", "created_at"]
            case .safetyFlags:
                ["id", "content_id", "content_type", "flag_reason", "confidence", "requires_human_review",
                 "review_status", "reviewed_by", "review_notes", "reviewed_at", "raised_at"]
            case .eventDeduplication:
                ["id", "event_id", "event_type", "consumer_id", "processed_at", "success", "error_message",
                 "metadata", "created_at"]
            case .webhookDeduplication:
                ["id", "delivery_id", "webhook_source", "webhook_type", "received_at", "processed_at", "success",
                 "status_code", "error_message", "retry_count", "payload", "created_at"]
            case .apiRequestDeduplication:
                ["id", "idempotency_key", "user_id", "endpoint", "method", "requested_at", "completed_at",
                 "status_code", "response_body", "error_message", "expires_at", "created_at"]
            }
        }
    }

    private var statements: [Table: SQLiteWriteStatement] = [:]

    init(connection: SQLiteWriter) throws {
        for table in Table.allCases {
            let columns = table.columns
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            statements[table] = try connection.prepare(
                "INSERT INTO \(table.rawValue) (\(columns.joined(separator: ", "))) VALUES (\(marks))")
        }
    }

    func insert(_ table: Table, _ values: [SQLiteValue]) throws {
        assert(values.count == table.columns.count, "\(table.rawValue): \(values.count) values")
        try statements[table]!.run(values)
    }
}
