import Foundation
@testable import CSRReport

/// Reads a PDF back with poppler-utils (pdfinfo, pdffonts, pdftotext), as an independent reader:
/// the tests need them and Chromium installed (`scripts/bootstrap --tests` installs both), and
/// fail, not skip, without them.
struct PDFReader {
    let path: String

    struct ToolResult { let status: Int32; let stdout: String; let stderr: String }

    static func tool(_ name: String, _ arguments: [String]) throws -> ToolResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/" + name)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
    }

    /// pdfinfo's "Key: value" lines (`-isodates`); nil when pdfinfo fails or complains.
    func info() throws -> [String: String]? {
        let result = try Self.tool("pdfinfo", ["-isodates", path])
        guard result.status == 0, result.stderr.isEmpty else { return nil }
        var info: [String: String] = [:]
        for line in result.stdout.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            info[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return info
    }

    func pageCount() throws -> Int { Int(try info()?["Pages"] ?? "") ?? 0 }

    /// (font name, embedded) for every font pdffonts lists.
    func fonts() throws -> [(name: String, embedded: Bool)] {
        let lines = try Self.tool("pdffonts", [path]).stdout.split(separator: "\n").dropFirst(2)
        return lines.map { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            // name, type..., encoding, emb, sub, uni, object, id: emb is the fifth column from the end.
            return (String(columns.first ?? ""), columns.count >= 5 && columns[columns.count - 5] == "yes")
        }
    }

    /// One page's text in reading layout (`pdftotext -layout`), pages counted from 1.
    func text(page: Int) throws -> String {
        try Self.tool("pdftotext", ["-layout", "-f", "\(page)", "-l", "\(page)", path, "-"]).stdout
    }

    /// Every word with its box height in points (`pdftotext -bbox`).
    func wordHeights() throws -> [(word: String, height: Double)] {
        let xhtml = try Self.tool("pdftotext", ["-bbox", path, "-"]).stdout
        var words: [(String, Double)] = []
        for part in xhtml.components(separatedBy: "<word ").dropFirst() {
            func number(_ key: String) -> Double? {
                guard let range = part.range(of: key + "=\"") else { return nil }
                return Double(part[range.upperBound...].prefix { $0 != "\"" })
            }
            guard let yMin = number("yMin"), let yMax = number("yMax"), let close = part.firstIndex(of: ">"),
                  let end = part.range(of: "</word>") else { continue }
            words.append((String(part[part.index(after: close)..<end.lowerBound]), yMax - yMin))
        }
        return words
    }
}
