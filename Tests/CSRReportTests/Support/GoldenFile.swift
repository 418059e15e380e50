import Foundation

/// Compares output with a golden copy byte for byte, or rewrites the copy when
/// CSR_REPORT_UPDATE_GOLDEN=1 (`make golden`).
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["CSR_REPORT_UPDATE_GOLDEN"] == "1" }

    /// nil when `actual` matches the golden file at `relativePath` (or it was just rewritten);
    /// else a message naming the file and its first differing line.
    static func difference(_ actual: [UInt8], at relativePath: String) throws -> String? {
        let url = directory.appendingPathComponent(relativePath)
        if updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual).write(to: url)
            return nil
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            return "\(url.path) is missing; run `make golden` to write it"
        }
        if Array(expected) == actual { return nil }
        let old = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        func show(_ lines: [Substring]) -> String { line < lines.count ? String(lines[line].prefix(300)) : "(end of file)" }
        return """
            \(url.path) differs at line \(line + 1); run `make golden` if the change is intended
              golden: \(show(old))
              now:    \(show(new))
            """
    }
}
