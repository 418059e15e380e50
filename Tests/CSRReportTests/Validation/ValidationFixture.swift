import Foundation
@testable import CSRReport
import CSRSQLiteWriter

/// A tiny, clean snapshot built from `data/schema.sql`: every table has a row or two, every
/// reference resolves. Each test plants one problem with a bit of SQL and validates.
enum ValidationFixture {
    static let company = "c0000000-0000-4000-8000-000000000001"
    static let participant = "a0000000-0000-4000-8000-000000000001"
    static let volunteer = "a0000000-0000-4000-8000-000000000002"
    static let membership1 = "b0000000-0000-4000-8000-000000000001"
    static let membership2 = "b0000000-0000-4000-8000-000000000002"
    static let session = "d0000000-0000-4000-8000-000000000001"
    static let session2 = "d0000000-0000-4000-8000-000000000002"
    static let match = "e0000000-0000-4000-8000-000000000001"
    static let event = "e1000000-0000-4000-8000-000000000001"
    static let checkin = "e2000000-0000-4000-8000-000000000001"
    static let feedback = "e3000000-0000-4000-8000-000000000001"
    static let learning = "f0000000-0000-4000-8000-000000000001"
    static let kintellScore = "90000000-0000-4000-8000-000000000001"
    static let feedbackScore = "90000000-0000-4000-8000-000000000002"
    static let checkinScore = "90000000-0000-4000-8000-000000000003"
    static let snippet = "91000000-0000-4000-8000-000000000001"
    static let flag = "92000000-0000-4000-8000-000000000001"
    static let missing = "ffffffff-0000-4000-8000-00000000dead"

