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
            Reports are static, self-contained HTML and CSV bundles, one per client company. See README.md for a quick start and docs/methodology.md for how each figure is computed.

            Exit status: 0 success, 1 bad input or data (the message says what and where), 2 usage error.
            """,
        version: CSRReportVersion.string,
        subcommands: [BuildCommand.self, FiguresCommand.self, ValidateCommand.self, RedactCommand.self,
                      DemoDataCommand.self, SchemaCommand.self, ValuationCommand.self, SnapshotCommand.self,
                      MergeManifestsCommand.self]
    )

    /// Spec 10's exit codes: ArgumentParser's usage errors (64) become 2; any error a command
    /// throws is bad input or data, printed as one line, and exits 1.
    static func main() async {
        do {
            try checkEnvironment()
            var command = try ProjectSettings.parse(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
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
            if let error = error as? UsageProblem {
                FileHandle.standardError.write(Data("csr-report: error: \(MessageText.escaped(error.message))\n".utf8))
                Foundation.exit(2)
            }
            if code == .validationFailure || error is ValidationError || isParserError(error) {
                // ArgumentParser's message and usage keep their lines; within a line, control
                // characters (from a value typed or pasted) are escaped.
                let lines = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
                FileHandle.standardError.write(Data((lines.map { MessageText.escaped(String($0)) }.joined(separator: "\n") + "\n").utf8))
                Foundation.exit(2)
            }
            // One line, always: text from the data inside a message is shown escaped.
            FileHandle.standardError.write(Data("csr-report: error: \(MessageText.escaped("\(error)"))\n".utf8))
            Foundation.exit(1)
        }
    }

    /// Numbers from the environment are checked before any work, like options.
    private static func checkEnvironment() throws {
        let environment = ProcessInfo.processInfo.environment
        if let text = environment["CSR_REPORT_QUERY_SECONDS"], Snapshot.queryTimeLimit(parsing: text) == nil {
            throw OutOfRangeValue(message: "CSR_REPORT_QUERY_SECONDS=\(MessageText.escaped(text)) must be a number of seconds above 0 and below 1000000000.")
        }
        if let text = environment["CSR_REPORT_PRINT_SECONDS"], PDFPrinter.timeLimit(parsing: text) == nil {
            throw OutOfRangeValue(message: "CSR_REPORT_PRINT_SECONDS=\(MessageText.escaped(text)) must be a number of seconds above 0 and below 86400.")
        }
    }

    /// ArgumentParser reports usage problems through its own (internal) error types.
    private static func isParserError(_ error: Error) -> Bool {
        String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }
}

/// A usage error (exit 2) shown as one line, without the usage text: the arguments were well
/// formed, a value (typed, from the environment or the project file) was not.
protocol UsageProblem: Error {
    var message: String { get }
}

/// A number from the options or the environment outside what the tool can compute with.
struct OutOfRangeValue: UsageProblem {
    let message: String
}
