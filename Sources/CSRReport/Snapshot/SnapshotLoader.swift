import CSQLite

/// Counts the rows the spec leaves out of the figures, with up to three example ids each.
struct FindingCounter {
    private var findings: [String: DataQualityFinding] = [:]
    private var order: [String] = []

    mutating func add(_ severity: DataQualityFinding.Severity, _ table: String, _ column: String, _ problem: String, id: String?) {
        let key = "\(table)\u{1F}\(column)\u{1F}\(problem)"
        if findings[key] == nil {
            findings[key] = DataQualityFinding(severity: severity, table: table, column: column, problem: problem)
            order.append(key)
        }
        findings[key]!.count += 1
        if let id, findings[key]!.exampleIDs.count < 3 { findings[key]!.exampleIDs.append(id) }
    }

    var all: [DataQualityFinding] { order.compactMap { findings[$0] } }
}

extension Snapshot {
    /// Reads every row the figures need, in a fixed number of queries (one full scan per table,
    /// in storage order: every order that matters is established on parsed values), and
    /// resolves references to compact indexes. Rows that the spec excludes (dangling
    /// references, unknown dimensions, scores outside 0..1) are counted in `findings`; values
    /// that cannot be decoded at all stop the load with a message naming the row.
    public func load() throws -> SnapshotData {
        var data = SnapshotData(path: path, meta: meta)
        var counter = FindingCounter()
        func decoder(_ table: String, _ stmt: SQLiteStatement) -> RowDecoder {
            RowDecoder(path: path, table: table, stmt: stmt)
        }

        // Users: index by id; names go to the redactor's dictionary only.
        var userIndex: [UUIDKey: UserRef] = [:]
        // Names repeat across thousands of users; the dictionary needs each spelling once.
        var personNames: Set<String> = []
        try query("SELECT id, role, first_name, last_name FROM users") { stmt in
            let row = decoder("users", stmt)
            guard let id = try row.uuid(0, "id") else { return }
            if userIndex[id] != nil { return }   // a duplicate id: validate reports it
            userIndex[id] = UserRef(data.users.count)
            data.users.append(UserRow(id: id, role: UserRole(row.text(1))))
            for column in 2...3 {
                if let name = row.text(column), !name.isEmpty { personNames.insert(name) }
            }
        }
        data.personNames = personNames.sorted()
        func user(_ key: UUIDKey?) -> UserRef? { key.flatMap { userIndex[$0] } }

        var companyIndex: [UUIDKey: Int32] = [:]
        var companyRows: [UUIDKey: Int] = [:]
        try query("SELECT id, name, country FROM companies ORDER BY id") { stmt in
            let row = decoder("companies", stmt)
            guard let id = try row.uuid(0, "id") else { return }
            companyRows[id, default: 0] += 1
            guard companyIndex[id] == nil else { return }
            companyIndex[id] = Int32(data.companies.count)
            data.companies.append(CompanyRow(id: id, name: row.text(1) ?? "", country: row.text(2)))
        }

        data.duplicateCompanyIDs = companyRows.filter { $0.value > 1 }.map { ($0.key.description, $0.value) }.sorted { $0.id < $1.id }

        try query("SELECT id, company_id, user_id, joined_at FROM company_users") { stmt in
            let row = decoder("company_users", stmt)
            let joined = try row.timestamp(3, "joined_at")
            guard let company = try row.uuid(1, "company_id").flatMap({ companyIndex[$0] }) else {
                counter.add(.error, "company_users", "company_id", "refers to no companies row", id: row.text(0))
                return
            }
            guard let member = user(try row.uuid(2, "user_id")) else {
                counter.add(.error, "company_users", "user_id", "refers to no users row", id: row.text(0))
                return
            }
            if joined == nil {
                counter.add(.warning, "company_users", "joined_at", "NULL: counted as always joined", id: row.text(0))
            }
            data.memberships.append(MembershipRow(company: company, user: member, joinedAt: joined))
        }

        var matchIndex: [UUIDKey: Int32] = [:]
        try query("SELECT id, participant_id, buddy_id, matched_at, ended_at FROM buddy_matches") { stmt in
            let row = decoder("buddy_matches", stmt)
            guard let id = try row.uuid(0, "id"), matchIndex[id] == nil else { return }
            let participantKey = try row.uuid(1, "participant_id")
            let buddyKey = try row.uuid(2, "buddy_id")
            let participant = user(participantKey)
            let buddy = user(buddyKey)
            if participantKey != nil, participant == nil {
                counter.add(.error, "buddy_matches", "participant_id", "refers to no users row", id: row.text(0))
            }
            if buddyKey != nil, buddy == nil {
                counter.add(.error, "buddy_matches", "buddy_id", "refers to no users row", id: row.text(0))
            }
            let matched = try row.timestamp(3, "matched_at")
            if matched == nil {
                counter.add(.error, "buddy_matches", "matched_at", "NULL: row not counted", id: row.text(0))
            }
            matchIndex[id] = Int32(data.matches.count)
            data.matches.append(MatchRow(participant: participant, buddy: buddy, matchedAt: matched,
                                         endedAt: try row.timestamp(4, "ended_at")))
        }

        /// Dated rows on matches; `keepIDs` also maps each row's id to its match (check-ins are
        /// the source texts of outcome scores; events are not).
        func activities(_ table: String, _ dateColumn: String, keepIDs: Bool) throws -> ([MatchActivityRow], [UUIDKey: Int32]) {
            var rows: [MatchActivityRow] = []
            var byID: [UUIDKey: Int32] = [:]
            try query("SELECT id, match_id, \(dateColumn) FROM \(table)") { stmt in
                let row = decoder(table, stmt)
                let id = try row.uuid(0, "id")
                let date = try row.timestamp(2, dateColumn)
                guard let match = try row.uuid(1, "match_id").flatMap({ matchIndex[$0] }) else {
                    counter.add(.error, table, "match_id", "refers to no buddy_matches row", id: row.text(0))
                    return
                }
                if keepIDs, let id { byID[id] = match }
                if let date { rows.append(MatchActivityRow(match: match, date: date)) }
            }
            return (rows, byID)
        }
        let (events, _) = try activities("buddy_events", "event_date", keepIDs: false)
        let (checkins, checkinMatch) = try activities("buddy_checkins", "checkin_date", keepIDs: true)
        data.events = events
        data.checkins = checkins

        var feedbackMatch: [UUIDKey: Int32] = [:]
        try query("SELECT id, match_id FROM buddy_feedback") { stmt in
            let row = decoder("buddy_feedback", stmt)
            guard let id = try row.uuid(0, "id") else { return }
            if let match = try row.uuid(1, "match_id").flatMap({ matchIndex[$0] }) {
                feedbackMatch[id] = match
            } else {
                counter.add(.error, "buddy_feedback", "match_id", "refers to no buddy_matches row", id: row.text(0))
            }
        }

        // Outcome scores are read before sessions so that the session pass only remembers the
        // participants of sessions some score points at, not of every session.
        struct PendingScore {
            let id: UUIDKey, textID: UUIDKey, textType: SourceTextType, dimension: OutcomeDimension
            let score: Double, confidence: Double?, createdAt: Timestamp, rowID: String
        }
        var pending: [PendingScore] = []
        var sessionTextIDs: Set<UUIDKey> = []
        try query("SELECT id, text_id, text_type, dimension, score, confidence, created_at FROM outcome_scores") { stmt in
            let row = decoder("outcome_scores", stmt)
            let rowID = row.text(0) ?? ""
            guard let id = try row.uuid(0, "id") else { return }
            let textID = try row.uuid(1, "text_id")
            let score = try row.decimal(4, "score")
            let confidence = try row.decimal(5, "confidence")
            let created = try row.timestamp(6, "created_at")
            guard let textType = row.text(2).flatMap({ SourceTextType(rawValue: $0.lowercased()) }) else {
                counter.add(.error, "outcome_scores", "text_type", "not one of buddy_feedback | checkin_note | kintell_feedback: score excluded", id: rowID)
                return
            }
            guard let dimension = row.text(3).flatMap({ OutcomeDimension(rawValue: $0.lowercased()) }) else {
                counter.add(.error, "outcome_scores", "dimension", "not one of the five dimensions: score excluded", id: rowID)
                return
            }
            guard let score, (0...1).contains(score) else {
                counter.add(.error, "outcome_scores", "score", "NULL or outside 0..1: score excluded", id: rowID)
                return
            }
            guard let textID, let created else {
                counter.add(.error, "outcome_scores", textID == nil ? "text_id" : "created_at", "NULL: score excluded", id: rowID)
                return
            }
            if textType == .kintellFeedback { sessionTextIDs.insert(textID) }
            pending.append(PendingScore(id: id, textID: textID, textType: textType, dimension: dimension, score: score,
                                        confidence: confidence.map { min(max($0, 0), 1) }, createdAt: created, rowID: rowID))
        }

        var sessionParticipant: [UUIDKey: UserRef?] = [:]
        sessionParticipant.reserveCapacity(sessionTextIDs.count)
        try query("""
            SELECT id, participant_id, volunteer_id, completed_at, duration_minutes, language_level
            FROM kintell_sessions
            """) { stmt in
            let row = decoder("kintell_sessions", stmt)
            let id = try row.uuid(0, "id")
            let participantKey = try row.uuid(1, "participant_id")
            let volunteerKey = try row.uuid(2, "volunteer_id")
            let participant = user(participantKey)
            let volunteer = user(volunteerKey)
            if let id, sessionTextIDs.contains(id) { sessionParticipant[id] = participant }
            if participantKey != nil, participant == nil {
                counter.add(.error, "kintell_sessions", "participant_id", "refers to no users row", id: row.text(0))
            }
            if volunteerKey != nil, volunteer == nil {
                counter.add(.error, "kintell_sessions", "volunteer_id", "refers to no users row", id: row.text(0))
            }
            guard let completed = try row.timestamp(3, "completed_at") else { return }
            let minutes = try row.integer(4, "duration_minutes")
            // Spec 4: a completed session's missing or absurd duration adds no hours, and the
            // operator hears of it.
            if let minutes, !SessionRow.countedMinutes.contains(minutes) {
                counter.add(.error, "kintell_sessions", "duration_minutes", "outside 0..1440 minutes: counted as missing, adds 0 hours", id: row.text(0))
            } else if minutes == nil {
                counter.add(.warning, "kintell_sessions", "duration_minutes", "NULL: adds 0 hours", id: row.text(0))
            }
            data.sessions.append(SessionRow(id: id ?? UUIDKey(high: 0, low: 0), participant: participant, volunteer: volunteer, completedAt: completed,
                                            durationMinutes: minutes, languageLevel: CEFR.level(row.text(5))))
        }
        // Sorted here, not by SQL: text order is not time order once offsets are involved, and no
        // index of the seed's leads with completed_at, so ORDER BY would sort the table twice.
        data.sessions.sort { $0.completedAt != $1.completedAt ? $0.completedAt < $1.completedAt : $0.id < $1.id }

        var scoreIndex: [UUIDKey: Int32] = [:]
        for score in pending {
            let participant: UserRef??
            switch score.textType {
            case .kintellFeedback: participant = sessionParticipant[score.textID]
            case .buddyFeedback: participant = feedbackMatch[score.textID].map { data.matches[Int($0)].participant }
            case .checkinNote: participant = checkinMatch[score.textID].map { data.matches[Int($0)].participant }
            }
            guard let resolved = participant else {
                counter.add(.error, "outcome_scores", "text_id", "matches no \(score.textType.sourceTable) row: score excluded", id: score.rowID)
                continue
            }
            guard let participantRef = resolved else {
                counter.add(.error, "outcome_scores", "text_id", "\(score.textType.sourceTable) row leads to no participant: score excluded", id: score.rowID)
                continue
            }
            scoreIndex[score.id] = Int32(data.scores.count)
            data.scores.append(OutcomeScoreRow(id: score.id, participant: participantRef, textID: score.textID,
                                               textType: score.textType, dimension: score.dimension, score: score.score,
                                               confidence: score.confidence, createdAt: score.createdAt))
        }

        try query("SELECT id, outcome_score_id, snippet_text, snippet_hash FROM evidence_snippets") { stmt in
            let row = decoder("evidence_snippets", stmt)
            guard let score = try row.uuid(1, "outcome_score_id").flatMap({ scoreIndex[$0] }) else {
                counter.add(.error, "evidence_snippets", "outcome_score_id", "refers to no usable outcome_scores row", id: row.text(0))
                return
            }
            guard let text = row.text(2), !text.isEmpty else { return }
            let hash = row.text(3).map { $0.lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
            data.snippets.append(EvidenceSnippetRow(id: row.text(0) ?? "", score: score, text: text, hash: hash))
        }

        try query("SELECT id, content_id FROM safety_flags") { stmt in
            let row = decoder("safety_flags", stmt)
            if let content = try row.uuid(1, "content_id") { data.flaggedContent.insert(content) }
        }

        try query("""
            SELECT id, user_id, status, started_at, completed_at, updated_at, created_at
            FROM learning_progress
            """) { stmt in
            let row = decoder("learning_progress", stmt)
            guard let learner = user(try row.uuid(1, "user_id")) else {
                counter.add(.error, "learning_progress", "user_id", "refers to no users row", id: row.text(0))
                return
            }
            data.learning.append(LearningRow(user: learner, status: LearningStatus(row.text(2)),
                                             startedAt: try row.timestamp(3, "started_at"),
                                             completedAt: try row.timestamp(4, "completed_at"),
                                             updatedAt: try row.timestamp(5, "updated_at"),
                                             createdAt: try row.timestamp(6, "created_at")))
        }

        if columns["metrics_company_period"] != nil {
            let figureColumns = ["participants_count", "volunteers_count", "sessions_count", "avg_integration_score",
                                 "avg_language_level", "avg_job_readiness", "sroi_ratio", "vis_score"]
            try query("SELECT id, company_id, period_start, period_end, \(figureColumns.joined(separator: ", ")) FROM metrics_company_period ORDER BY id") { stmt in
                let row = decoder("metrics_company_period", stmt)
                guard let company = try row.uuid(1, "company_id").flatMap({ companyIndex[$0] }),
                      let start = try row.timestamp(2, "period_start")?.date,
                      let end = try row.timestamp(3, "period_end")?.date else { return }
                var values: [String: Double] = [:]
                for (offset, name) in figureColumns.enumerated() {
                    if let v = try row.decimal(4 + offset, name) { values[name] = v }
                }
                data.platformMetrics.append(PlatformMetricsRow(company: company, periodStart: start, periodEnd: end, values: values))
            }
        }

        data.findings = counter.all
        return data
    }
}

/// CEFR levels as the spec scores them: A1 = 1 ... C2 = 6, case-insensitive; anything else is none.
public enum CEFR {
    public static let labels = ["A1", "A2", "B1", "B2", "C1", "C2"]

    public static func level(_ text: String?) -> UInt8? {
        guard let text else { return nil }
        let upper = text.trimmingCharacters(in: .whitespaces).uppercased()
        return labels.firstIndex(of: upper).map { UInt8($0 + 1) }
    }

    /// The nearest CEFR label of a mean on the 0..1 scale (level / 6).
    public static func nearestLabel(_ value: Double) -> String {
        let index = min(max(Int((value * 6).rounded(.toNearestOrAwayFromZero)) - 1, 0), 5)
        return labels[index]
    }
}

import Foundation
