import CSRReport
import CSRSQLiteWriter
import Foundation

/// Reads the platform's PostgreSQL database and writes a snapshot (`data/schema.sql`'s format,
/// the columns of `ExportedTable.all`).
///
/// ```swift
/// let exporter = SnapshotExporter(url: "postgresql://reports@replica.internal/platform?sslmode=verify-full")
/// let summary = try exporter.export(to: "snapshot.sqlite", overwrite: false)
/// ```
/// Every table is read in one `REPEATABLE READ READ ONLY` transaction, so the snapshot is one
/// consistent cut even while the platform writes. Rows stream from `COPY ... TO STDOUT` into
/// one SQLite transaction per table: memory does not grow with the data. The file is written
/// as `.<name>.csr-export` beside `path` and renamed into place only when complete
/// (`CompleteFile`); a run that was killed leaves that file behind, and the next export to the
/// same path removes it first.
public struct SnapshotExporter {
    public let url: String
    /// Called with (table, rows so far, the server's estimate of the table's rows or nil).
    public var progress: (String, Int, Int?) -> Void = { _, _, _ in }
    /// Called when a table is done.
    public var tableDone: (String, Int) -> Void = { _, _ in }

    public init(url: String) {
        self.url = url
    }

    /// The temporary file an export to `path` writes (and the next export clears).
    public static func temporaryPath(for path: String) -> String {
        let target = URL(fileURLWithPath: path)
        return target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).csr-export").path
    }

    public func export(to path: String, overwrite: Bool) throws -> SnapshotExportSummary {
        do {
            let file = try CompleteFile(path: path, temporary: Self.temporaryPath(for: path), overwrite: overwrite)
            let server = try PostgresConnection(url: url)
            return try file.write { try write(from: server, into: $0) }
        } catch let error as CompleteFileError {
            throw SnapshotExportError(error)
        }
    }

    /// The whole read happens inside one function so that the SQLite connection is closed (the
    /// file complete on disk) before the rename.
    private func write(from server: PostgresConnection, into path: String) throws -> SnapshotExportSummary {
        // Our session's settings, not the server's: timestamps in UTC and ISO form, floats in
        // full precision. SET works on a read replica too.
        try server.execute("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 3",
                           what: "setting the session's time zone")
        try server.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", what: "starting a read-only transaction")
        let exportedAt = try server.rows("SELECT transaction_timestamp()", what: "reading the transaction time")
        let catalogue = try ServerCatalogue.read(server, tables: ExportedTable.all.map(\.name))
        let plan = try catalogue.plan(ExportedTable.all, target: server.target.description)

        let db: SQLiteWriter
        do {
            db = try SQLiteWriter(creating: path)
            // No journal and no fsync: an export that fails is deleted, never resumed.
            try db.execute("PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -16384")
            try db.execute("CREATE TABLE snapshot_meta (\n    key   TEXT PRIMARY KEY,\n    value TEXT\n)")
            for (table, _) in plan { try db.execute(table.createStatement) }
        } catch {
            throw SnapshotExportError.cannotWrite(path: path, reason: "\(error)")
        }

        var counts: [(String, Int)] = []
        for (table, relation) in plan {
            let rows = try copy(table, relation: relation, from: server, into: db)
            counts.append((table.name, rows))
            tableDone(table.name, rows)
        }
        try server.execute("COMMIT", what: "ending the read-only transaction")

        let time = exportedAt.first?.first.flatMap { $0 }.flatMap { SnapshotValue.isoTimestamp(Array($0.utf8)) } ?? ""
        let meta: [(String, String)] = [
            ("schema_version", "1.0"),
            ("exported_at", time),
            ("source", server.target.source),
            ("exported_by", "csr-report \(CSRReportVersion.string) snapshot"),
        ]
        let insert = try db.prepare("INSERT INTO snapshot_meta (key, value) VALUES (?, ?)")
        for (key, value) in meta {
            insert.reset()
            try insert.bind(1, key)
            try insert.bind(2, value)
            try insert.step()
        }
        return SnapshotExportSummary(source: server.target.source, exportedAt: time, rows: counts, encrypted: server.usesTLS)
    }

    private func copy(_ table: ExportedTable, relation: String, from server: PostgresConnection,
                      into db: SQLiteWriter) throws -> Int {
        let columns = table.columns.map { ServerCatalogue.quoted($0.name) }.joined(separator: ", ")
        let insert = try db.prepare("INSERT INTO \(table.name) VALUES (\(Array(repeating: "?", count: table.columns.count).joined(separator: ", ")))")
        let kinds = table.columns.map(\.kind)
        var row = CopyTextRow()
        var scratch: [UInt8] = []
        var count = 0
        let estimate = try server.rows("SELECT reltuples::bigint FROM pg_catalog.pg_class WHERE oid = '\(relation.replacingOccurrences(of: "'", with: "''"))'::regclass",
                                       what: "estimating the rows of \(table.name)")
            .first?.first.flatMap { $0 }.flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        progress(table.name, 0, estimate)
        try db.transaction {
            try server.copyOut("COPY (SELECT \(columns) FROM \(relation)) TO STDOUT", what: "reading \(table.name)") { line in
                row.decode(line)
                guard row.count == kinds.count else {
                    throw SnapshotExportError.queryFailed(target: server.target.description, what: "reading \(table.name)",
                                                          reason: "a row with \(row.count) fields, expected \(kinds.count)")
                }
                insert.reset()
                for (index, kind) in kinds.enumerated() where !row.isNull(index) {
                    try row.field(index) { try SnapshotValue.bind(kind, $0, to: insert, at: index + 1, scratch: &scratch) }
                }
                try insert.step()
                count += 1
                if count & 0x3FFF == 0 { progress(table.name, count, estimate) }
            }
        }
        progress(table.name, count, estimate)
        return count
    }
}

/// What an export wrote, for the summary on standard error.
public struct SnapshotExportSummary: Sendable {
    public let source: String
    public let exportedAt: String
    public let rows: [(table: String, rows: Int)]
    /// Whether the connection was encrypted (`sslmode=prefer` falls back silently).
    public let encrypted: Bool

    public var totalRows: Int { rows.reduce(0) { $0 + $1.rows } }
}
