import Crypto
import Foundation
import Testing
@testable import CSRDemoData
@testable import CSRReport
import CSRSQLiteWriter

@Suite("Demo snapshot generator")
struct DemoSnapshotGeneratorTests {
    @Test("same options give the same content; another seed gives other content")
    func determinism() throws {
        let options = DemoDataOptions(companies: 3, scale: 0.2, seed: 11)
        let first = try DemoSnapshotFixture(options), second = try DemoSnapshotFixture(options)
        var other = options
        other.seed = 12
        let third = try DemoSnapshotFixture(other)
        defer { first.remove(); second.remove(); third.remove() }
        #expect(try first.canonicalDumpHash() == second.canonicalDumpHash())
        #expect(first.summary == second.summary)
        #expect(try first.canonicalDumpHash() != third.canonicalDumpHash())
    }

    @Test("every table of the schema has rows")
    func everyTableFilled() throws {
        let snapshot = try SharedDemoSnapshot.get()
        #expect(snapshot.summary.rowCounts.map(\.table) == snapshot.summary.rowCounts.map(\.table).sorted())
        #expect(snapshot.summary.rowCounts.count == 19)
        for count in snapshot.summary.rowCounts {
            #expect(count.rows > 0, "\(count.table) is empty")
            #expect(try snapshot.int("SELECT count(*) FROM \(count.table)") == count.rows)
        }
    }

    @Test("row counts grow about linearly with the scale")
    func linearScale() throws {
        let small = try DemoSnapshotFixture(DemoDataOptions(companies: 6, scale: 0.2, seed: 5))
        let large = try DemoSnapshotFixture(DemoDataOptions(companies: 6, scale: 0.8, seed: 5))
        defer { small.remove(); large.remove() }
        for table in ["kintell_sessions", "users", "outcome_scores", "buddy_matches", "learning_progress"] {
            let ratio = Double(large.summary.rows(in: table)) / Double(small.summary.rows(in: table))
            #expect((3.0...5.0).contains(ratio), "\(table): \(ratio)")
        }
    }

