import Foundation
import Testing
@testable import CSRDemoData
@testable import CSRReport
import CSRSnapshotExport

/// `csr-report snapshot` against a real PostgreSQL server (PostgresTestCluster): the demo data
/// goes into the platform's schema in PostgreSQL types, comes back out through the export, and
/// must give the same figures, byte for byte.
@Suite struct SnapshotExportTests {
    private func export(_ url: String, to out: String? = nil, extra: [String] = [],
                        environment: [String: String] = [:]) throws -> (CLI.Result, String) {
        let path = out ?? TestPaths.fresh("export") + "/snapshot.sqlite"
        return (try CLI.run(["snapshot", "--from", url, "--out", path] + extra, environment: environment), path)
    }

    @Test func figuresOfTheExportEqualTheDemoSnapshotsByteForByte() throws {
        let cluster = try PostgresTestCluster.get()
        let (result, path) = try export(cluster.url())
        #expect(result.status == 0, "\(result.stderr)")
        for period in ["2025-Q3", "2025-Q2", "2024"] {
            let demo = try CLI.run(["figures", "--db", try TestPaths.demo(), "--period", period])
            let exported = try CLI.run(["figures", "--db", path, "--period", period])
            #expect(demo.status == 0 && exported.status == 0, "\(exported.stderr)")
            #expect(!demo.stdout.isEmpty)
            #expect(exported.stdout == demo.stdout, "figures for \(period) differ")
        }
    }

