import Foundation
import Testing
@testable import CSRReport
import CSRSQLiteWriter

/// Issue 9, item 1: a snapshot is read as SQLite would read it, or refused; nothing in a
/// snapshot can hang the tool.
@Suite struct SnapshotFaultTests {
    /// A one-company snapshot named "Old Name", as a file of its own folder.
    private func smallSnapshot() throws -> SnapshotBuilder {
        let b = try SnapshotBuilder()
        try b.company("acme", displayName: "Old Name")
        try b.member("v1", of: "acme", role: "volunteer")
        try b.user("p1", role: "participant")
        try b.session(participant: "p1", volunteer: "v1", completed: "2025-08-01T10:00:00Z")
        return b
    }

    private func copy(_ from: String, _ to: String) throws {
        try? FileManager.default.removeItem(atPath: to)
        try FileManager.default.copyItem(atPath: from, toPath: to)
    }

    @Test func aSnapshotCopiedWithItsWriteAheadLogIsRefusedNotReadStale() throws {
        let b = try smallSnapshot()
        try b.sql("PRAGMA journal_mode = WAL")
        // A live database: the rename is committed to the log, not yet to the main file.
        let live = try SQLiteWriter(creating: b.path)
        try live.execute("PRAGMA wal_autocheckpoint = 0")
        try live.execute("UPDATE companies SET name = 'New Name'")
        let folder = (b.path as NSString).deletingLastPathComponent
        let copied = folder + "/copied.sqlite"
        try copy(b.path, copied)
        try copy(b.path + "-wal", copied + "-wal")
        #expect(((try FileManager.default.attributesOfItem(atPath: copied + "-wal"))[.size] as? Int ?? 0) > 32)

        #expect(throws: SnapshotError.self) { try Snapshot.open(copied) }
        // Through a symbolic link too: SQLite looks for the log beside the file the link points to.
        let link = folder + "/link.sqlite"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: copied)
        #expect(throws: SnapshotError.pendingWriteAheadLog(path: link, walBytes: try FileManager.default.attributesOfItem(atPath: copied + "-wal")[.size] as? Int ?? 0)) {
            try Snapshot.open(link)
        }
        let result = try CLI.run(["build", "--db", copied, "--out", folder + "/site"], timeout: 60)
        #expect(result.status == 1)
        #expect(result.stderr.contains("write-ahead log") && result.stderr.contains("wal_checkpoint(TRUNCATE)"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder + "/site"))

        // Checkpointed as the message says, it reads the new name.
        try SQLiteWriter(creating: copied).execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let data = try Snapshot.open(copied).load()
        #expect(data.companies.map(\.name) == ["New Name"])
    }

    @Test func aSnapshotWithAHotRollbackJournalIsRefused() throws {
        let b = try smallSnapshot()
        try b.sql("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
            INSERT INTO companies (id, name) SELECT printf('00000000-0000-4000-8000-%012d', i), hex(randomblob(100)) FROM n
            """)
        let folder = (b.path as NSString).deletingLastPathComponent
        // A write in progress whose pages spill into the main file: file and journal copied
        // together are what a copy of a database in the middle of a write looks like.
        let writer = try SQLiteWriter(creating: b.path)
        try writer.execute("PRAGMA journal_mode = DELETE; PRAGMA cache_size = 2")
        try writer.execute("BEGIN; UPDATE companies SET name = 'Half Written'")
        let copied = folder + "/copied.sqlite"
        try copy(b.path, copied)
        try copy(b.path + "-journal", copied + "-journal")
        try writer.execute("ROLLBACK")

        let result = try CLI.run(["figures", "--db", copied], timeout: 60)
        #expect(result.status == 1)
        #expect(result.stderr.contains("hot rollback journal"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)

        // A journal whose header is zeroed (a finished transaction in PERSIST mode) is not hot.
        try Data(count: 512).write(to: URL(fileURLWithPath: copied + "-journal"))
        try copy(b.path, copied)
        #expect(throws: Never.self) { try Snapshot.open(copied) }
    }

    @Test func aFIFOOrADeviceIsRefusedAtOnce() throws {
        let folder = TestPaths.fresh("fifo")
        let fifo = folder + "/snapshot.sqlite"
        #expect(mkfifo(fifo, 0o600) == 0)
        for command in ["build", "figures", "validate"] {
            let result = try CLI.run([command, "--db", fifo] + (command == "build" ? ["--out", folder + "/site"] : []), timeout: 30)
            #expect(result.status == 1, "\(command) did not stop: \(result.status)")
            #expect(result.stderr.contains("is a FIFO (named pipe), not a regular file"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        #expect(throws: SnapshotError.notRegularFile(path: "/dev/null", kind: "device")) { try Snapshot.open("/dev/null") }
    }

    @Test func aRequiredTableThatIsAViewIsRefused() throws {
        let b = try smallSnapshot()
        // A view that never ends: reading it would hang the tool.
        try b.sql("""
            ALTER TABLE companies RENAME TO companies_data;
            CREATE VIEW companies AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
              SELECT c.id, c.name FROM companies_data AS c, n;
            """)
        let result = try CLI.run(["build", "--db", b.path, "--out", TestPaths.fresh("view") + "/site"], timeout: 60)
        #expect(result.status == 1)
        #expect(result.stderr.contains("companies is a view, not a table"), "\(result.stderr)")
    }

    @Test func aQueryThatNeverEndsStopsAtTheTimeBudget() throws {
        let b = try smallSnapshot()
        // validate reads every table it knows, also those no figure needs.
        try b.sql("""
            DROP TABLE program_enrollments;
            CREATE VIEW program_enrollments AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
              SELECT i AS id, NULL AS user_id, 'buddy' AS program_type, NULL AS enrolled_at, 'active' AS status,
                     NULL AS completed_at FROM n;
            """)
        let result = try CLI.run(["validate", "--db", b.path], environment: ["CSR_REPORT_QUERY_SECONDS": "1"], timeout: 60)
        #expect(result.status == 1)
        #expect(result.stderr.contains("a query ran longer than 1 s and was stopped"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func theProgressHandlerInterruptsALongStatement() throws {
        let b = try smallSnapshot()
        let db = try SQLiteConnection(readOnly: b.path)
        db.limitQueries(toSeconds: 0.2)
        let endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        #expect(throws: SQLiteError.self) { _ = try db.scalarInt(endless) }
        // The budget is per statement: the next one runs normally.
        #expect(try db.scalarInt("SELECT count(*) FROM companies") == 1)
    }
}
