import ArgumentParser
import CSRReport
import CSRSnapshotExport
import Foundation

/// The project file (`csr-report.toml`, or `--config FILE`) and `CSR_REPORT_<OPTION>` variables,
/// turned into the arguments they stand for: flags over environment over file over defaults.
/// Each value not typed becomes `--option value` before parsing, so it meets the same parsing
/// and validation as a typed one, and a value the parser refuses is named by where it came from.
///
/// ```
/// csr-report.toml:  period = "2025-Q3"      CSR_REPORT_ZIP=1      csr-report build --out public
/// parsed as:        csr-report build --out public --zip --period 2025-Q3
/// ```
struct ProjectSettings {
    /// The commands that read the project: `build` takes every key; the others the keys of
    /// the options they share with it (same name, same meaning), so that `figures` computes
    /// what `build` publishes for the same project.
    static let readers: [String: ParsableCommand.Type] = [
        "build": BuildCommand.self, "figures": FiguresCommand.self, "validate": ValidateCommand.self,
    ]

    /// The file's keys: `build`'s options.
    static func keys(of buildOptions: [ConfigurableOption]) -> [String: ProjectFile.Kind] {
        Dictionary(buildOptions.map { ($0.key, $0.kind) }, uniquingKeysWith: { first, _ in first })
    }

    /// Options that stand for one choice: a level that sets any of them (typed, environment,
    /// file) hides the others' values from the levels below, so `--from/--to` typed over
    /// `period` in the file is not "both".
    static let alternatives: [Set<String>] = [["period", "from", "to"]]

    static let fileName = "csr-report.toml"
    static let fileVariable = "CSR_REPORT_CONFIG"

    /// Arguments that only ask the parser about itself: no settings are read, so that help
    /// works beside a broken project file.
    static let selfDescribing: Set<String> = ["-h", "--help", "--version", "--experimental-dump-help", "--generate-completion-script"]

    /// Where a value not typed came from.
    enum Source: Equatable {
        case variable(String)
        case file(String, line: Int?)
    }

    /// A value not typed on the command line, with where it came from.
    struct Sourced: Equatable {
        let option: ConfigurableOption
        let value: ProjectFile.Value
        let source: Source
        var arguments: [String] { option.arguments(for: value) }

        /// Where, in a message: `CSR_REPORT_PERIOD` (the variable names the option), or
        /// `csr-report.toml:3: period` (a file's line and the key).
        var label: String {
            switch source {
            case .variable(let name): name
            case .file(let path, let line): "\(path)\(line.map { ":\($0)" } ?? ""): \(option.key)"
            }
        }
    }

    let arguments: [String]
    let environment: [String: String]

    /// Parses `arguments` with the settings of the project file and the environment added.
    static func parse(_ arguments: [String], environment: [String: String]) throws -> ParsableCommand {
        let settings = ProjectSettings(arguments: arguments, environment: environment)
        let added = try settings.addedValues()
        guard let command = arguments.first, !added.isEmpty else { return try CSRReportCommand.parseAsRoot(arguments) }
        let expanded = [command] + added.flatMap(\.arguments) + arguments.dropFirst()
        do {
            return try CSRReportCommand.parseAsRoot(expanded)
        } catch {
            throw attributed(error, command: command, added: added)
        }
    }

    /// The values the command reads from the environment and the project file, minus the
    /// options typed (and their alternatives).
    func addedValues() throws -> [Sourced] {
        guard let command = arguments.first, let type = Self.readers[command],
              arguments.allSatisfy({ !Self.selfDescribing.contains($0) }) else { return [] }
        let buildOptions = ConfigurableOption.options(of: BuildCommand.self)
        let keys = Self.keys(of: buildOptions)
        let options = type == BuildCommand.self ? buildOptions : ConfigurableOption.options(of: type).filter { keys[$0.key] != nil }
        let typed = Set(options.filter(isTyped).map(\.name))
        // A variable under a typed option is not read (the file is checked whole: it is one document).
        let fromEnvironment = try environmentValues(options.filter { !hidden($0, by: typed) })
        let fromFile = try fileValues(options, keys: keys)
        var added: [Sourced] = []
        for option in options where !hidden(option, by: typed) {
            if let value = fromEnvironment.first(where: { $0.option == option }) {
                added.append(value)
            } else if !hidden(option, by: Set(fromEnvironment.map(\.option.name))),
                      let value = fromFile.first(where: { $0.option == option }) {
                added.append(value)
            }
        }
        return added
    }

    /// Whether `option` or an alternative of it is among `names`.
    private func hidden(_ option: ConfigurableOption, by names: Set<String>) -> Bool {
        let group = Self.alternatives.first { $0.contains(option.name) } ?? [option.name]
        return !group.isDisjoint(with: names)
    }

    /// Typed: any of its spellings (`--zip`, `--no-zip`, `--period=...`) before a `--`.
    private func isTyped(_ option: ConfigurableOption) -> Bool {
        for argument in arguments.dropFirst() {
            if argument == "--" { return false }
            let spelling = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            if option.spellings.contains(spelling) { return true }
        }
        return false
    }

