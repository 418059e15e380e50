/// One check `csr-report validate` runs: a table, the column(s) it looks at, and what it looks for.
///
/// ```swift
/// ValidationRule("kintell_sessions", "participant_id", .references("users"))
/// ValidationRule("external_id_mappings", ["external_system", "external_id"], .unique(ignoringCase: false))
/// ```
/// The whole catalogue is data (`ValidationRule.catalogue`), so what is checked can be read in
/// one place; `SnapshotValidator` only knows how to run each kind of check.
struct ValidationRule: Sendable {
    let table: String
    /// One column, or several for a composite unique key.
    let columns: [String]
    let check: Check

    init(_ table: String, _ column: String, _ check: Check) {
        self.init(table, [column], check)
    }

    init(_ table: String, _ columns: [String], _ check: Check) {
        self.table = table
        self.columns = columns
        self.check = check
    }

    /// The name a finding carries: the column, or the columns of a composite key joined by `+`.
    var columnName: String { columns.joined(separator: "+") }

    enum Check: Sendable {
        // Checked value by value, in one pass over each table (DomainChecks.swift).
        case uuid
        case timestamp
        case date
        case number(ValueRange?)
        case integer(ValueRange?)
        case boolean
        case oneOf([String])
        case cefr
        case json
        case notNull(NullConsequence)
        // Checked with one set-based query each (ReferenceChecks.swift, UniquenessChecks.swift).
        case references(String)
        case primaryKey
        case unique(ignoringCase: Bool)
        /// `outcome_scores.text_id` resolved through `text_type` to its source row and on to a participant.
        case scoreSource

        var isValueCheck: Bool {
            switch self {
            case .references, .primaryKey, .unique, .scoreSource: false
            default: true
            }
        }
    }
}

/// Inclusive bounds of a numeric column; `upper` nil means unbounded above.
struct ValueRange: Hashable, Sendable {
    let lower: Double
    let upper: Double?

    static let unit = ValueRange(lower: 0, upper: 1)
    static let percent = ValueRange(lower: 0, upper: 100)
    static let nonNegative = ValueRange(lower: 0, upper: nil)
    /// Spec 4: a session outside 0..1440 minutes counts as missing.
    static let sessionMinutes = ValueRange(lower: 0, upper: 1440)

    func contains(_ value: Double) -> Bool {
        value >= lower && (upper.map { value <= $0 } ?? true)
    }

    var text: String {
        guard let upper else { return "below \(Self.format(lower))" }
        return "outside \(Self.format(lower))..\(Self.format(upper))"
    }

    private static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}

/// What a NULL does to the figures, which is what makes it a problem (or not).
enum NullConsequence: String, Hashable, Sendable {
    case rowExcluded = "row excluded"
    case scoreExcluded = "score excluded"
    case rowNotCounted = "row not counted"
    case unreferenceable = "row cannot be referenced"
    case countedAsAlwaysJoined = "counted as always joined"
    case addsNoHours = "adds 0 hours"
}

/// The text type of an outcome score, the table its `text_id` points into, and the path from that
/// row to the participant the score belongs to (spec 3).
struct ScoreSourceType: Sendable {
    let textType: String
    let table: String
    /// Each hop: a column of the current table and the table it points into; ends at `users`.
    let hops: [(column: String, table: String)]

    static let all: [ScoreSourceType] = [
        ScoreSourceType(textType: "buddy_feedback", table: "buddy_feedback",
                        hops: [("match_id", "buddy_matches"), ("participant_id", "users")]),
        ScoreSourceType(textType: "checkin_note", table: "buddy_checkins",
                        hops: [("match_id", "buddy_matches"), ("participant_id", "users")]),
        ScoreSourceType(textType: "kintell_feedback", table: "kintell_sessions",
                        hops: [("participant_id", "users")]),
    ]
}