    @Test func onlyTheColumnsTheReportReadsAndNoCredentials() throws {
        let cluster = try PostgresTestCluster.get()
        let (result, path) = try export(cluster.url())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains(cluster.password) && !result.stdout.contains(cluster.password))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for secret in [cluster.password, "never-export-me", "onboarding"] {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is in the snapshot")
        }
        let db = try SQLiteConnection(readOnly: path)
        var exported: [String: [String]] = [:]
        let columns = try db.prepare("""
            SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p WHERE m.type = 'table' ORDER BY m.name, p.cid
            """)
        while try columns.step() { exported[columns.text(0)!, default: []].append(columns.text(1)!) }
        #expect(exported["users"] == ["id", "role", "first_name", "last_name"])
        #expect(exported["program_enrollments"] == nil && exported["audit_log"] == nil && exported["webhook_deduplication"] == nil)
        var meta: [String: String] = [:]
        let rows = try db.prepare("SELECT key, value FROM snapshot_meta")
        while try rows.step() { meta[rows.text(0)!] = rows.text(1) }
        #expect(meta["schema_version"] == "1.0")
        #expect(meta["source"] == "postgresql://127.0.0.1:\(cluster.port)/platform")
        let exportedAt = try #require(meta["exported_at"].flatMap { Timestamp(parsing: $0) })
        #expect(abs(Double(exportedAt.microseconds) / 1e6 - Date().timeIntervalSince1970) < 600)
        #expect(meta["exported_at"]!.hasSuffix("Z"))
    }

    @Test func theServersTimeZoneChangesNoTimestamp() throws {
        let cluster = try PostgresTestCluster.get()
        #expect(try cluster.psql("SHOW TimeZone", database: "time_zone").contains("Chatham"))
        let (utc, utcPath) = try export(cluster.url())
        let (chatham, chathamPath) = try export(cluster.url("time_zone"), environment: ["PGTZ": "America/St_Johns"])
        #expect(utc.status == 0 && chatham.status == 0, "\(chatham.stderr)")
        #expect(try tableDump(chathamPath) == (try tableDump(utcPath)))
        let dump = try tableDump(utcPath)
        #expect(dump.contains(":00Z|") && !dump.contains("+00"), "timestamps are not UTC ISO 8601")
    }

    @Test func theURLMayLeaveHostUserAndPasswordToPGVariablesAndPgpass() throws {
        let cluster = try PostgresTestCluster.get()
        let folder = TestPaths.fresh("pgpass")
        let pgpass = folder + "/pgpass"
        try "127.0.0.1:\(cluster.port):*:postgres:\(cluster.password)\n".write(toFile: pgpass, atomically: true, encoding: .utf8)
        chmod(pgpass, 0o600)
        let (result, path) = try export("postgresql:///platform?sslmode=disable", environment: [
            "PGHOST": "127.0.0.1", "PGPORT": "\(cluster.port)", "PGUSER": "postgres", "PGPASSFILE": pgpass,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func tlsAsSslmodeSays() throws {
        let cluster = try PostgresTestCluster.get()
        let (required, _) = try export(cluster.url(query: "sslmode=require"))
        #expect(required.status == 0, "\(required.stderr)")
        #expect(required.stderr.contains("(TLS)"))
        let (plain, _) = try export(cluster.url(query: "sslmode=disable"))
        #expect(plain.status == 0 && !plain.stderr.contains("(TLS)"))
        let (verified, _) = try export(cluster.url(query: "sslmode=verify-full&sslrootcert=\(cluster.certificate)"))
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stderr.contains("(TLS)"))
        // verify-full against a name the certificate does not carry: refused, one line.
        let other = "postgresql://postgres:\(cluster.password)@127.0.0.2:\(cluster.port)/platform?sslmode=verify-full&sslrootcert=\(cluster.certificate)"
        let (mismatch, path) = try export(other)
        #expect(mismatch.status == 1)
        #expect(mismatch.stderr.hasPrefix("csr-report: error: cannot connect to PostgreSQL"), "\(mismatch.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func wrongPasswordIsOneLineWithoutThePassword() throws {
        let cluster = try PostgresTestCluster.get()
        let (result, path) = try export(cluster.url(password: "not-the-password-42"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("password authentication failed"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(!result.stderr.contains("not-the-password-42"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func unreachableServerFailsWithinSeconds() throws {
        let cluster = try PostgresTestCluster.get()
        // A refused port answers at once; an address nothing answers (TEST-NET-1) waits for connect_timeout.
        for url in ["postgresql://postgres@127.0.0.1:1/platform", "postgresql://postgres@192.0.2.1:5432/platform?connect_timeout=2"] {
            let start = Date()
            let (result, path) = try export(url)
            #expect(Date().timeIntervalSince(start) < 10, "\(url) took too long")
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("csr-report: error: cannot connect to PostgreSQL"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: path))
        }
        _ = cluster
    }

    @Test func aMissingTableIsNamed() throws {
        let cluster = try PostgresTestCluster.get()
        let (result, path) = try export(cluster.url("missing_table"))
        #expect(result.status == 1)
        #expect(result.stderr == "csr-report: error: PostgreSQL 127.0.0.1:\(cluster.port)/missing_table (user postgres) has no table safety_flags, which the report reads\n")
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: SnapshotExporter.temporaryPath(for: path)))
    }

    @Test func aColumnOfAnotherTypeIsNamed() throws {
        let cluster = try PostgresTestCluster.get()
        let (result, path) = try export(cluster.url("wrong_type"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("column kintell_sessions.completed_at is text, expected timestamp with time zone or timestamp without time zone"),
                "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func anExistingSnapshotIsKeptUnlessForced() throws {
        let cluster = try PostgresTestCluster.get()
        let path = TestPaths.fresh("force") + "/snapshot.sqlite"
        try "keep me".write(toFile: path, atomically: true, encoding: .utf8)
        let (kept, _) = try export(cluster.url(), to: path)
        #expect(kept.status == 1 && kept.stderr.contains("pass --force"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
        let (forced, _) = try export(cluster.url(), to: path, extra: ["--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Snapshot.open(path).meta.schemaVersion == "1.0")
    }

    @Test func anExportKilledMidwayLeavesNothingAtOutAndTheNextOneClearsUp() throws {
        let cluster = try PostgresTestCluster.get()
        let path = TestPaths.fresh("killed") + "/snapshot.sqlite"
        let temporary = SnapshotExporter.temporaryPath(for: path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["snapshot", "--from", cluster.url("slow"), "--out", path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // learning_progress is a view that sleeps on every row: wait until the export is inside it.
        let deadline = Date().addingTimeInterval(30)
        var midway = false
        while Date() < deadline, !midway {
            Thread.sleep(forTimeInterval: 0.1)
            midway = (try? cluster.psql("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY%learning_progress%'", database: "slow")
                .trimmingCharacters(in: .whitespacesAndNewlines)) == "1"
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(midway, "the export never reached learning_progress")
        #expect(FileManager.default.fileExists(atPath: temporary), "the killed export left no temporary file to clear")
        #expect(!FileManager.default.fileExists(atPath: path))
        let (next, _) = try export(cluster.url(), to: path)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: temporary))
    }

    @Test func buildFromAPostgresURLRemovesItsTemporarySnapshot() throws {
        let cluster = try PostgresTestCluster.get()
        let folder = TestPaths.fresh("build-pg")
        let tmp = folder + "/tmp"
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        let fromServer = try CLI.run(["build", "--db", cluster.url().replacingOccurrences(of: "postgresql://", with: "postgres://"),
                                      "--period", "2025-Q3", "--out", folder + "/site"], environment: ["TMPDIR": tmp, "SOURCE_DATE_EPOCH": "1760000000"])
        #expect(fromServer.status == 0, "\(fromServer.stderr)")
        #expect(!fromServer.stderr.contains(cluster.password))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).isEmpty)
        let fromFile = try CLI.run(["build", "--db", try TestPaths.demo(), "--period", "2025-Q3", "--out", folder + "/reference"],
                                    environment: ["SOURCE_DATE_EPOCH": "1760000000"])
        #expect(fromFile.status == 0)
        var served = try filesUnder(folder + "/site")
        var reference = try filesUnder(folder + "/reference")
        // The manifest names the snapshot's hash, and the snapshots differ in format (and in
        // exported_at, hence SOURCE_DATE_EPOCH for "generated"); the reports must not.
        served["manifest.json"] = nil
        reference["manifest.json"] = nil
        #expect(served.keys.sorted() == reference.keys.sorted())
        #expect(served == reference)
    }

    /// Every row of every table, sorted, as text.
    private func tableDump(_ path: String) throws -> String {
        let db = try SQLiteConnection(readOnly: path)
        var tables: [String] = []
        let names = try db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'snapshot_meta' ORDER BY name")
        while try names.step() { tables.append(names.text(0)!) }
        var lines: [String] = []
        for table in tables {
            let rows = try db.prepare("SELECT * FROM \(table)")
            while try rows.step() {
                lines.append(table + ":" + (0..<rows.columnCount).map { rows.isNull($0) ? "NULL" : (rows.text($0) ?? "") }.joined(separator: "|"))
            }
        }
        return lines.sorted().joined(separator: "\n")
    }
}
