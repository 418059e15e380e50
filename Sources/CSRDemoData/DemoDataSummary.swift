/// What the demo generator wrote: rows per table and the data-quality problems it planted.
///
/// ```swift
/// let summary = try DemoSnapshotGenerator(options: .init()).write(to: "demo.sqlite", ddl: SnapshotSchema.ddl)
/// for count in summary.rowCounts { print(count.table, count.rows) }
/// ```
public struct DemoDataSummary: Sendable, Equatable {
    /// One table's row count.
    public struct TableRows: Sendable, Equatable {
        public let table: String
        public let rows: Int

        public init(table: String, rows: Int) {
            self.table = table
            self.rows = rows
        }
    }

    /// Every table of the snapshot, sorted by name.
    public let rowCounts: [TableRows]
    /// The problems `csr-report validate` should report (see docs/demo-data.md).
    public let plantedProblems: [DemoPlantedProblem]

    public var totalRows: Int { rowCounts.reduce(0) { $0 + $1.rows } }

    /// The row count of `table`, 0 when there is no such table.
    public func rows(in table: String) -> Int {
        rowCounts.first { $0.table == table }?.rows ?? 0
    }
}
