import Foundation

/// Finds the line of a key or a `[table]` header in a TOML file, for error messages (the
/// language catalogs, strings.toml, and the project file, csr-report.toml). TOMLKit does not
/// report where a value stood; both files are simple enough (at most one level of tables, one
/// key a line) for a scan to find it.
///
/// ```swift
/// TOMLSourceLines.line(of: "period", in: "# my project\nperiod = \"2025-Q3\"\n")   // 2
/// ```
enum TOMLSourceLines {
    static func line(of path: String, in text: String) -> Int? {
        var table = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                table = String(line.dropFirst().prefix { $0 != "]" }).trimmingCharacters(in: .whitespaces)
                if table == path { return index + 1 }
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                let key = line[..<equals].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                let full = table.isEmpty ? key : "\(table).\(key)"
                // A dotted key (`build.period = ...`) defines the table `build` on its line.
                if full == path || full.hasPrefix(path + ".") { return index + 1 }
            }
        }
        return nil
    }
}
