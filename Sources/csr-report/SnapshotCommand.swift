import ArgumentParser
import CSRSnapshotExport
import Foundation

/// `csr-report snapshot`: the platform's PostgreSQL database -> a snapshot file.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Export a snapshot from the platform's PostgreSQL database.",
        discussion: """
            Reads only the columns the report uses, in one REPEATABLE READ READ ONLY transaction, and writes them in the snapshot format of data/schema.sql. What the URL leaves out comes from the PG* environment variables and ~/.pgpass; TLS follows sslmode (disable, prefer, require, verify-full). The password is never printed or stored.

            Example: csr-report snapshot --from 'postgresql://reports@replica.internal/platform?sslmode=verify-full' --out snapshot.sqlite
            """
    )

    @Option(help: ArgumentHelp("The database, as a libpq URL: postgresql://user@host:5432/db?sslmode=require", valueName: "url"))
    var from: String

    @Option(help: ArgumentHelp("Where to write the snapshot (must not exist unless --force).", valueName: "file"),
            completion: .file(extensions: ["sqlite", "sqlite3", "db"]))
    var out: String

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func validate() throws {
        do { _ = try PostgresTarget(url: from) } catch { throw ValidationError("--from: \(error)") }
    }

    func run() throws {
        let summary = try Self.export(from: from, to: out, overwrite: force)
        var lines = ["wrote \(out): \(summary.totalRows) rows from \(summary.source) as of \(summary.exportedAt)"
                     + (summary.encrypted ? " (TLS)" : "")]
        for (table, rows) in summary.rows { lines.append("  \(table.padding(toLength: 28, withPad: " ", startingAt: 0)) \(rows)") }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// The export with a progress bar per table on a terminal; shared with `build --db postgresql://`.
    static func export(from url: String, to path: String, overwrite: Bool) throws -> SnapshotExportSummary {
        var exporter = SnapshotExporter(url: url)
        let bar = ProgressBar(unit: "rows")
        exporter.progress = { table, done, estimate in bar.show(done: done, total: estimate, label: table) }
        exporter.tableDone = { _, _ in bar.finish() }
        defer { bar.finish() }
        return try exporter.export(to: path, overwrite: overwrite)
    }
}
