import ArgumentParser
import CSRDemoData
import CSRReport
import Foundation

/// `csr-report demo-data`: a deterministic synthetic snapshot.
struct DemoDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Write a deterministic synthetic snapshot that looks like the real platform.",
        discussion: """
            Eight quarters of multilingual activity, PII and hostile content for the redactor and renderer to deal with, and a few planted data problems for validate to find. The same seed gives the same content. See docs/demo-data.md for row counts per scale.

            Example: csr-report demo-data --out demo.sqlite --companies 6 --scale 1 --seed 2025
            """
    )

    @Option(help: ArgumentHelp("Where to write the snapshot (must not exist unless --force).", valueName: "file"),
            completion: .file(extensions: ["sqlite", "sqlite3", "db"]))
    var out: String

    @Option(help: ArgumentHelp("Number of client companies.", valueName: "n"))
    var companies: Int = 6

    @Option(help: ArgumentHelp("Activity multiplier: 1 is about 10,000 sessions, 100 over 1,000,000.", valueName: "s"))
    var scale: Double = 1

    @Option(help: ArgumentHelp("Random seed.", valueName: "n"))
    var seed: UInt64 = 2025

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func validate() throws {
        do {
            try DemoDataOptions(companies: companies, scale: scale, seed: seed).validate()
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        let generator = DemoSnapshotGenerator(options: DemoDataOptions(companies: companies, scale: scale, seed: seed))
        let summary = try generator.write(to: out, ddl: SnapshotSchema.ddl, overwrite: force)
        var lines = ["wrote \(out): \(summary.totalRows) rows"]
        for table in summary.rowCounts { lines.append("  \(table.table.padding(toLength: 28, withPad: " ", startingAt: 0)) \(table.rows)") }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
