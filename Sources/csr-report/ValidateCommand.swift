import ArgumentParser
import CSRReport

/// `csr-report validate`: a data-quality report on a snapshot.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a snapshot for problems that would make a report wrong.",
        discussion: """
            Lists orphaned references, values outside their domain, unparseable timestamps, invalid JSON and duplicate keys, with counts and up to three example row ids (ids only). Exits 1 when any problem would make a report wrong (an error), 0 otherwise (warnings allowed).

            --db also comes from the project file (db = "...") or CSR_REPORT_DB, as for build (README, Configuration).

            Example: csr-report validate --db snapshot.sqlite
            """
    )

    @OptionGroup var configOptions: ConfigOptions

    @Option(help: ArgumentHelp("The SQLite snapshot to check.", valueName: "file"), completion: .file(extensions: ["sqlite", "sqlite3", "db"]))
    var db: String

    @Flag(help: "Print the findings as JSON instead of text.")
    var json = false

    func run() throws {
        try SnapshotOptions.refuseURL(db)
        let report = try SnapshotValidator(snapshot: try Snapshot.open(db)).run()
        print(json ? String(decoding: try report.json(), as: UTF8.self) + "\n" : report.text(), terminator: "")
        if report.hasErrors { throw ExitCode(1) }
    }
}
