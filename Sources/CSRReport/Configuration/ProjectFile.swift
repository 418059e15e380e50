import Foundation
import TOMLKit

/// The project file, `csr-report.toml`: build options written once instead of typed on every
/// run. Flat keys, each the long name of an option in snake_case; which keys exist and what kind
/// of value each takes is the caller's (the command line derives them from its options), so this
/// type only reads TOML and checks keys and value types, each problem one line with the line.
///
/// ```swift
/// let file = try ProjectFile.read(path: "csr-report.toml", keys: ["period": .value, "zip": .flag])
/// file.settings   // [Setting(key: "period", value: .value("2025-Q3"), line: 1), ...]
/// ```
public struct ProjectFile: Sendable, Equatable {
    /// What a key holds: a flag (`true`/`false`), one value, or a list (a repeatable option).
    public enum Kind: Sendable, Equatable {
        case flag
        case value
        case values
    }

    public enum Value: Sendable, Equatable {
        case flag(Bool)
        case value(String)
        case values([String])
    }

    public struct Setting: Sendable, Equatable {
        public let key: String
        public let value: Value
        /// Where the key stands, for messages about its value (nil only for a key the line
        /// scan cannot place, such as one inside an inline table).
        public let line: Int?

        public init(key: String, value: Value, line: Int?) {
            self.key = key
            self.value = value
            self.line = line
        }
    }

    /// The file as named in messages (as the user gave it).
    public let path: String
    /// Its settings in the order of the file.
    public let settings: [Setting]

    public init(path: String, settings: [Setting]) {
        self.path = path
        self.settings = settings
    }

    /// Reads and checks the file at `path`; a file that cannot be read is an error too (whether
    /// a missing file is fine is the caller's decision, made before).
    public static func read(path: String, keys: [String: Kind]) throws(ProjectFileError) -> ProjectFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            throw ProjectFileError(file: path, message: !exists ? "no such file" : isFolder.boolValue ? "is a folder, not a file" : "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ProjectFileError(file: path, message: "not UTF-8 text")
        }
        return try parse(text: text, path: path, keys: keys)
    }

    /// Checks `text` as the file `path`: valid TOML, known keys only, each value of its kind.
    public static func parse(text: String, path: String, keys: [String: Kind]) throws(ProjectFileError) -> ProjectFile {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            // toml++ names duplicate keys and syntax errors with their position.
            throw ProjectFileError(file: path, line: error.source.begin.line, message: "not valid TOML: \(error.description)")
        } catch {
            throw ProjectFileError(file: path, message: "not valid TOML: \(error)")
        }
        // In file order, so that the first problem reported is the first in the file.
        let placed = root.keys.map { (key: $0, line: TOMLSourceLines.line(of: $0, in: text)) }
            .sorted { ($0.line ?? .max, $0.key) < ($1.line ?? .max, $1.key) }
        var settings: [Setting] = []
        for (key, line) in placed {
            func fail(_ message: String) -> ProjectFileError { ProjectFileError(file: path, line: line, message: message) }
            guard let kind = keys[key] else {
                let guess = suggestion(for: key, among: keys.keys)
                throw fail("unknown key \(key)\(guess.map { " (did you mean \($0)?)" } ?? ""): the keys are the long options of csr-report build in snake_case, at the top of the file (README, Configuration)")
            }
            guard let value = root[key] else { continue }
            settings.append(Setting(key: key, value: try read(value, as: kind, key: key, fail: fail), line: line))
        }
        return ProjectFile(path: path, settings: settings)
    }

    private static func read(_ value: TOMLValueConvertible, as kind: Kind, key: String,
                             fail: (String) -> ProjectFileError) throws(ProjectFileError) -> Value {
        switch kind {
        case .flag:
            guard let flag = value.bool else { throw fail("\(key) must be true or false (without quotes)") }
            return .flag(flag)
        case .value:
            guard let text = scalarText(value) else {
                throw fail("\(key) must be one value: a text in quotes, a whole number or a date")
            }
            return .value(text)
        case .values:
            guard let array = value.array else {
                throw fail("\(key) must be a list in brackets, e.g. \(key) = [\"a\", \"b\"]")
            }
            var items: [String] = []
            for item in array {
                guard let text = scalarText(item) else { throw fail("every item of \(key) must be a text in quotes or a whole number") }
                items.append(text)
            }
            return .values(items)
        }
    }

    /// A value as the command line would have it: text as written, a whole number in decimal,
    /// a TOML date (`from = 2025-07-01`, unquoted) as YYYY-MM-DD.
    private static func scalarText(_ value: TOMLValueConvertible) -> String? {
        if let text = value.string { return text }
        if let number = value.int { return String(number) }
        if let date = value.date {
            return String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
        }
        return nil
    }

    /// The known key a misspelt one most likely meant: `min-group-size` or `min_groupsize` for
    /// `min_group_size`. Only close ones, as for `--company`: a wrong guess is worse than none.
    static func suggestion(for key: String, among known: some Sequence<String>) -> String? {
        let typed = Array(key.lowercased().replacingOccurrences(of: "-", with: "_"))
        let reach = max(1, min(2, typed.count / 3))
        let scored = known.map { (CompanySuggestions.editDistance(typed, Array($0), limit: reach), $0) }
            .filter { $0.0 <= reach }
        return scored.min { ($0.0, $0.1) < ($1.0, $1.1) }?.1
    }
}

/// A project file that cannot be used: one line naming the file and, where known, the line.
///
/// ```
/// csr-report.toml:3: unknown key perod (did you mean period?): the keys are ...
/// ```
public struct ProjectFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}
