import ArgumentParser
import CSRReport

/// `csr-report`: quarterly CSR impact reports from a snapshot of the platform's database.
@main
struct CSRReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csr-report",
        abstract: "Turns a snapshot of the CSR platform's database into per-company impact reports.",
        discussion: """
            Reports are static, self-contained HTML and CSV bundles, one per client company.
            See README.md for a quick start and docs/methodology.md for how each figure is computed.
            """,
        version: CSRReportVersion.string,
        subcommands: [SchemaCommand.self]
    )
}
