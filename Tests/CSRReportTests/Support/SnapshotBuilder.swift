import Foundation
@testable import CSRReport
import CSRSQLiteWriter

/// Builds tiny snapshots by hand for tests: the real DDL, a few rows, ids derived from short
/// names so expectations read naturally ("p1", "v1", "acme").
final class SnapshotBuilder {
    let path: String
    private let db: SQLiteWriter
    private var counter = 0

    init(file: String = #function, withMeta exportedAt: String? = "2025-10-03T06:00:00Z") throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csr-report-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        path = dir.appendingPathComponent("snapshot.sqlite").path
        db = try SQLiteWriter(creating: path)
        try db.execute(SnapshotSchema.ddl)
        try db.execute("INSERT INTO snapshot_meta VALUES ('schema_version', '1.0')")
        if let exportedAt { try db.execute("INSERT INTO snapshot_meta VALUES ('exported_at', '\(exportedAt)')") }
    }

    /// A stable UUID for a short name, so tests can refer to rows by name.
    static func id(_ name: String) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        let hex = String(hash, radix: 16).leftPadded(16)
        var hash2: UInt64 = hash ^ 0x9E3779B97F4A7C15
        hash2 = (hash2 ^ (hash2 >> 33)) &* 0xff51afd7ed558ccd
        let hex2 = String(hash2, radix: 16).leftPadded(16)
        let all = Array(hex + hex2)
        return "\(String(all[0..<8]))-\(String(all[8..<12]))-4\(String(all[13..<16]))-a\(String(all[17..<20]))-\(String(all[20..<32]))"
    }

    private func next(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)#\(counter)"
    }

    private func insert(_ table: String, _ values: [String: SQLiteValue]) throws {
        let columns = values.keys.sorted()
        let stmt = try db.prepare("INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))")
        try stmt.run(columns.map { values[$0]! })
    }

    func company(_ name: String, displayName: String? = nil, country: String? = nil) throws {
        try insert("companies", ["id": .text(Self.id(name)), "name": .text(displayName ?? name), "country": SQLiteValue(country)])
    }

    func user(_ name: String, role: String, first: String? = nil, last: String? = nil) throws {
        try insert("users", ["id": .text(Self.id(name)), "role": .text(role), "email": .text("\(name)@example.test"),
                             "first_name": SQLiteValue(first), "last_name": SQLiteValue(last)])
    }

    /// A user linked to a company; `joined` nil means NULL joined_at.
    func member(_ user: String, of company: String, role: String, joined: String? = "2020-01-01T00:00:00Z",
                first: String? = nil, last: String? = nil) throws {
        try self.user(user, role: role, first: first, last: last)
        try link(user, to: company, joined: joined)
    }

    func link(_ user: String, to company: String, joined: String? = "2020-01-01T00:00:00Z") throws {
        try insert("company_users", ["id": .text(Self.id(next("cu"))), "company_id": .text(Self.id(company)),
                                     "user_id": .text(Self.id(user)), "joined_at": SQLiteValue(joined)])
    }

    @discardableResult
    func session(_ name: String? = nil, participant: String, volunteer: String, completed: String?, minutes: Int? = 60,
                 level: String? = nil) throws -> String {
        let id = Self.id(name ?? next("session"))
        try insert("kintell_sessions", ["id": .text(id), "participant_id": .text(Self.id(participant)),
                                        "volunteer_id": .text(Self.id(volunteer)), "completed_at": SQLiteValue(completed),
                                        "duration_minutes": SQLiteValue(minutes), "language_level": SQLiteValue(level),
                                        "session_type": "language"])
        return name ?? ""
    }

    func match(_ name: String, participant: String, buddy: String, matched: String?, ended: String? = nil, status: String = "active") throws {
        try insert("buddy_matches", ["id": .text(Self.id(name)), "participant_id": .text(Self.id(participant)),
                                     "buddy_id": .text(Self.id(buddy)), "matched_at": SQLiteValue(matched),
                                     "ended_at": SQLiteValue(ended), "status": .text(status)])
    }

    func event(match: String, date: String) throws {
        try insert("buddy_events", ["id": .text(Self.id(next("event"))), "match_id": .text(Self.id(match)), "event_date": .text(date)])
    }

    func checkin(_ name: String? = nil, match: String, date: String, notes: String? = nil) throws {
        try insert("buddy_checkins", ["id": .text(Self.id(name ?? next("checkin"))), "match_id": .text(Self.id(match)),
                                      "checkin_date": .text(date), "notes": SQLiteValue(notes)])
    }

    func feedback(_ name: String, match: String, text: String? = nil) throws {
        try insert("buddy_feedback", ["id": .text(Self.id(name)), "match_id": .text(Self.id(match)),
                                      "from_role": "participant", "feedback_text": SQLiteValue(text)])
    }

    func course(user: String, status: String, started: String? = nil, completed: String? = nil, updated: String? = nil,
                created: String? = nil) throws {
        try insert("learning_progress", ["id": .text(Self.id(next("course"))), "user_id": .text(Self.id(user)),
                                         "status": .text(status), "started_at": SQLiteValue(started),
                                         "completed_at": SQLiteValue(completed), "updated_at": SQLiteValue(updated),
                                         "created_at": SQLiteValue(created)])
    }

    /// An outcome score on a source text (`textType` kintell_feedback -> a session name, etc.).
    func score(_ name: String? = nil, text: String, type: String = "kintell_feedback", dimension: String, score: Double,
               confidence: Double? = 0.8, created: String) throws {
        try insert("outcome_scores", ["id": .text(Self.id(name ?? next("score"))), "text_id": .text(Self.id(text)),
                                      "text_type": .text(type), "dimension": .text(dimension), "score": .real(score),
                                      "confidence": SQLiteValue(confidence), "created_at": .text(created)])
    }

    func snippet(score: String, text: String, hash: String? = nil) throws {
        try insert("evidence_snippets", ["id": .text(Self.id(next("snippet"))), "outcome_score_id": .text(Self.id(score)),
                                         "snippet_text": .text(text), "snippet_hash": SQLiteValue(hash)])
    }

    func flag(content: String, status: String = "approved") throws {
        try insert("safety_flags", ["id": .text(Self.id(next("flag"))), "content_id": .text(Self.id(content)),
                                    "content_type": "feedback_text", "flag_reason": "pii_leakage", "review_status": .text(status)])
    }

    func sql(_ statement: String) throws { try db.execute(statement) }

    /// Loads what was built, the way `build` does.
    func load() throws -> SnapshotData { try Snapshot.open(path).load() }

    func figures(k: Int = 5, trendPeriods: Int = 4, valuation: Valuation = .builtIn) throws -> ReportFigures {
        var settings = ReportSettings()
        settings.minGroupSize = k
        settings.valuation = valuation
        settings.trendPeriods = trendPeriods
        return ReportFigures(data: try load(), settings: settings)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}

