/// An opened snapshot: checked, read-only, ready to load.
///
/// ```swift
/// let snapshot = try Snapshot.open("snapshot.sqlite")
/// let data = try snapshot.load()          // typed rows for the figures
/// ```
/// Opening checks the file (exists, is SQLite, is complete), that every table and column in
/// `SnapshotSchema.required` is there, and the schema version in `snapshot_meta` when present.
public final class Snapshot {
    public let path: String
    let connection: SQLiteConnection
    /// Column names of every table, lower-cased.
    public let columns: [String: Set<String>]
    public let meta: SnapshotMeta

    /// The default time budget of one query, in seconds; `CSR_REPORT_QUERY_SECONDS` overrides it.
    public static let defaultQueryTimeLimit: Double = 600

    /// `CSR_REPORT_QUERY_SECONDS` when it is a valid limit, else the default (the executable
    /// refuses an invalid one before any work).
    public static func queryTimeLimit(environment: [String: String]) -> Double {
        environment["CSR_REPORT_QUERY_SECONDS"].flatMap(queryTimeLimit(parsing:)) ?? defaultQueryTimeLimit
    }

    /// A time budget in seconds: a number above 0 and below 10^9; nil otherwise.
    public static func queryTimeLimit(parsing text: String) -> Double? {
        guard let seconds = Double(text), seconds > 0, seconds < 1e9 else { return nil }
        return seconds
    }

    public static func open(_ path: String,
                            queryTimeLimit: Double = queryTimeLimit(environment: ProcessInfo.processInfo.environment)) throws(SnapshotError) -> Snapshot {
        try SnapshotFile.preflight(path)
        let connection: SQLiteConnection
        do {
            connection = try SQLiteConnection(readOnly: path)
        } catch let error as SQLiteError {
            throw SnapshotError.wrapping(error)
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
        // Memory-mapped reads: a full scan of a large snapshot otherwise spends its time copying
        // pages through read(2). SQLite caps the size at its compile-time maximum.
        try? connection.execute("PRAGMA mmap_size = 2147418112")
        connection.limitQueries(toSeconds: queryTimeLimit)
        let (columns, types) = try readColumns(connection)
        for (table, _) in SnapshotSchema.required + SnapshotSchema.optional {
            // A view runs arbitrary SQL on every read (it can be endless or rename a tenant).
            if let type = types[table], type != "table" { throw .notATable(path: path, table: table, type: type) }
        }
        for (table, needed) in SnapshotSchema.required {
            guard let present = columns[table] else { throw .missingTable(path: path, table: table) }
            if let missing = needed.first(where: { !present.contains($0) }) {
                throw .missingColumn(path: path, table: table, column: missing)
            }
        }
        for (table, wanted) in SnapshotSchema.optional {
            if let present = columns[table], let missing = wanted.first(where: { !present.contains($0) }) {
                throw .missingColumn(path: path, table: table, column: missing)
            }
        }
        let meta = try readMeta(connection, path: path, hasTable: columns["snapshot_meta"] != nil)
        if let version = meta.schemaVersion, !SnapshotSchema.supportedVersions.contains(version) {
            throw .unsupportedSchemaVersion(path: path, version: version, supported: "1.0")
        }
        return Snapshot(path: path, connection: connection, columns: columns, meta: meta)
    }

    private init(path: String, connection: SQLiteConnection, columns: [String: Set<String>], meta: SnapshotMeta) {
        self.path = path
        self.connection = connection
        self.columns = columns
        self.meta = meta
    }

    /// Runs a query, turning SQLite's failures into snapshot errors.
    func query(_ sql: String, _ row: (SQLiteStatement) throws -> Void) throws {
        do {
            let stmt = try connection.prepare(sql)
            while try stmt.step() { try row(stmt) }
        } catch let error as SQLiteError {
            throw SnapshotError.wrapping(error, timeLimit: connection.queryTimeLimit)
        }
    }

    /// Columns of every table and view, and the kind of each named object.
    private static func readColumns(_ db: SQLiteConnection) throws(SnapshotError) -> ([String: Set<String>], [String: String]) {
        var result: [String: Set<String>] = [:]
        var types: [String: String] = [:]
        do {
            // pragma_table_info as a table-valued function lists every column in one query.
            let stmt = try db.prepare("""
                SELECT lower(m.name), lower(p.name) FROM sqlite_master AS m, pragma_table_info(m.name) AS p
                WHERE m.type IN ('table', 'view')
                """)
            while try stmt.step() {
                result[stmt.text(0) ?? "", default: []].insert(stmt.text(1) ?? "")
            }
            let kinds = try db.prepare("SELECT lower(name), type FROM sqlite_master WHERE type IN ('table', 'view')")
            while try kinds.step() { types[kinds.text(0) ?? ""] = kinds.text(1) ?? "" }
        } catch let error as SQLiteError {
            throw SnapshotError.wrapping(error, timeLimit: db.queryTimeLimit)
        } catch {
            throw .corrupt(path: db.path, detail: "\(error)")
        }
        return (result, types)
    }

    private static func readMeta(_ db: SQLiteConnection, path: String, hasTable: Bool) throws(SnapshotError) -> SnapshotMeta {
        var meta = SnapshotMeta()
        guard hasTable else { return meta }
        do {
            let stmt = try db.prepare("SELECT key, value FROM snapshot_meta")
            while try stmt.step() {
                let value = stmt.text(1)
                switch stmt.text(0) {
                case "schema_version": meta.schemaVersion = value?.trimmingCharacters(in: .whitespaces)
                case "source": meta.source = value
                case "exported_at":
                    guard let value, let time = Timestamp(parsing: value) else {
                        throw SnapshotError.malformedValue(path: path, table: "snapshot_meta", column: "value",
                                                           rowID: "exported_at", expected: "an ISO 8601 timestamp",
                                                           found: quotedForMessage(value))
                    }
                    meta.exportedAt = time
                default: break
                }
            }
        } catch let error as SnapshotError {
            throw error
        } catch let error as SQLiteError {
            throw SnapshotError.wrapping(error, timeLimit: db.queryTimeLimit)
        } catch {
            throw .corrupt(path: path, detail: "\(error)")
        }
        return meta
    }
}

import Foundation