    @Test("snapshot_meta fixes the export time and names the options")
    func meta() throws {
        let snapshot = try SharedDemoSnapshot.get()
        #expect(try snapshot.texts("SELECT key || '=' || value FROM snapshot_meta ORDER BY key") == [
            "exported_at=2025-10-03T06:00:00Z",
            "schema_version=1.0",
            "source=csr-report demo-data seed=2025 scale=0.5 companies=6",
        ])
    }

    @Test("each planted problem is in the snapshot exactly once")
    func plantedProblems() throws {
        let snapshot = try SharedDemoSnapshot.get()
        #expect(DemoPlantedProblem.all.count == 17)
        #expect(Set(DemoPlantedProblem.all.map(\.rowID)).count == 17)
        for problem in DemoPlantedProblem.all {
            #expect(try snapshot.int(problem.check) == 1, "\(problem.code)")
        }
    }

    @Test("references resolve except where a problem is planted")
    func referentialConsistency() throws {
        let snapshot = try SharedDemoSnapshot.get()
        let unresolvedScores = try snapshot.texts("""
            SELECT id FROM outcome_scores WHERE NOT (
                (text_type = 'kintell_feedback' AND text_id IN (SELECT id FROM kintell_sessions WHERE feedback_text IS NOT NULL))
             OR (text_type = 'buddy_feedback' AND text_id IN (SELECT id FROM buddy_feedback))
             OR (text_type = 'checkin_note' AND text_id IN (SELECT id FROM buddy_checkins WHERE notes IS NOT NULL)))
            ORDER BY id
            """)
        #expect(unresolvedScores == [DemoPlantedProblem.orphanKintellScore.rowID, DemoPlantedProblem.orphanBuddyScore.rowID,
                                     DemoPlantedProblem.unknownTextType.rowID])
        #expect(try snapshot.texts("SELECT id FROM kintell_sessions WHERE participant_id NOT IN (SELECT id FROM users) OR volunteer_id NOT IN (SELECT id FROM users)")
                == [DemoPlantedProblem.sessionMissingVolunteer.rowID])
        #expect(try snapshot.texts("SELECT id FROM company_users WHERE user_id NOT IN (SELECT id FROM users) OR company_id NOT IN (SELECT id FROM companies)")
                == [DemoPlantedProblem.membershipMissingUser.rowID])
        #expect(try snapshot.texts("SELECT id FROM company_users WHERE joined_at IS NULL") == [DemoPlantedProblem.nullJoinedAt.rowID])
        #expect(try snapshot.texts("SELECT id FROM evidence_snippets WHERE outcome_score_id NOT IN (SELECT id FROM outcome_scores)")
                == [DemoPlantedProblem.snippetMissingScore.rowID])
        for (table, column) in [("buddy_matches", "participant_id"), ("buddy_matches", "buddy_id"), ("learning_progress", "user_id"),
                                ("program_enrollments", "user_id"), ("external_id_mappings", "user_id"),
                                ("api_request_deduplication", "user_id"), ("safety_flags", "reviewed_by")] {
            #expect(try snapshot.int("SELECT count(*) FROM \(table) WHERE \(column) NOT IN (SELECT id FROM users)") == 0, "\(table).\(column)")
        }
        for table in ["buddy_events", "buddy_checkins", "buddy_feedback"] {
            #expect(try snapshot.int("SELECT count(*) FROM \(table) WHERE match_id NOT IN (SELECT id FROM buddy_matches)") == 0, "\(table)")
        }
        #expect(try snapshot.int("SELECT count(*) FROM metrics_company_period WHERE company_id NOT IN (SELECT id FROM companies)") == 0)
        // Every flag but the platform's chat-message ones points at a real text.
        #expect(try snapshot.int("""
            SELECT count(*) FROM safety_flags WHERE content_id NOT IN (SELECT id FROM kintell_sessions)
              AND content_id NOT IN (SELECT id FROM buddy_feedback) AND content_id NOT IN (SELECT id FROM buddy_checkins)
            """) == 0)
    }

    @Test("snippet hashes are the SHA-256 of their text; a few are missing, some texts repeat")
    func snippetHashes() throws {
        let snapshot = try SharedDemoSnapshot.get()
        let statement = try snapshot.connection().prepare("SELECT snippet_text, snippet_hash FROM evidence_snippets")
        var checked = 0, missing = 0
        while try statement.step() {
            let text = statement.text(0)!
            guard let hash = statement.text(1) else { missing += 1; continue }
            let expected = SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
            #expect(hash == expected)
            checked += 1
        }
        #expect(checked > 500)
        #expect(missing > 0 && missing < checked / 10)
        #expect(try snapshot.int("SELECT count(*) FROM (SELECT snippet_text FROM evidence_snippets GROUP BY snippet_text HAVING count(*) > 1)") > 0)
    }

    @Test("the small tenant has fewer than five active participants in 2025-Q3, the others dozens or more")
    func smallTenant() throws {
        let snapshot = try SharedDemoSnapshot.get()
        func active(_ name: String) throws -> Int {
            let escaped = name.replacingOccurrences(of: "'", with: "''")
            return try snapshot.int("""
                WITH members AS (
                    SELECT cu.user_id FROM company_users cu JOIN users u ON u.id = cu.user_id
                    WHERE cu.company_id = (SELECT id FROM companies WHERE name = '\(escaped)') AND u.role = 'participant'
                      AND (cu.joined_at IS NULL OR cu.joined_at < '2025-10-01')),
                active AS (
                    SELECT participant_id AS p FROM kintell_sessions WHERE completed_at >= '2025-07-01' AND completed_at < '2025-10-01'
                    UNION SELECT participant_id FROM buddy_matches WHERE matched_at < '2025-10-01' AND (ended_at IS NULL OR ended_at >= '2025-07-01')
                    UNION SELECT user_id FROM learning_progress WHERE (started_at >= '2025-07-01' AND started_at < '2025-10-01')
                       OR (completed_at >= '2025-07-01' AND completed_at < '2025-10-01') OR (updated_at >= '2025-07-01' AND updated_at < '2025-10-01'))
                SELECT count(*) FROM members WHERE user_id IN (SELECT p FROM active)
                """)
        }
        let small = try active(DemoVocabulary.hostilePath)
        #expect(small > 0 && small < 5)
        for spec in DemoVocabulary.companies.prefix(6) where !spec.hostileKinds.contains("path") {
            #expect(try active(spec.name) >= 30, "\(spec.name)")
        }
    }

    @Test("hostile and multilingual names are there")
    func names() throws {
        let snapshot = try SharedDemoSnapshot.get()
        let names = try snapshot.texts("SELECT name FROM companies")
        let all = names.joined(separator: "\n")
        for fragment in [DemoVocabulary.hostileHTML, DemoVocabulary.hostileMarkdown, DemoVocabulary.hostileFormula] {
            #expect(all.contains(fragment))
        }
        #expect(names.contains(DemoVocabulary.hostilePath))
        #expect(names.contains { $0.hasPrefix("=") })
        for letters in ["ø", "å", "ß", "ü", "Ł", "ó", "Київ"] { #expect(all.contains(letters), "\(letters)") }
        let users = try snapshot.texts("SELECT first_name || ' ' || last_name FROM users WHERE role = 'participant'")
        #expect(users.contains { DemoTransliteration.isCyrillic($0) })
        #expect(users.contains { $0.contains("Olena") || $0.contains("Taras") || $0.contains("Oksana") || $0.contains("Andrii") || $0.contains("Iryna") } ||
                users.contains { !DemoTransliteration.isCyrillic($0) && $0.hasSuffix("chuk") || $0.hasSuffix("enko") })
    }

    @Test("texts carry personal data and markup for the redactor and escapers")
    func hostileTexts() throws {
        let snapshot = try SharedDemoSnapshot.get()
        let texts = try snapshot.texts("SELECT feedback_text FROM kintell_sessions WHERE feedback_text IS NOT NULL UNION ALL SELECT feedback_text FROM buddy_feedback UNION ALL SELECT notes FROM buddy_checkins WHERE notes IS NOT NULL")
        let withData = texts.filter { DemoOutcomes.containsPersonalData($0) }.count
        let share = Double(withData) / Double(texts.count)
        #expect((0.12...0.3).contains(share), "personal data in \(share)")
        for marker in ["<script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "**", "# ", "+47 ", "+380 "] {
            #expect(texts.contains { $0.contains(marker) }, "\(marker)")
        }
        for start in ["=", "+", "-", "@"] {
            #expect(texts.contains { $0.hasPrefix(start) }, "a text starting with \(start)")
        }
        let snippets = try snapshot.texts("SELECT snippet_text FROM evidence_snippets")
        #expect(snippets.contains { $0.contains("<script>") || $0.contains("onerror") || $0.contains("javascript:") })
        #expect(snippets.contains { $0.contains("@") })
    }

    @Test("figure timestamps use only the allowed forms; some sit on quarter boundaries")
    func timestamps() throws {
        let snapshot = try SharedDemoSnapshot.get()
        let columns = [("kintell_sessions", "completed_at"), ("buddy_matches", "matched_at"), ("buddy_matches", "ended_at"),
                       ("buddy_events", "event_date"), ("buddy_checkins", "checkin_date"), ("learning_progress", "started_at"),
                       ("learning_progress", "completed_at"), ("learning_progress", "updated_at"), ("outcome_scores", "created_at"),
                       ("company_users", "joined_at")]
        var forms: Set<String> = []
        for (table, column) in columns {
            for value in try snapshot.texts("SELECT \(column) FROM \(table) WHERE \(column) IS NOT NULL") {
                let form = Self.form(of: value)
                #expect(form != nil, "\(table).\(column) = \(value)")
                if let form { forms.insert(form) }
            }
        }
        #expect(forms == ["zulu", "space", "fractional", "offset"])
        for row in DemoEdgeRow.all where row.value != "NULL" {
            #expect(try snapshot.int("SELECT count(*) FROM \(row.table) WHERE id = '\(row.rowID)' AND \(row.column) = '\(row.value)'") == 1,
                    "\(row.rowID)")
        }
        #expect(try snapshot.int("SELECT count(*) FROM kintell_sessions WHERE completed_at > '2025-10-01' AND completed_at < '2025-10-03T06:00:01'") > 10)
    }

    static func form(of value: String) -> String? {
        let bytes = Array(value.utf8)
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { $0 < bytes.count && (48...57).contains(bytes[$0]) } }
        guard bytes.count >= 19, digits(0..<4), bytes[4] == 45, digits(5..<7), bytes[7] == 45, digits(8..<10),
              digits(11..<13), bytes[13] == 58, digits(14..<16), bytes[16] == 58, digits(17..<19) else { return nil }
        let rest = String(value.dropFirst(19))
        if bytes[10] == 32 { return rest.isEmpty ? "space" : nil }
        guard bytes[10] == 84 else { return nil }
        if rest == "Z" { return "zulu" }
        if rest.count == 5, rest.hasPrefix("."), rest.hasSuffix("Z") { return "fractional" }
        if rest.count == 6, rest.hasPrefix("+") || rest.hasPrefix("-"), Array(rest.utf8)[3] == 58 { return "offset" }
        return nil
    }

    @Test("an existing file is refused unless overwriting; options are checked")
    func fileHandling() throws {
        let fixture = try DemoSnapshotFixture(DemoDataOptions(companies: 1, scale: 0.05, seed: 1))
        defer { fixture.remove() }
        let generator = DemoSnapshotGenerator(options: DemoDataOptions(companies: 1, scale: 0.05, seed: 2))
        #expect(throws: DemoDataError.fileExists(path: fixture.path)) {
            try generator.write(to: fixture.path, ddl: SnapshotSchema.ddl)
        }
        let before = try fixture.canonicalDumpHash()
        try generator.write(to: fixture.path, ddl: SnapshotSchema.ddl, overwrite: true)
        #expect(try fixture.canonicalDumpHash() != before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder) == ["demo.sqlite"])

        #expect(throws: DemoDataError.invalidCompanies(0)) { try DemoDataOptions(companies: 0).validate() }
        #expect(throws: DemoDataError.invalidCompanies(501)) { try DemoDataOptions(companies: 501).validate() }
        #expect(throws: DemoDataError.invalidScale(0)) { try DemoDataOptions(scale: 0).validate() }
        #expect(throws: DemoDataError.invalidScale(1_001)) { try DemoDataOptions(scale: 1_001).validate() }
        #expect(throws: DemoDataError.emptySchema) {
            try generator.write(to: fixture.folder + "/other.sqlite", ddl: "-- nothing")
        }
        #expect(throws: DemoDataError.missingDirectory(path: fixture.folder + "/missing")) {
            try generator.write(to: fixture.folder + "/missing/demo.sqlite", ddl: SnapshotSchema.ddl)
        }
        #expect(DemoDataError.fileExists(path: "x.sqlite").description.contains("--force"))
    }

    @Test("a failed run leaves no file behind")
    func noPartialFile() throws {
        let folder = NSTemporaryDirectory() + "demo-data-fail-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A schema without the users table makes the INSERTs fail half way.
        let broken = SnapshotSchema.ddl.replacingOccurrences(of: "CREATE TABLE users", with: "CREATE TABLE users_renamed")
        #expect(throws: SQLiteWriteError.self) {
            try DemoSnapshotGenerator(options: DemoDataOptions(companies: 1, scale: 0.05)).write(to: folder + "/demo.sqlite", ddl: broken)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
