import CSRSQLiteWriter
import Foundation

/// Writes a deterministic, realistic demo snapshot: the tenants, people, sessions, buddy
/// matches, courses, outcome scores and evidence of `docs/demo-data.md`, with hostile strings,
/// personal data to redact, period-edge rows and a fixed list of planted data problems.
///
/// ```swift
/// let generator = DemoSnapshotGenerator(options: DemoDataOptions(companies: 6, scale: 1, seed: 2025))
/// let summary = try generator.write(to: "demo.sqlite", ddl: SnapshotSchema.ddl)
/// ```
/// The same options give the same rows in the same order. The file appears only when it is
/// complete (`CompleteFile`): written next to the target under a temporary name, renamed into place.
public struct DemoSnapshotGenerator: Sendable {
    public let options: DemoDataOptions

    public init(options: DemoDataOptions) {
        self.options = options
    }

    /// Generates the snapshot at `path` from the snapshot DDL (`data/schema.sql`).
    /// - Parameter overwrite: replace an existing file (the command's `--force`); otherwise an
    ///   existing `path` is an error and is left untouched.
    @discardableResult
    public func write(to path: String, ddl: String, overwrite: Bool = false) throws -> DemoDataSummary {
        try options.validate()
        let script = try DemoSchemaScript(ddl: ddl)
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial").path
        do {
            return try CompleteFile(path: path, temporary: temporary, overwrite: overwrite).write { try generate(into: $0, script: script) }
        } catch let error as CompleteFileError {
            throw DemoDataError(error)
        }
    }

    /// Everything happens inside this function so the connection is closed (and the file
    /// complete on disk) before the rename.
    private func generate(into path: String, script: DemoSchemaScript) throws -> DemoDataSummary {
        let db = try SQLiteWriter(creating: path)
        // No journal and no fsync while generating: a failed run is deleted, never resumed.
        // A fixed page size keeps the file layout the same on every machine.
        try db.execute("PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -524288; PRAGMA temp_store = MEMORY")
        for statement in script.tables { try db.execute(statement) }
        try db.transaction {
            let writer = try DemoTableWriter(connection: db)
            let activity = DemoActivityWriter(options: options, writer: writer)
            try activity.writeMeta()
            try activity.writeCompanies()
            try activity.writeUsers()
            try activity.writeCompanyUsers()
            try activity.writeExternalIDs()
            try activity.writeActivity()
            try activity.writePeriodEdges()
            try activity.writePlantedProblems()
            try activity.writeCompanyMetrics()
            try activity.writeDeduplicationRows()
        }
        for statement in script.indexes + script.others { try db.execute(statement) }
        // Planner statistics for the readers' queries; a bounded sample keeps it quick on large snapshots.
        try db.execute("PRAGMA analysis_limit = 1000; ANALYZE")

        var counts: [DemoDataSummary.TableRows] = []
        for name in try db.texts("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name") {
            let rows = try db.texts("SELECT count(*) FROM \"\(name)\"").first.flatMap { Int($0) } ?? 0
            counts.append(.init(table: name, rows: rows))
        }
        return DemoDataSummary(rowCounts: counts, plantedProblems: DemoPlantedProblem.all)
    }
}