extension ValidationRule {
    /// Every check, table by table in the order of `data/schema.sql`. Enum values come from the
    /// ER diagram's column comments; every timestamp, uuid, JSON and decimal column of the DDL is here.
    static let catalogue: [ValidationRule] = {
        var rules: [ValidationRule] = []
        func table(_ name: String, _ body: (_ add: (String, Check) -> Void) -> Void) {
            // Every table's `id` is a UUID primary key (ER diagram: "All tables use UUID primary keys").
            rules.append(ValidationRule(name, "id", .uuid))
            rules.append(ValidationRule(name, "id", .notNull(.unreferenceable)))
            rules.append(ValidationRule(name, "id", .primaryKey))
            body { column, check in rules.append(ValidationRule(name, column, check)) }
        }
        func unique(_ name: String, _ columns: [String], ignoringCase: Bool) {
            rules.append(ValidationRule(name, columns, .unique(ignoringCase: ignoringCase)))
        }

        table("users") { add in
            add("role", .oneOf(["admin", "company_user", "participant", "volunteer"]))
            add("created_at", .timestamp)
            add("updated_at", .timestamp)
        }
        unique("users", ["email"], ignoringCase: true)

        table("companies") { add in
            add("created_at", .timestamp)
        }

        table("company_users") { add in
            add("company_id", .uuid); add("company_id", .notNull(.rowExcluded)); add("company_id", .references("companies"))
            add("user_id", .uuid); add("user_id", .notNull(.rowExcluded)); add("user_id", .references("users"))
            add("joined_at", .timestamp); add("joined_at", .notNull(.countedAsAlwaysJoined))
        }

        table("program_enrollments") { add in
            add("user_id", .uuid); add("user_id", .references("users"))
            add("program_type", .oneOf(["buddy", "language", "mentorship", "upskilling"]))
            add("enrolled_at", .timestamp)
            add("status", .oneOf(["active", "completed", "dropped"]))
            add("completed_at", .timestamp)
        }

        table("external_id_mappings") { add in
            add("user_id", .uuid); add("user_id", .references("users"))
            add("created_at", .timestamp)
        }
        unique("external_id_mappings", ["external_system", "external_id"], ignoringCase: false)

        table("kintell_sessions") { add in
            add("session_type", .oneOf(["language", "mentorship"]))
            add("participant_id", .uuid); add("participant_id", .references("users"))
            add("volunteer_id", .uuid); add("volunteer_id", .references("users"))
            add("scheduled_at", .timestamp)
            add("completed_at", .timestamp)
            add("duration_minutes", .integer(.sessionMinutes)); add("duration_minutes", .notNull(.addsNoHours))
            add("rating", .number(.unit))
            add("language_level", .cefr)
            add("topics", .json)
            add("metadata", .json)
            add("created_at", .timestamp)
        }

        table("buddy_matches") { add in
            add("participant_id", .uuid); add("participant_id", .references("users"))
            add("buddy_id", .uuid); add("buddy_id", .references("users"))
            add("matched_at", .timestamp); add("matched_at", .notNull(.rowNotCounted))
            add("status", .oneOf(["active", "inactive", "ended"]))
            add("ended_at", .timestamp)
        }

        table("buddy_events") { add in
            add("match_id", .uuid); add("match_id", .notNull(.rowExcluded)); add("match_id", .references("buddy_matches"))
            add("event_type", .oneOf(["hangout", "activity", "workshop"]))
            add("event_date", .timestamp); add("event_date", .notNull(.rowNotCounted))
            add("created_at", .timestamp)
        }

        table("buddy_checkins") { add in
            add("match_id", .uuid); add("match_id", .notNull(.rowExcluded)); add("match_id", .references("buddy_matches"))
            add("checkin_date", .timestamp); add("checkin_date", .notNull(.rowNotCounted))
            add("mood", .oneOf(["great", "good", "okay", "struggling", "difficult"]))
        }

        table("buddy_feedback") { add in
            add("match_id", .uuid); add("match_id", .notNull(.rowExcluded)); add("match_id", .references("buddy_matches"))
            add("from_role", .oneOf(["participant", "buddy"]))
            add("rating", .number(.unit))
            add("submitted_at", .timestamp)
        }

        table("learning_progress") { add in
            add("user_id", .uuid); add("user_id", .notNull(.rowExcluded)); add("user_id", .references("users"))
            add("status", .oneOf(["enrolled", "in_progress", "completed", "dropped"]))
            add("progress_percent", .integer(.percent))
            add("started_at", .timestamp)
            add("completed_at", .timestamp)
            add("metadata", .json)
            add("created_at", .timestamp)
            add("updated_at", .timestamp)
        }

        table("outcome_scores") { add in
            add("text_id", .uuid); add("text_id", .notNull(.scoreExcluded))
            add("text_type", .oneOf(ScoreSourceType.all.map(\.textType))); add("text_type", .notNull(.scoreExcluded))
            add("dimension", .oneOf(OutcomeDimension.allCases.map(\.rawValue))); add("dimension", .notNull(.scoreExcluded))
            add("score", .number(.unit)); add("score", .notNull(.scoreExcluded))
            add("confidence", .number(.unit))
            add("created_at", .timestamp); add("created_at", .notNull(.scoreExcluded))
        }
        rules.append(ValidationRule("outcome_scores", "text_id", .scoreSource))

        table("evidence_snippets") { add in
            add("outcome_score_id", .uuid); add("outcome_score_id", .notNull(.rowExcluded))
            add("outcome_score_id", .references("outcome_scores"))
            add("created_at", .timestamp)
        }
        unique("evidence_snippets", ["snippet_hash"], ignoringCase: true)

        table("metrics_company_period") { add in
            add("company_id", .uuid); add("company_id", .references("companies"))
            add("period_start", .date)
            add("period_end", .date)
            // The loader reads every figure column as a decimal, counts included.
            for column in ["participants_count", "volunteers_count", "sessions_count"] {
                add(column, .number(.nonNegative))
            }
            for column in ["avg_integration_score", "avg_language_level", "avg_job_readiness", "sroi_ratio", "vis_score"] {
                add(column, .number(nil))
            }
            add("created_at", .timestamp)
        }

        table("safety_flags") { add in
            add("content_id", .uuid)
            add("content_type", .oneOf(["feedback_text", "checkin_note", "message"]))
            add("flag_reason", .oneOf(["profanity", "pii_leakage", "hate_speech"]))
            add("confidence", .number(.unit))
            add("requires_human_review", .boolean)
            add("review_status", .oneOf(["pending", "approved", "rejected", "escalated"]))
            add("reviewed_by", .uuid); add("reviewed_by", .references("users"))
            add("reviewed_at", .timestamp)
            add("raised_at", .timestamp)
        }

        table("event_deduplication") { add in
            add("processed_at", .timestamp)
            add("success", .boolean)
            add("metadata", .json)
            add("created_at", .timestamp)
        }
        unique("event_deduplication", ["event_id", "consumer_id"], ignoringCase: false)

        table("webhook_deduplication") { add in
            add("webhook_source", .oneOf(["kintell", "upskilling"]))
            add("received_at", .timestamp)
            add("processed_at", .timestamp)
            add("success", .boolean)
            add("payload", .json)
            add("created_at", .timestamp)
        }
        unique("webhook_deduplication", ["delivery_id", "webhook_source"], ignoringCase: false)

        table("api_request_deduplication") { add in
            add("user_id", .uuid); add("user_id", .references("users"))
            add("method", .oneOf(["GET", "POST", "PUT", "DELETE"]))
            add("requested_at", .timestamp)
            add("completed_at", .timestamp)
            add("expires_at", .timestamp)
            add("created_at", .timestamp)
        }
        unique("api_request_deduplication", ["idempotency_key"], ignoringCase: false)

        return rules
    }()
}
