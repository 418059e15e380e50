import Foundation

/// The snippets an account manager vetoed after reading the review sheet (`--exclude-evidence`):
/// `evidence_snippets.id`s, one a line; blank lines and lines starting with `#` are ignored.
///
///     let ids = try EvidenceExclusions.load("vetoed.txt")   // ["6f1c…", …]
public enum EvidenceExclusions {
    public static func parse(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: \.isNewline).compactMap { line in
            let id = line.trimmingCharacters(in: .whitespaces)
            return id.isEmpty || id.hasPrefix("#") ? nil : id.lowercased()
        })
    }

    public static func load(_ path: String) throws(EvidenceExclusionsError) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        guard let text = String(data: data, encoding: .utf8) else { throw .notText(path) }
        return parse(text)
    }
}

public enum EvidenceExclusionsError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(String)
    case notText(String)

    public var description: String {
        switch self {
        case .unreadable(let path): "--exclude-evidence \(path): cannot read the file"
        case .notText(let path): "--exclude-evidence \(path): not UTF-8 text (expected snippet ids, one a line)"
        }
    }
}
