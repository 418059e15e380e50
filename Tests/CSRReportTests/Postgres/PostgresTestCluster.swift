import Foundation
@testable import CSRReport

/// A throwaway PostgreSQL cluster for the export tests: one per test run, started on first use,
/// stopped when the test process exits (and, if a run was killed, by the next run).
///
/// It holds the platform's schema (`data/postgres-schema.sql`) with the demo snapshot loaded
/// (`scripts/load-demo-into-postgres`) in the database `platform`, and a few variants made from
/// it up front, before any test connects (CREATE DATABASE ... TEMPLATE needs the template idle).
/// PostgreSQL refuses to run as root: as root the cluster runs as the `postgres` system user,
/// or a `csr-report-pg` system user created for it.
final class PostgresTestCluster: Sendable {
    let folder: String
    let port: Int
    let password: String
    /// The server's certificate, for `sslmode=verify-full` (TLS is on for every connection that asks).
    let certificate: String
    let binaries: String
    private let user: String?

    static let shared: Result<PostgresTestCluster, Error> = Result { try PostgresTestCluster() }

    static func get() throws -> PostgresTestCluster { try shared.get() }

    /// `postgresql://postgres:<password>@127.0.0.1:<port>/<database>` plus `query`.
    func url(_ database: String = "platform", password: String? = nil, query: String = "sslmode=disable") -> String {
        "postgresql://postgres:\(password ?? self.password)@127.0.0.1:\(port)/\(database)" + (query.isEmpty ? "" : "?\(query)")
    }

    /// Runs SQL through psql as the superuser; throws with psql's message on failure.
    @discardableResult
    func psql(_ sql: String, database: String = "platform") throws -> String {
        try Self.run("/usr/bin/env", ["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", url(database), "-c", sql])
    }

