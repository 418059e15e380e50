import ArgumentParser
import CSRReport

/// `csr-report schema`: prints the snapshot DDL (`data/schema.sql`).
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the SQLite DDL of the snapshot format (data/schema.sql).",
        discussion: "Pipe it into sqlite3 to create an empty snapshot: csr-report schema | sqlite3 empty.sqlite"
    )

    func run() throws {
        print(SnapshotSchema.ddl, terminator: "")
    }
}
