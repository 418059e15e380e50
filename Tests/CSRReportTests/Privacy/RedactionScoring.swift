import Foundation
@testable import CSRReport

/// One labelled text of a redaction corpus: UTF-16 spans, end exclusive (see docs/privacy.md).
struct LabelledText: Decodable {
    struct Span: Decodable {
        let start: Int
        let end: Int
        let kind: String
        /// For names: "dictionary" (the name is a snapshot user's) or "pattern".
        let source: String?
    }
    let id: String
    let lang: String
    let text: String
    let spans: [Span]
}

/// How the redactor does on a labelled corpus; shared by the corpus and the holdout tests.
///
/// A gold span is found when every non-white-space UTF-16 unit of it lies inside a match of the
/// same kind (so "Anna\nKowalska" may be found as one match or as two). Over-redaction is the
/// share of texts without PII in which anything at all was matched.
struct RedactionScore {
    struct Tally {
        var gold = 0
        var found = 0
        var recall: Double { gold == 0 ? 1 : Double(found) / Double(gold) }
    }

    static let kinds = ["email", "phone", "name (dictionary)", "name (pattern)", "iban", "card", "nationalID", "ip", "url",
                        "handle", "address", "dateOfBirth"]

    private(set) var byKind: [String: Tally] = [:]
    private(set) var byLanguage: [String: Tally] = [:]
    private(set) var texts = 0
    private(set) var cleanTexts = 0
    private(set) var cleanRedacted = 0
    /// Matches in PII texts that overlap no gold span.
    private(set) var spurious = 0
    private(set) var misses: [String] = []
    private(set) var overRedactions: [String] = []

    var overRedactionRate: Double { Double(cleanRedacted) / Double(max(cleanTexts, 1)) }
    func recall(_ kind: String) -> Double { byKind[kind]?.recall ?? 0 }

    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Reads `Fixtures/<corpus>` (JSON lines) and `Fixtures/<names>` (one name a line, `#` comments).
    static func load(corpus: String, names: String) throws -> ([LabelledText], NameDictionary) {
        let lines = try String(contentsOf: fixtures.appendingPathComponent(corpus), encoding: .utf8)
        let records = try lines.split(separator: "\n").map { try JSONDecoder().decode(LabelledText.self, from: Data($0.utf8)) }
        let nameLines = try String(contentsOf: fixtures.appendingPathComponent(names), encoding: .utf8)
        return (records, NameDictionary(names: nameLines.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }))
    }

    init(corpus: [LabelledText], redactor: Redactor) {
        func show(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: "⏎") }
        for record in corpus {
            texts += 1
            let matches = redactor.matches(in: record.text)
            let units = Array(record.text.utf16)
            let got = matches.map { "\($0.kind)«\(show(String(record.text[$0.range])))»" }
            if record.spans.isEmpty {
                cleanTexts += 1
                if !matches.isEmpty {
                    cleanRedacted += 1
                    overRedactions.append("\(record.id): \(got)")
                }
            }
            for span in record.spans {
                let row = span.kind == "name" ? "name (\(span.source ?? "dictionary"))" : span.kind
                byKind[row, default: Tally()].gold += 1
                byLanguage[record.lang, default: Tally()].gold += 1
                let covered = (span.start ..< span.end).allSatisfy { offset in
                    let u = units[offset]
                    if u == 0x20 || u == 0x0A || u == 0x09 { return true }
                    return matches.contains { $0.kind.rawValue == span.kind && $0.utf16Range.contains(offset) }
                }
                if covered {
                    byKind[row, default: Tally()].found += 1
                    byLanguage[record.lang, default: Tally()].found += 1
                } else {
                    let gold = show(String(decoding: units[span.start ..< span.end], as: UTF16.self))
                    misses.append("\(record.id) \(row) «\(gold)» got \(got)")
                }
            }
            for m in matches where !record.spans.isEmpty
                && !record.spans.contains(where: { $0.start < m.utf16Range.upperBound && m.utf16Range.lowerBound < $0.end }) {
                spurious += 1
                overRedactions.append("\(record.id) (in PII text): \(m.kind)«\(show(String(record.text[m.range])))»")
            }
        }
    }

    /// The figures as the docs quote them, then every miss and over-redaction.
    func report(title: String) -> String {
        func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
        var out = "\(title)\n| kind | gold spans | found | recall |\n|---|---:|---:|---:|\n"
        var all = Tally()
        for kind in Self.kinds {
            let t = byKind[kind] ?? Tally()
            all.gold += t.gold
            all.found += t.found
            out += "| \(kind) | \(t.gold) | \(t.found) | \(percent(t.recall)) |\n"
        }
        out += "| **all** | \(all.gold) | \(all.found) | \(percent(all.recall)) |\n\n"
        out += "By language: " + byLanguage.keys.sorted().map { lang in
            "\(lang) \(byLanguage[lang]!.found)/\(byLanguage[lang]!.gold) = \(percent(byLanguage[lang]!.recall))"
        }.joined(separator: ", ") + "\n"
        out += "Texts: \(texts) (\(cleanTexts) without PII). Over-redaction: \(cleanRedacted)/\(cleanTexts) = "
            + "\(percent(overRedactionRate)). Matches outside any gold span in PII texts: \(spurious).\n"
        out += "Missed spans (\(misses.count)):\n  " + (misses.isEmpty ? "none" : misses.joined(separator: "\n  ")) + "\n"
        out += "Over-redactions (\(overRedactions.count)):\n  " + (overRedactions.isEmpty ? "none" : overRedactions.joined(separator: "\n  "))
        return out
    }
}
