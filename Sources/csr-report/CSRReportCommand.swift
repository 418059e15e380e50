import ArgumentParser
import CSRReport
import Foundation

/// `csr-report`: quarterly CSR impact reports from a snapshot of the platform's database.
@main
struct CSRReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csr-report",
        abstract: "Turns a snapshot of the CSR platform's database into per-company impact reports.",
        discussion: """
            Reports are static, self-contained HTML and CSV bundles, one per client company.
            See README.md for a quick start and docs/methodology.md for how each figure is computed.
            Exit status: 0 success, 1 bad input or data (the message says what and where), 2 usage error.
            """,
        version: CSRReportVersion.string,
        subcommands: [BuildCommand.self, FiguresCommand.self, ValidateCommand.self, RedactCommand.self,
                      DemoDataCommand.self, SchemaCommand.self, SnapshotCommand.self,
                      MergeManifestsCommand.self]
    )

    /// Spec 10's exit codes: ArgumentParser's usage errors (64) become 2; any error a command
    /// throws is bad input or data, printed as one line, and exits 1.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode {
                exit(withError: error)
            }
            if code == .validationFailure || error is ValidationError || isParserError(error) {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            FileHandle.standardError.write(Data("csr-report: error: \(error)\n".utf8))
            Foundation.exit(1)
        }
    }

    /// ArgumentParser reports usage problems through its own (internal) error types.
    private static func isParserError(_ error: Error) -> Bool {
        String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }
}