    private init() throws {
        binaries = try Self.findBinaries()
        Self.stopStaleClusters()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("csr-report-pg-\(getpid())").path
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        password = "pw-" + UUID().uuidString.prefix(12).lowercased()
        user = getuid() == 0 ? try Self.serverUser() : nil
        port = try Self.freePort()
        certificate = folder + "/server.crt"

        try password.write(toFile: folder + "/pwfile", atomically: true, encoding: .utf8)
        try Self.run("/usr/bin/env", ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                                      "-keyout", folder + "/server.key", "-out", certificate, "-subj", "/CN=localhost",
                                      "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"])
        chmod(folder + "/server.key", 0o600)
        if let user { try Self.run("/bin/chown", ["-R", user, folder]) }
        try asServer("initdb", ["-D", folder + "/data", "-U", "postgres", "--pwfile=" + folder + "/pwfile",
                                "-A", "scram-sha-256", "-E", "UTF8", "--no-locale"])
        // Durability is not the point of a throwaway cluster: no fsync keeps the tests quick.
        let options = "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
            + "-c full_page_writes=off -c ssl=on -c ssl_cert_file=\(certificate) -c ssl_key_file=\(folder)/server.key"
        // The server outlives pg_ctl and would inherit every descriptor this process has open
        // (Foundation's Process leaves some without close-on-exec), so a test waiting for EOF
        // on one of its own pipes would wait for the server. bash (not dash: fds above 9) closes them first.
        let start = [binaries + "/pg_ctl", "-D", folder + "/data", "-l", folder + "/server.log", "-o", options, "-w", "-t", "60", "start"]
        let closeAll = #"for fd in /proc/self/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-" 2>/dev/null; done; exec "$0" "$@""#
        try Self.run("/bin/bash", ["-c", closeAll] + (user.map { ["/usr/sbin/runuser", "-u", $0, "--"] } ?? []) + start, capture: false)
        Self.registerStop(self)
        try createDatabases()
    }

    /// The platform database and its variants (see the export tests).
    private func createDatabases() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        try psql("CREATE DATABASE platform", database: "postgres")
        try Self.run("/usr/bin/env", ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url(), "-f",
                                      repo.appendingPathComponent("data/postgres-schema.sql").path])
        try Self.run(repo.appendingPathComponent("scripts/load-demo-into-postgres").path, [try TestPaths.demo(), url()])
        // What a real platform has and the report must never read.
        try psql("""
            ALTER TABLE users ADD COLUMN password_hash text, ADD COLUMN journey_flags jsonb;
            UPDATE users SET password_hash = 'scrypt$never-export-me', journey_flags = '{"onboarding": true}';
            CREATE TABLE audit_log (id uuid PRIMARY KEY, detail text);
            ANALYZE
            """)
        for variant in ["missing_table", "wrong_type", "time_zone", "slow"] {
            try psql("CREATE DATABASE \(variant) TEMPLATE platform", database: "postgres")
        }
        try psql("DROP TABLE safety_flags", database: "missing_table")
        try psql("ALTER TABLE kintell_sessions ALTER COLUMN completed_at TYPE text", database: "wrong_type")
        // +12:45 in December: an offset no test data is written in.
        try psql("ALTER DATABASE time_zone SET TimeZone = 'Pacific/Chatham'", database: "postgres")
        try psql("""
            ALTER TABLE learning_progress RENAME TO learning_progress_rows;
            CREATE FUNCTION slow_row() RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.02); RETURN true; END $$;
            CREATE VIEW learning_progress AS SELECT * FROM learning_progress_rows WHERE slow_row()
            """, database: "slow")
    }

    // MARK: - Processes

    private func asServer(_ tool: String, _ arguments: [String], capture: Bool = true) throws {
        let path = binaries + "/" + tool
        if let user {
            try Self.run("/usr/sbin/runuser", ["-u", user, "--", path] + arguments, capture: capture)
        } else {
            try Self.run(path, arguments, capture: capture)
        }
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], capture: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = capture ? out : FileHandle.nullDevice
        process.standardError = capture ? err : FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = capture ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let errData = capture ? err.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ClusterError("\(executable) \(arguments.prefix(3).joined(separator: " ")) failed (status \(process.terminationStatus)): "
                               + String(decoding: errData, as: UTF8.self))
        }
        return String(decoding: outData, as: UTF8.self)
    }

    /// Debian puts the server in /usr/lib/postgresql/<version>/bin; elsewhere it is on PATH.
    private static func findBinaries() throws -> String {
        let fm = FileManager.default
        let versions = ((try? fm.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []).compactMap(Int.init).sorted()
        for version in versions.reversed() where fm.isExecutableFile(atPath: "/usr/lib/postgresql/\(version)/bin/initdb") {
            return "/usr/lib/postgresql/\(version)/bin"
        }
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        where fm.isExecutableFile(atPath: "\(folder)/initdb") && fm.isExecutableFile(atPath: "\(folder)/pg_ctl") {
            return String(folder)
        }
        throw ClusterError("PostgreSQL server binaries (initdb, pg_ctl) not found: run `make setup-tests` (scripts/bootstrap --tests installs Debian's postgresql)")
    }

    private static func serverUser() throws -> String {
        if getpwnam("postgres") != nil { return "postgres" }
        if getpwnam("csr-report-pg") == nil {
            try run("/usr/sbin/useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "csr-report-pg"])
        }
        return "csr-report-pg"
    }

    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw ClusterError("no free loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    // MARK: - Stopping

    /// The stop command for the exit handler (a C function pointer cannot capture).
    nonisolated(unsafe) private static var stopCommand: [String] = []

    private static func registerStop(_ cluster: PostgresTestCluster) {
        let ctl = cluster.binaries + "/pg_ctl"
        let stop = [ctl, "-D", cluster.folder + "/data", "-m", "immediate", "-w", "stop"]
        stopCommand = cluster.user.map { ["/usr/sbin/runuser", "-u", $0, "--"] + stop } ?? stop
        atexit {
            guard let first = PostgresTestCluster.stopCommand.first else { return }
            _ = try? PostgresTestCluster.run(first, Array(PostgresTestCluster.stopCommand.dropFirst()))
            if let dataIndex = PostgresTestCluster.stopCommand.firstIndex(of: "-D") {
                let folder = URL(fileURLWithPath: PostgresTestCluster.stopCommand[dataIndex + 1]).deletingLastPathComponent().path
                try? FileManager.default.removeItem(atPath: folder)
            }
        }
    }

    /// Clusters of earlier runs whose test process is gone (killed before its exit handler ran).
    private static func stopStaleClusters() {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory.path
        for name in (try? fm.contentsOfDirectory(atPath: tmp)) ?? [] where name.hasPrefix("csr-report-pg-") {
            guard let pid = Int32(name.dropFirst("csr-report-pg-".count)), pid != getpid(), kill(pid, 0) != 0 else { continue }
            let data = tmp + "/" + name + "/data"
            if let serverPID = (try? String(contentsOfFile: data + "/postmaster.pid", encoding: .utf8))?
                .split(separator: "\n").first.flatMap({ Int32($0) }) {
                kill(serverPID, SIGQUIT)
            }
            try? fm.removeItem(atPath: tmp + "/" + name)
        }
    }
}

struct ClusterError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
