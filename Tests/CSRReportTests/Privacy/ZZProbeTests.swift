import Foundation
import Testing
@testable import CSRReport

// Local probe (not committed): PROBE_TEXTS=file [PROBE_NAMES=file]; prints changed lines.
@Suite struct ZZProbe {
    @Test func probe() throws {
        let env = ProcessInfo.processInfo.environment
        if let words = env["PROBE_KEYS"] { for w in words.split(separator: " ") { print("  KEYS \(w): \(NameFolding.keys(for: w)) direct \(NameFolding.keys(for: w).contains(where: FirstNames.dictionary.contains(key:))) inflected \(NameRecogniser.containsInflected(NameFolding.keys(for: w), in: FirstNames.dictionary)) place \(OrdinaryWords.places.contains(w.lowercased()))") } }
        guard let file = env["PROBE_TEXTS"] else { return }
        let names = try env["PROBE_NAMES"].map { try String(contentsOfFile: $0, encoding: .utf8).split(separator: "\n").map(String.init) } ?? []
        let redactor = Redactor(names: NameDictionary(names: names))
        var out = ""
        for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n") {
            let r = redactor.redact(String(line))
            if r != line || env["PROBE_ALL"] == "1" { out += "  " + r + "\n" }
        }
        print("PROBE\n" + out + "END")
    }
}