    /// One row per line, so a test can reason about row counts.
    static let rows = """
        INSERT INTO snapshot_meta VALUES ('schema_version', '1.0'), ('exported_at', '2025-10-02T00:00:00Z');
        INSERT INTO companies VALUES ('\(company)', 'Acme', 'tech', 'DE', '2024-01-01T00:00:00Z');
        INSERT INTO users VALUES ('\(participant)', 'p@example.org', 'participant', 'Ada', 'Lovelace', '2024-01-01T00:00:00Z', '2024-01-02 10:00:00');
        INSERT INTO users VALUES ('\(volunteer)', 'v@example.org', 'volunteer', 'Bob', 'Builder', '2024-01-01T00:00:00Z', NULL);
        INSERT INTO company_users VALUES ('\(membership1)', '\(company)', '\(participant)', '2024-01-01T00:00:00Z');
        INSERT INTO company_users VALUES ('\(membership2)', '\(company)', '\(volunteer)', '2024-01-01T00:00:00+02:00');
        INSERT INTO program_enrollments VALUES ('b1000000-0000-4000-8000-000000000001', '\(participant)', 'language', '2024-02-01T00:00:00Z', 'active', NULL);
        INSERT INTO external_id_mappings VALUES ('b2000000-0000-4000-8000-000000000001', '\(participant)', 'kintell', 'k-1', '2024-02-01T00:00:00Z');
        INSERT INTO kintell_sessions VALUES ('\(session)', 'ext-1', 'language', '\(participant)', '\(volunteer)', '2025-07-01T10:00:00Z', '2025-07-01T11:00:00Z', 60, 0.9, NULL, 'B1', '["grammar"]', '{"room": 1}', '2025-07-01T09:00:00Z');
        INSERT INTO kintell_sessions VALUES ('\(session2)', 'ext-2', 'mentorship', '\(participant)', '\(volunteer)', '2025-07-08T10:00:00Z', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2025-07-01T09:00:00Z');
        INSERT INTO buddy_matches VALUES ('\(match)', '\(participant)', '\(volunteer)', '2025-06-01T00:00:00Z', 'active', NULL);
        INSERT INTO buddy_events VALUES ('\(event)', '\(match)', 'hangout', '2025-07-10T18:00:00Z', 'coffee', 'cafe', '2025-07-01T00:00:00Z');
        INSERT INTO buddy_checkins VALUES ('\(checkin)', '\(match)', '2025-07-11T18:00:00Z', 'good', 'fine');
        INSERT INTO buddy_feedback VALUES ('\(feedback)', '\(match)', 'participant', 0.75, 'helpful', '2025-07-12T18:00:00Z');
        INSERT INTO learning_progress VALUES ('\(learning)', '\(participant)', 'ecornell', 'c-1', 'Excel', 'completed', 100, '2025-05-01T00:00:00Z', '2025-07-15T00:00:00Z', NULL, '{}', '2025-05-01T00:00:00Z', '2025-07-15T00:00:00Z');
        INSERT INTO outcome_scores VALUES ('\(kintellScore)', '\(session)', 'kintell_feedback', 'confidence', 0.6, 0.9, 'm1', '2025-07-02T00:00:00Z');
        INSERT INTO outcome_scores VALUES ('\(feedbackScore)', '\(feedback)', 'buddy_feedback', 'belonging', 0.7, NULL, 'm1', '2025-07-13T00:00:00Z');
        INSERT INTO outcome_scores VALUES ('\(checkinScore)', '\(checkin)', 'checkin_note', 'well_being', '0.8', 0.5, 'm1', '2025-07-12T00:00:00Z');
        INSERT INTO evidence_snippets VALUES ('\(snippet)', '\(kintellScore)', 'It went well.', 'abc123', NULL, '2025-07-02T00:00:00Z');
        INSERT INTO metrics_company_period VALUES ('93000000-0000-4000-8000-000000000001', '\(company)', '2025-07-01', '2025-09-30', 1, 1, 1, 0.5, 0.5, 0.6, 3.2, 40.5, '2025-10-01T00:00:00Z');
        INSERT INTO safety_flags VALUES ('\(flag)', '\(feedback)', 'feedback_text', 'profanity', 0.9, 1, 'approved', '\(volunteer)', NULL, '2025-07-13T00:00:00Z', '2025-07-12T20:00:00Z');
        INSERT INTO event_deduplication VALUES ('94000000-0000-4000-8000-000000000001', 'evt-1', 'session.completed', 'reports', '2025-07-01T00:00:00Z', 1, NULL, '{"a": 1}', '2025-07-01T00:00:00Z');
        INSERT INTO webhook_deduplication VALUES ('95000000-0000-4000-8000-000000000001', 'dlv-1', 'kintell', 'session', '2025-07-01T00:00:00Z', '2025-07-01T00:00:01Z', 1, '200', NULL, '0', '{"ok": true}', '2025-07-01T00:00:00Z');
        INSERT INTO api_request_deduplication VALUES ('96000000-0000-4000-8000-000000000001', 'key-1', '\(volunteer)', '/v1/x', 'POST', '2025-07-01T00:00:00Z', '2025-07-01T00:00:01Z', '201', '{}', NULL, '2025-07-02T00:00:00Z', '2025-07-01T00:00:00Z');
        """

    /// Rows in the checked tables (everything but snapshot_meta).
    static let checkedRows = 23

    /// Builds the fixture, runs `plant` on it, validates it, and deletes the file.
    static func validate(_ plant: String = "") throws -> ValidationReport {
        let path = try build(plant)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try SnapshotValidator(snapshot: try Snapshot.open(path)).run()
    }

    /// Writes the fixture (with `plant` applied) to a fresh temporary file and returns its path.
    static func build(_ plant: String = "") throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("validate-\(UUID().uuidString).sqlite").path
        let db = try SQLiteWriter(creating: path)
        try db.execute(SnapshotSchema.ddl)
        try db.execute(rows)
        if !plant.isEmpty { try db.execute(plant) }
        return path
    }
}

extension ValidationReport {
    /// The findings as comparable tuples-in-strings: "severity table.column | problem | count | ids".
    var summary: [String] {
        findings.map { "\($0.severity.rawValue) \($0.table).\($0.column) | \($0.problem) | \($0.count) | \($0.exampleIDs.joined(separator: ","))" }
    }
}
