import ArgumentParser
import CSRReport
import Foundation

/// One option of a command as the project file and the environment see it: its key
/// (`min_group_size`), its variable (`CSR_REPORT_MIN_GROUP_SIZE`) and the arguments a value
/// becomes. Derived from the parser's own description of the command, so that every option
/// added to `build` is configurable without a second list to keep in step.
struct ConfigurableOption: Sendable, Equatable {
    /// The preferred long name, without dashes: `min-group-size`.
    let name: String
    /// Every spelling on the command line (`--zip`, `--no-zip`), to see whether it was typed.
    let spellings: Set<String>
    let kind: ProjectFile.Kind
    /// The value names a file or a folder (its completion says so): relative ones in the project
    /// file are resolved against the file's folder.
    let isPath: Bool
    /// `--no-<name>` for a flag that has it: how `zip = false` turns off a `--zip` from a lower level.
    let inverse: String?

    var key: String { name.replacingOccurrences(of: "-", with: "_") }
    var environmentName: String { ConfigurableOption.environmentPrefix + key.uppercased() }

    static let environmentPrefix = "CSR_REPORT_"

    /// Options that are not settings: the project file's own name and the parser's help.
    static let excluded: Set<String> = ["config", "help", "version"]

    /// The arguments that say `value` on the command line.
    func arguments(for value: ProjectFile.Value) -> [String] {
        switch value {
        case .flag(true): return ["--\(name)"]
        case .flag(false): return inverse.map { ["--\($0)"] } ?? []
        case .value(let text): return ["--\(name)", text]
        case .values(let items): return items.flatMap { ["--\(name)", $0] }
        }
    }

    /// The configurable options of `command`, in the order of its help.
    static func options(of command: ParsableCommand.Type) -> [ConfigurableOption] {
        guard let tool = try? JSONSerialization.jsonObject(with: Data(command._dumpHelp().utf8)) as? [String: Any],
              let info = tool["command"] as? [String: Any],
              let arguments = info["arguments"] as? [[String: Any]] else { return [] }
        let all = arguments.compactMap(option(from:))
        // ArgumentParser lists `--no-zip` of `--zip/--no-zip` as an argument of its own: it is
        // the off value of `zip`, not a setting.
        let flags = Set(all.filter { $0.kind == .flag }.map(\.name))
        return all.compactMap { option in
            if option.kind == .flag, option.name.hasPrefix("no-"), flags.contains(String(option.name.dropFirst(3))) { return nil }
            guard option.kind == .flag, flags.contains("no-" + option.name) else { return option }
            return ConfigurableOption(name: option.name, spellings: option.spellings.union(["--no-" + option.name]),
                                      kind: .flag, isPath: false, inverse: "no-" + option.name)
        }
    }

    /// One argument of ArgumentParser's tool description (`--experimental-dump-help`, version 0).
    private static func option(from argument: [String: Any]) -> ConfigurableOption? {
        guard let kind = argument["kind"] as? String, kind == "option" || kind == "flag",
              let preferred = argument["preferredName"] as? [String: Any], preferred["kind"] as? String == "long",
              let name = preferred["name"] as? String, !excluded.contains(name) else { return nil }
        let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { entry -> String? in
            guard let spelling = entry["name"] as? String else { return nil }
            return (entry["kind"] as? String == "short" ? "-" : "--") + spelling
        }
        let completion = argument["completionKind"] as? [String: Any] ?? [:]
        let valueKind: ProjectFile.Kind = kind == "flag" ? .flag : argument["isRepeating"] as? Bool == true ? .values : .value
        return ConfigurableOption(name: name, spellings: Set(names + ["--\(name)"]), kind: valueKind,
                                  isPath: completion["file"] != nil || completion["directory"] != nil, inverse: nil)
    }
}
