import Foundation
import Testing
@testable import CSRReport
import CSRSQLiteWriter

/// The command line as a user meets it: exit codes, one-line errors, the schema round trip.
@Suite struct CLITests {
    @Test func usageErrorsExitTwo() throws {
        for arguments in [["build", "--period", "2025-Q5"], ["figures", "--period", "2025-13"],
                          ["build", "--from", "2025-09-30", "--to", "2025-07-01"], ["build", "--bogus"],
                          ["build", "--min-group-size", "2"], ["build", "--shard", "5/4"], ["validate"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(!result.stderr.isEmpty)
        }
        let period = try CLI.run(["build", "--period", "2025-Q5"])
        #expect(period.stderr.contains("2025-Q5"))
    }

    @Test func badSnapshotsExitOneWithOneLine() throws {
        let folder = TestPaths.fresh("bad")
        let text = folder + "/notes.sqlite"
        try "hello".write(toFile: text, atomically: true, encoding: .utf8)
        let cases: [(String, String)] = [
            (folder + "/missing.sqlite", "no such file"),
            (folder, "is a directory"),
            (text, "not a SQLite database"),
        ]
        for (path, message) in cases {
            for command in ["validate", "figures", "build"] {
                let result = try CLI.run([command, "--db", path] + (command == "build" ? ["--out", folder + "/out"] : []))
                #expect(result.status == 1, "\(command) \(path)")
                #expect(result.stderr.contains(message), "\(command): \(result.stderr)")
                #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
                #expect(!result.stderr.contains("Fatal error"))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/manifest.json"))
    }

    @Test func missingTableIsNamed() throws {
        let b = try SnapshotBuilder()
        try b.sql("DROP TABLE buddy_checkins")
        let result = try CLI.run(["figures", "--db", b.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("missing table buddy_checkins"))
    }

    @Test func schemaRoundTrip() throws {
        let result = try CLI.run(["schema"])
        #expect(result.status == 0)
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        #expect(result.stdout == (try String(contentsOf: repo.appendingPathComponent("data/schema.sql"), encoding: .utf8)))
        let path = TestPaths.fresh("schema") + "/empty.sqlite"
        try SQLiteWriter(creating: path).execute(result.stdout)
        let db = try SQLiteConnection(readOnly: path)
        let tables = Set(try names(db, "table"))
        let expectedTables: Set<String> = [
            "snapshot_meta", "users", "companies", "company_users", "program_enrollments", "external_id_mappings",
            "kintell_sessions", "buddy_matches", "buddy_events", "buddy_checkins", "buddy_feedback", "learning_progress",
            "outcome_scores", "evidence_snippets", "metrics_company_period", "safety_flags", "event_deduplication",
            "webhook_deduplication", "api_request_deduplication",
        ]
        #expect(tables == expectedTables)
        // Every index the seed lists, by its columns.
        let seedIndexes: [(String, String)] = [
            ("users", "email"), ("users", "role,created_at"), ("external_id_mappings", "external_system,external_id"),
            ("kintell_sessions", "participant_id,completed_at"), ("kintell_sessions", "volunteer_id,completed_at"),
            ("kintell_sessions", "session_type,completed_at"), ("buddy_matches", "participant_id,status"),
            ("buddy_matches", "buddy_id,status"), ("buddy_events", "match_id,event_date"),
            ("buddy_checkins", "match_id,checkin_date"), ("buddy_feedback", "match_id,submitted_at"),
            ("learning_progress", "user_id,status"), ("learning_progress", "provider,status"),
            ("outcome_scores", "text_id,text_type"), ("outcome_scores", "dimension,created_at"),
            ("safety_flags", "review_status,raised_at"), ("safety_flags", "content_id,content_type"),
            ("event_deduplication", "event_id,consumer_id"), ("event_deduplication", "processed_at"),
            ("webhook_deduplication", "delivery_id,webhook_source"), ("api_request_deduplication", "idempotency_key"),
            ("api_request_deduplication", "expires_at"),
        ]
        let stmt = try db.prepare("""
            SELECT m.tbl_name, group_concat(i.name, ',') FROM sqlite_master m, pragma_index_info(m.name) i
            WHERE m.type = 'index' GROUP BY m.name
            """)
        var present: Set<String> = []
        while try stmt.step() { present.insert("\(stmt.text(0)!):\(stmt.text(1)!)") }
        for (table, columns) in seedIndexes {
            #expect(present.contains("\(table):\(columns)"), "index on \(table)(\(columns))")
        }
        // And the loader accepts the empty snapshot.
        #expect(try Snapshot.open(path).load().companies.isEmpty)
    }

    private func names(_ db: SQLiteConnection, _ type: String) throws -> [String] {
        let stmt = try db.prepare("SELECT name FROM sqlite_master WHERE type = '\(type)' AND name NOT LIKE 'sqlite_%'")
        var result: [String] = []
        while try stmt.step() { result.append(stmt.text(0)!) }
        return result
    }

    @Test func redactReadsStandardInput() throws {
        let plain = try CLI.run(["redact"], stdin: "Write to anna.k+csr@example.no or call +47 412 34 567. Level B2 at 10:30.")
        #expect(plain.status == 0)
        #expect(plain.stdout == "Write to [EMAIL] or call [PHONE]. Level B2 at 10:30.")
        let lines = try CLI.run(["redact", "--jsonl"], stdin: "{\"id\": 7, \"text\": \"IBAN NO93 8601 1117 947\"}\n{\"id\": \"a\", \"text\": \"ok\"}\n")
        #expect(lines.stdout == "{\"id\":7,\"text\":\"IBAN [IBAN]\"}\n{\"id\":\"a\",\"text\":\"ok\"}\n")
        let bad = try CLI.run(["redact", "--jsonl"], stdin: "not json\n")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("line 1"))
    }

    @Test func redactUsesTheSnapshotsNames() throws {
        let b = try SnapshotBuilder()
        try b.user("u1", role: "participant", first: "Bohdana", last: "Ostapchuk")
        let result = try CLI.run(["redact", "--db", b.path], stdin: "Bohdana's mentor met Остапчук.")
        #expect(result.status == 0)
        #expect(!result.stdout.contains("Bohdana") && !result.stdout.contains("Остапчук"))
        #expect(result.stdout.components(separatedBy: "[NAME]").count == 3)
    }
}
