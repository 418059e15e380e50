import Foundation

/// The snapshot DDL split so the generator can create the tables first and the indexes after
/// the data: building an index once over sorted keys is far faster than keeping it up to date
/// through a million inserts.
///
/// ```swift
/// let script = try DemoSchemaScript(ddl: SnapshotSchema.ddl)
/// for statement in script.tables { try db.execute(statement) }
/// ```
struct DemoSchemaScript: Sendable {
    /// `CREATE TABLE ...` statements, in file order.
    let tables: [String]
    /// `CREATE [UNIQUE] INDEX ...` statements, in file order.
    let indexes: [String]
    /// Anything else (views, triggers), run after the indexes.
    let others: [String]

    init(ddl: String) throws {
        // Line comments go first: a `;` inside one must not split a statement. The schema file
        // has no string literals that hold `--` or `;`.
        let code = ddl.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            guard let dash = line.range(of: "--") else { return line }
            return line[..<dash.lowerBound]
        }.joined(separator: "\n")
        var tables: [String] = [], indexes: [String] = [], others: [String] = []
        for piece in code.split(separator: ";") {
            let statement = piece.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !statement.isEmpty else { continue }
            let head = statement.prefix(24).uppercased()
            if head.hasPrefix("CREATE TABLE") {
                tables.append(statement)
            } else if head.hasPrefix("CREATE INDEX") || head.hasPrefix("CREATE UNIQUE INDEX") {
                indexes.append(statement)
            } else {
                others.append(statement)
            }
        }
        guard !tables.isEmpty else { throw DemoDataError.emptySchema }
        self.tables = tables
        self.indexes = indexes
        self.others = others
    }
}