    // MARK: environment

    private func environmentValues(_ options: [ConfigurableOption]) throws -> [Sourced] {
        try options.compactMap { option in
            // Empty is unset, as for most tools: `CSR_REPORT_PERIOD= csr-report build` undoes an export.
            guard let text = environment[option.environmentName], !text.isEmpty else { return nil }
            return Sourced(option: option, value: try Self.environmentValue(text, for: option), source: .variable(option.environmentName))
        }
    }

    /// A variable's text as a value: flags 1/true/yes or 0/false/no, lists comma-separated.
    static func environmentValue(_ text: String, for option: ConfigurableOption) throws -> ProjectFile.Value {
        switch option.kind {
        case .flag:
            switch text.lowercased() {
            case "1", "true", "yes": return .flag(true)
            case "0", "false", "no": return .flag(false)
            default:
                throw SettingsError(message: "\(option.environmentName)=\(text): must be 1, true or yes (on), or 0, false or no (off)")
            }
        case .value:
            return .value(text)
        case .values:
            return .values(text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
    }

    // MARK: project file

    /// The project file named by `--config`, else by `CSR_REPORT_CONFIG`, else `csr-report.toml`
    /// in the working folder if there is one; nil for none. A named file must exist.
    func projectFilePath() throws -> String? {
        if let typed = Self.typedValue(of: "--config", in: arguments) {
            return try Self.existing(typed, namedBy: "--config")
        }
        if let named = environment[Self.fileVariable], !named.isEmpty {
            return try Self.existing(named, namedBy: Self.fileVariable)
        }
        return FileManager.default.fileExists(atPath: Self.fileName) ? Self.fileName : nil
    }

    private static func existing(_ path: String, namedBy source: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else {
            throw SettingsError(message: "\(path): no such file (the project file named by \(source))")
        }
        return path
    }

    /// `--config FILE` or `--config=FILE` among the arguments (the last one wins, as in the parser).
    static func typedValue(of option: String, in arguments: [String]) -> String? {
        var value: String?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == option, index + 1 < arguments.endIndex {
                value = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix(option + "=") {
                value = String(argument.dropFirst(option.count + 1))
            }
            index += 1
        }
        return value
    }

    private func fileValues(_ options: [ConfigurableOption], keys: [String: ProjectFile.Kind]) throws -> [Sourced] {
        guard let path = try projectFilePath() else { return [] }
        let file: ProjectFile
        do { file = try ProjectFile.read(path: path, keys: keys) } catch { throw SettingsError(message: error.description) }
        let folder = (path as NSString).deletingLastPathComponent
        return file.settings.compactMap { setting in
            // A key of `build` this command does not have (`zip` for `figures`): not its business.
            guard let option = options.first(where: { $0.key == setting.key }) else { return nil }
            let value = option.isPath ? Self.resolved(setting.value, against: folder) : setting.value
            return Sourced(option: option, value: value, source: .file(path, line: setting.line))
        }
    }

    /// A relative path in the project file is relative to the file's folder (as in dbt and
    /// Hugo), so that the file works from wherever the command runs; a URL (`db =
    /// "postgresql://..."`) is not a path.
    static func resolved(_ value: ProjectFile.Value, against folder: String) -> ProjectFile.Value {
        func resolve(_ path: String) -> String {
            guard !folder.isEmpty, !path.hasPrefix("/"), !PostgresTarget.isURL(path) else { return path }
            return (folder as NSString).appendingPathComponent(path)
        }
        switch value {
        case .flag: return value
        case .value(let path): return .value(resolve(path))
        case .values(let paths): return .values(paths.map(resolve))
        }
    }

    // MARK: errors

    /// A parse that failed with added values: when one value alone fails the same way, the
    /// message names its source; when the message names options that came from the settings,
    /// it says where they came from; otherwise it is the parser's own.
    static func attributed(_ error: Error, command: String, added: [Sourced]) -> Error {
        let message = CSRReportCommand.message(for: error)
        for value in added {
            do {
                _ = try CSRReportCommand.parseAsRoot([command] + value.arguments)
            } catch let alone {
                if CSRReportCommand.message(for: alone) == message {
                    return SettingsError(message: "\(value.label): \(firstLine(message))")
                }
            }
        }
        let named = added.filter { mentions(message, "--\($0.option.name)") }
        guard !named.isEmpty else { return error }
        return SettingsError(message: "\(firstLine(message)) (set in \(named.map(\.label).joined(separator: ", ")))")
    }

    private static func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n").first ?? "")
    }

    /// `--to` in "--from and --to go together." but not in "--total".
    private static func mentions(_ message: String, _ option: String) -> Bool {
        var rest = message[...]
        while let range = rest.range(of: option) {
            let next = rest[range.upperBound...].first
            if next.map({ !($0.isLetter || $0.isNumber || $0 == "-") }) ?? true { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }
}

/// A project file or a `CSR_REPORT_<OPTION>` variable that cannot be used: a usage error
/// (exit 2) in one line naming the file and line or the variable.
struct SettingsError: Error, UsageProblem {
    let message: String
}