extension ReportFigures {
    /// The report of the company named `name` in a SnapshotBuilder snapshot.
    func report(_ name: String, _ period: String) throws -> TenantReport {
        try tenant(name, period).report
    }

    /// The report and the operator's audit of the company named `name`.
    func tenant(_ name: String, _ period: String) throws -> TenantFigures {
        let wanted = UUIDKey(parsing: SnapshotBuilder.id(name))
        let p = try Period(parsing: period)
        guard let tenant = tenants(for: p).first(where: { $0.audit.companyID == wanted }) else {
            throw NSError(domain: "test", code: 1, userInfo: [NSLocalizedDescriptionKey: "no company \(name)"])
        }
        return tenant
    }
}

extension TenantAudit {
    /// The current period's unrounded, unsuppressed value: what a hand calculation gives.
    func raw(_ metric: MetricName) -> Double? { rawValues[metric]?.number }
}

extension SnapshotBuilder {
    /// Four participants of acme (p1..p4), each with a Q3 session with v1, a volunteer of "other":
    /// the evidence tests' common ground.
    static func fourParticipantsOfAcme() throws -> SnapshotBuilder {
        let b = try SnapshotBuilder()
        try b.company("acme"); try b.company("other")
        try b.member("v1", of: "other", role: "volunteer", first: "Ingrid", last: "Haugen")
        for p in 1...4 {
            try b.member("p\(p)", of: "acme", role: "participant", first: ["Olena", "Taras", "Anna", "Jonas"][p - 1], last: "Kowalska")
            try b.session("s\(p)", participant: "p\(p)", volunteer: "v1", completed: "2025-08-0\(p)T10:00:00Z")
        }
        return b
    }
}
