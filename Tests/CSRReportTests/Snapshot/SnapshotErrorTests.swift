import Foundation
import Testing
@testable import CSRReport

/// Issue 2 item 5: each problem with a snapshot ends in its own one-line message.
@Suite struct SnapshotErrorTests {
    private func tinySnapshot() throws -> SnapshotBuilder {
        let b = try SnapshotBuilder()
        try b.company("acme")
        try b.member("p1", of: "acme", role: "participant")
        try b.member("v1", of: "acme", role: "volunteer")
        for day in 1...28 {
            try b.session("s\(day)", participant: "p1", volunteer: "v1", completed: "2025-08-\(String(day).leftPadded(2))T10:00:00Z")
        }
        return b
    }

    private func openError(_ path: String) -> SnapshotError? {
        do {
            _ = try Snapshot.open(path).load()
            return nil
        } catch let error as SnapshotError {
            return error
        } catch {
            Issue.record("unexpected error type: \(error)")
            return nil
        }
    }

    @Test func missingFile() {
        #expect(openError("/nonexistent/snap.sqlite") == .fileNotFound(path: "/nonexistent/snap.sqlite"))
        #expect(SnapshotError.fileNotFound(path: "x.sqlite").description == "x.sqlite: no such file")
    }

    @Test func aDirectoryIsNotASnapshot() {
        let dir = FileManager.default.temporaryDirectory.path
        #expect(openError(dir) == .notAFile(path: dir))
    }

    @Test func aTextFileIsNotSQLite() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csr-report-tests-not-sqlite-\(UUID()).sqlite").path
        let empty = path + ".empty"
        defer { for file in [path, empty] { try? FileManager.default.removeItem(atPath: file) } }
        try "id,name\n1,Acme\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(openError(path) == .notSQLite(path: path))
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(openError(empty) == .notSQLite(path: empty))
    }

    @Test func aTruncatedFileSaysHowShort() throws {
        let b = try tinySnapshot()
        let data = try Data(contentsOf: URL(fileURLWithPath: b.path))
        let cut = b.path + ".cut"
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: cut))
        guard case .truncated(let path, let expected, let actual) = openError(cut) else {
            Issue.record("expected a truncation error")
            return
        }
        #expect(path == cut && expected == data.count && actual == data.count / 2)
    }

    @Test func corruptPagesAreReportedNotTrapped() throws {
        let b = try tinySnapshot()
        var data = try Data(contentsOf: URL(fileURLWithPath: b.path))
        // Overwrite everything after the first page (the schema page stays readable).
        for i in 4096..<data.count { data[i] = 0xA5 }
        let bad = b.path + ".corrupt"
        try data.write(to: URL(fileURLWithPath: bad))
        let error = openError(bad)
        switch error {
        case .corrupt(let path, _), .notSQLite(let path), .malformedValue(let path, _, _, _, _, _): #expect(path == bad)
        default: Issue.record("expected a corruption error, got \(String(describing: error))")
        }
    }

    @Test func missingTableAndColumn() throws {
        let b = try tinySnapshot()
        try b.sql("DROP TABLE safety_flags")
        #expect(openError(b.path) == .missingTable(path: b.path, table: "safety_flags"))

        let c = try tinySnapshot()
        try c.sql("ALTER TABLE kintell_sessions DROP COLUMN language_level")
        #expect(openError(c.path) == .missingColumn(path: c.path, table: "kintell_sessions", column: "language_level"))
        #expect(SnapshotError.missingColumn(path: "s.db", table: "t", column: "c").description == "s.db: table t has no column c (see `csr-report schema`)")
    }

    @Test func unsupportedSchemaVersion() throws {
        let b = try tinySnapshot()
        try b.sql("UPDATE snapshot_meta SET value = '2.0' WHERE key = 'schema_version'")
        #expect(openError(b.path) == .unsupportedSchemaVersion(path: b.path, version: "2.0", supported: "1.0"))
    }

    @Test func aMalformedValueNamesTableColumnAndRow() throws {
        let b = try tinySnapshot()
        try b.sql("UPDATE kintell_sessions SET completed_at = 'yesterday' WHERE id = '\(SnapshotBuilder.id("s3"))'")
        #expect(openError(b.path) == .malformedValue(path: b.path, table: "kintell_sessions", column: "completed_at",
                                                     rowID: SnapshotBuilder.id("s3"), expected: "an ISO 8601 timestamp",
                                                     found: "\"yesterday\""))
        let c = try tinySnapshot()
        try c.score(text: "s1", dimension: "confidence", score: 0.5, created: "2025-08-01T00:00:00Z")
        try c.sql("UPDATE outcome_scores SET score = 'high'")
        guard case .malformedValue(_, "outcome_scores", "score", _, "a number", "\"high\"") = openError(c.path) else {
            Issue.record("expected a malformed score")
            return
        }
    }

    @Test func theSnapshotIsNeverModified() throws {
        let b = try tinySnapshot()
        let before = try Data(contentsOf: URL(fileURLWithPath: b.path))
        let folder = URL(fileURLWithPath: b.path).deletingLastPathComponent().path
        // Read-only file in a read-only folder: opening must not need to write anything.
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: b.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        let data = try Snapshot.open(b.path).load()
        #expect(data.sessions.count == 28)
        #expect(try Data(contentsOf: URL(fileURLWithPath: b.path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["snapshot.sqlite"])
    }

    @Test func timestampForms() {
        let z = Timestamp(parsing: "2025-07-15T10:30:00Z")
        #expect(Timestamp(parsing: "2025-07-15 10:30:00") == z)
        #expect(Timestamp(parsing: "2025-07-15T12:30:00+02:00") == z)
        #expect(Timestamp(parsing: "2025-07-15T05:30:00-0500") == z)
        #expect(Timestamp(parsing: "2025-07-15T10:30:00.250Z")?.microseconds == z!.microseconds + 250_000)
        #expect(Timestamp(parsing: "2025-07-15")?.iso8601 == "2025-07-15T00:00:00Z")
        #expect(Timestamp(parsing: "2025-02-30T00:00:00Z") == nil)
        #expect(Timestamp(parsing: "15/07/2025") == nil)
        #expect(Timestamp(parsing: "2025-07-15T25:00:00Z") == nil)
        #expect(UUIDKey(parsing: "6F1C0E2A-0000-4000-8000-00000000000A") == UUIDKey(parsing: "6f1c0e2a-0000-4000-8000-00000000000a"))
        #expect(UUIDKey(parsing: "not-a-uuid") == nil)
    }

    @Test func uuidsCompareCaseInsensitivelyAcrossTables() throws {
        let b = try SnapshotBuilder()
        try b.company("acme")
        try b.member("p1", of: "acme", role: "participant")
        try b.member("v1", of: "acme", role: "volunteer")
        try b.session("s1", participant: "p1", volunteer: "v1", completed: "2025-08-01T10:00:00Z")
        try b.sql("UPDATE kintell_sessions SET participant_id = upper(participant_id)")
        let m = try b.figures(k: 3).tenant("acme", "2025-Q3").audit
        #expect(m.raw(.participantsCount) == 1)
    }
}
