import Foundation
import Testing
@testable import CSRReport

/// The redactor never traps on text it is given: every rule indexes tokens and UTF-16 units around
/// a match, and round 8 alone added twenty such rules. Fragments of the development corpora cut at
/// arbitrary UTF-16 offsets (also inside a surrogate pair or between a letter and its combining
/// mark), glued to other fragments, upper- and lower-cased, are what a rule's look-behind and
/// look-ahead meet at the edges of a text. A trap fails the whole test run; the expectations
/// check what comes out.
@Suite struct RedactorRobustness {
    /// A fixed sequence, so that a failure can be replayed (SplitMix64).
    private struct Numbers {
        var state: UInt64
        mutating func next(below bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
        }
    }

    private static let placeholders = Set(PIIKind.allCases.map(\.placeholder))

    @Test func fragmentsOfRealTextNeverTrap() throws {
        var texts: [[UInt16]] = []
        var names: [String] = []
        for n in [3, 8, 11, 12, 13] {
            let (corpus, _) = try RedactionScore.load(corpus: "redaction-dev-\(n).jsonl", names: "redaction-dev-\(n)-names.txt")
            texts += corpus.map { Array($0.text.utf16) }
            let nameFile = RedactionScore.fixtures.appendingPathComponent("redaction-dev-\(n)-names.txt")
            names += try String(contentsOf: nameFile, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        let redactor = Redactor(names: NameDictionary(names: names))
        var numbers = Numbers(state: 2026)
        for _ in 0 ..< 1500 {
            let a = texts[numbers.next(below: texts.count)], b = texts[numbers.next(below: texts.count)]
            let start = numbers.next(below: a.count + 1)
            let end = start + numbers.next(below: a.count - start + 1)
            let tail = numbers.next(below: b.count + 1)
            let units = Array(a[start ..< end]) + Array(b[tail ..< min(b.count, tail + numbers.next(below: 120))])
            var text = String(decoding: units, as: UTF16.self)   // a cut surrogate becomes U+FFFD
            switch numbers.next(below: 4) {
            case 0: text = text.uppercased()
            case 1: text = text.lowercased()
            default: break
            }
            let redacted = redactor.redact(text)
            #expect(text.isEmpty == redacted.isEmpty, "\(text)")
            // Every bracketed capital word that comes out is a placeholder or was in the text.
            for token in redacted.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                guard let open = token.firstIndex(of: "["), let close = token[open...].firstIndex(of: "]") else { continue }
                let bracketed = String(token[open ... close])
                if bracketed.count > 2, bracketed.dropFirst().dropLast().allSatisfy({ $0.isUppercase || $0 == "_" }) {
                    #expect(Self.placeholders.contains(bracketed) || text.contains(bracketed), "\(bracketed) from \(text)")
                }
            }
        }
    }
}
