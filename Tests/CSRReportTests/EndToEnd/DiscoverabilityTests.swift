import Foundation
import Testing
@testable import CSRReport

/// What a user finds without reading the source: completions that complete paths, help text
/// that reads as paragraphs, and a near miss named when `--company` matches nothing.
@Suite struct DiscoverabilityTests {
    /// Options that take a file or a folder, per command, and the completion each must offer.
    static let pathOptions: [(command: String, option: String, folder: Bool)] = [
        ("build", "--db", false), ("build", "--valuation", false), ("build", "--exclude-evidence", false),
        ("build", "--templates", true), ("build", "--out", true), ("build", "--review", true),
        ("build", "--config", false), ("build", "--summary-json", false), ("figures", "--config", false), ("validate", "--config", false),
        ("figures", "--db", false), ("figures", "--valuation", false), ("validate", "--db", false),
        ("redact", "--db", false), ("demo-data", "--out", false), ("snapshot", "--out", false),
        ("merge-manifests", "--site", true),
    ]

    @Test func bashCompletesFilesAndFolders() throws {
        let script = try CLI.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        for (command, option, folder) in Self.pathOptions {
            let completion = try #require(Self.bashCompletion(script.stdout, command: command, option: option),
                                          "no case for \(command) \(option)")
            if folder {
                #expect(completion.hasSuffix("_add_completions -d"), "\(command) \(option): \(completion)")
            } else {
                // -f: any file; -fX '!*.@(...)': files with these extensions (and folders to walk into).
                #expect(completion.contains("_add_completions -f") || completion.contains("-o plusdirs -fX"),
                        "\(command) \(option): \(completion)")
            }
        }
        // A value that is not a path completes no file names.
        #expect(Self.bashCompletion(script.stdout, command: "build", option: "--period") == "")
    }

    @Test func zshCompletesFilesAndFolders() throws {
        let script = try CLI.run(["--generate-completion-script", "zsh"])
        #expect(script.status == 0)
        for (command, option, folder) in Self.pathOptions {
            let spec = try #require(Self.zshSpec(script.stdout, command: command, option: option), "no spec for \(command) \(option)")
            #expect(folder ? spec.hasSuffix(":_files -/'") : spec.contains(":_files") && !spec.contains("_files -/"),
                    "\(command) \(option): \(spec)")
        }
        let db = try #require(Self.zshSpec(script.stdout, command: "build", option: "--db"))
        #expect(db.contains("*.sqlite") && db.contains("*.db"))
    }

    /// The lines between `'--option')` and `return` inside `_csr-report_<command>()`.
    static func bashCompletion(_ script: String, command: String, option: String) -> String? {
        guard let start = script.range(of: "_csr-report_\(command)() {") else { return nil }
        let rest = script[start.upperBound...]
        let body = rest[..<(rest.range(of: "\n}\n")?.lowerBound ?? rest.endIndex)]
        guard let option = body.range(of: "'\(option)')\n") else { return nil }
        let lines = body[option.upperBound...].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        return lines.prefix { $0 != "return" }.joined(separator: "\n")
    }

    /// The `_arguments` spec of one option of `_csr-report_<command>()`.
    static func zshSpec(_ script: String, command: String, option: String) -> String? {
        guard let start = script.range(of: "_csr-report_\(command)() {") else { return nil }
        let rest = script[start.upperBound...]
        let body = rest[..<(rest.range(of: "\n}\n")?.lowerBound ?? rest.endIndex)]
        return body.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix("'\(option)[") || $0.hasPrefix("'*\(option)[") }
    }

    // MARK: Help text

    /// Every command's name, from the parser's own description of the tool.
    static func commands() throws -> [[String]] {
        let dump = try CLI.run(["--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let command = try #require(root["command"] as? [String: Any])
        let names = (command["subcommands"] as? [[String: Any]] ?? []).compactMap { $0["commandName"] as? String }
            .filter { $0 != "help" }
        return [[]] + names.map { [$0] }
    }

    /// A paragraph of help text is one line in the source, so ArgumentParser's wrapping is the
    /// only one: a line that could have taken the next line's first word was broken by hand.
    @Test func helpIsWrappedOnce() throws {
        let commands = try Self.commands()
        #expect(commands.count >= 9)
        for command in commands {
            for width in [80, 200] {
                let help = try CLI.run(command + ["--help"], environment: ["COLUMNS": "\(width)"])
                #expect(help.status == 0)
                let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                for (line, next) in zip(lines, lines.dropFirst()) {
                    #expect(!Self.isBrokenByHand(line, next, width: width),
                            "csr-report \(command.joined()) --help at \(width) columns:\n\(line)\n\(next)")
                }
            }
        }
    }

    /// Two lines of one block (same indentation), where ArgumentParser would have put the next
    /// word on the first line, and the first line does not end a sentence or introduce a list.
    static func isBrokenByHand(_ line: String, _ next: String, width: Int) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        let nextIndent = next.prefix { $0 == " " }.count
        let text = line.dropFirst(indent), nextText = next.dropFirst(nextIndent)
        guard !text.isEmpty, !nextText.isEmpty, indent == nextIndent else { return false }
        // Option rows and section headings are one line each by design.
        if nextText.hasPrefix("-") || text.hasSuffix(":") || nextText.hasPrefix("Example:") { return false }
        // ArgumentParser keeps a line below the width (at most width - 1 characters).
        let firstWord = nextText.prefix { $0 != " " }
        guard line.count + 1 + firstWord.count < width else { return false }
        return !(text.hasSuffix(".") || text.hasSuffix(")") && text.dropLast().hasSuffix("."))
    }

    /// The same rule at the source: in every discussion and option help the parser knows,
    /// a paragraph (text between blank lines) has no line break of its own.
    @Test func everyParagraphIsOneLineInTheSource() throws {
        let dump = try CLI.run(["--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var texts: [(String, String)] = []
        func collect(_ command: [String: Any], path: String) {
            for key in ["abstract", "discussion"] {
                if let text = command[key] as? String { texts.append(("\(path) \(key)", text)) }
            }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                let name = (argument["preferredName"] as? [String: Any])?["name"] as? String ?? "?"
                for key in ["abstract", "discussion"] {
                    if let text = argument[key] as? String { texts.append(("\(path) --\(name) \(key)", text)) }
                }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                collect(sub, path: path + " " + (sub["commandName"] as? String ?? "?"))
            }
        }
        collect(try #require(root["command"] as? [String: Any]), path: "csr-report")
        #expect(texts.count > 40)
        for (place, text) in texts {
            for paragraph in text.components(separatedBy: "\n\n") {
                #expect(!paragraph.contains("\n"), "\(place): a paragraph with a hard line break: \(paragraph)")
            }
        }
    }

    // MARK: Did you mean

    static let candidates: [CompanySuggestions.Candidate] = [
        .init(folder: "acme-corp-1a2b3c4d", name: "Acme Corp", id: "1a2b3c4d-0000-4000-8000-000000000001"),
        .init(folder: "acme-group-2b3c4d5e", name: "Acme Group", id: "2b3c4d5e-0000-4000-8000-000000000002"),
        .init(folder: "olstad-fjord-as-3c4d5e6f", name: "Ølstad Fjord AS", id: "3c4d5e6f-0000-4000-8000-000000000003"),
        .init(folder: "beta-logistics-4d5e6f70", name: "Beta Logistics", id: "4d5e6f70-0000-4000-8000-000000000004"),
    ]

    @Test func nearestFolderNames() {
        let near = { CompanySuggestions.nearest(to: $0, among: Self.candidates) }
        #expect(near("acme-corp-1a2b3c4e") == ["acme-corp-1a2b3c4d"])          // a typo in the folder
        #expect(near("acme-crop") == ["acme-corp-1a2b3c4d"])                   // a typo in the name
        #expect(near("Ølstad Fjord") == ["olstad-fjord-as-3c4d5e6f"])          // the name as written
        #expect(near("acme") == ["acme-corp-1a2b3c4d", "acme-group-2b3c4d5e"]) // the start of two names
        #expect(near("3c4d5e6f-0000-4000-8000-00000000003") == ["olstad-fjord-as-3c4d5e6f"]) // an id one digit short
        #expect(near("zeta-mining").isEmpty)                                    // nothing close: no guess
        #expect(near("").isEmpty && near("---").isEmpty)
        #expect(CompanySuggestions.nearest(to: "acme", among: Self.candidates, limit: 1) == ["acme-corp-1a2b3c4d"])
    }

    @Test func editDistanceStopsAtItsLimit() {
        func d(_ a: String, _ b: String, _ limit: Int) -> Int { CompanySuggestions.editDistance(Array(a), Array(b), limit: limit) }
        #expect(d("kitten", "sitting", 5) == 3)
        #expect(d("acme-crop", "acme-corp", 3) == 1)   // a transposition is one edit
        #expect(d("kitten", "sitting", 2) == 3)     // beyond the limit: limit + 1
        #expect(d("", "abc", 5) == 3 && d("abc", "abc", 0) == 0)
        #expect(d("a", "abcdefgh", 2) == 3)
    }

    @Test func theMessageNamesTheNearMisses() {
        #expect(CompanySelectionError.unknown("x", suggestions: []).description
                == "--company x: no company in the snapshot has this id or tenant folder name")
        #expect(CompanySelectionError.unknown("acme", suggestions: ["a", "b", "c"]).description.hasSuffix("; did you mean a, b or c?"))
        #expect(CompanySelectionError.unknown("acme", suggestions: ["a"]).description.hasSuffix("; did you mean a?"))
    }

    @Test func aWrongCompanyNamesTheNearestFolder() throws {
        let snapshot = try TestPaths.demo()
        let data = try Snapshot.open(snapshot).load()
        let folder = try #require(TenantFolderName.assign(data.companies)[data.companies[0].id])
        // One character dropped from the folder name.
        var typo = folder
        typo.remove(at: typo.index(typo.startIndex, offsetBy: 2))
        let out = TestPaths.fresh("did-you-mean") + "/site"
        let result = try CLI.run(["build", "--db", snapshot, "--out", out, "--company", typo])
        #expect(result.status == 1)
        #expect(result.stderr == "csr-report: error: --company \(typo): no company in the snapshot has this id or tenant folder name; did you mean \(folder)?\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
