import Foundation
import Testing
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
    /// An ordinary token that looks like PII ("Will" the verb, "B2", "v2.3.1"): it must survive.
    struct Decoy: Decodable {
        let start: Int
        let end: Int
        let `class`: String
    }
    let id: String
    let lang: String
    let text: String
    let spans: [Span]
    /// Optional: only corpora that label their decoys have them.
    let decoys: [Decoy]?
}

/// How the redactor does on a labelled corpus; shared by the corpus and the holdout tests.
///
/// A gold span is found when every non-white-space UTF-16 unit of it lies inside a match of the
/// same kind (so "Anna\nKowalska" may be found as one match or as two). Over-redaction is the
/// share of texts without PII in which anything at all was matched. A decoy (an ordinary token
/// labelled as looking like PII) is destroyed when any match, of any kind, overlaps it.
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
    /// Decoys per class ("name-word", "version", ...): `gold` counts them, `found` those destroyed.
    private(set) var decoysByClass: [String: Tally] = [:]
    private(set) var destroyedDecoys: [String] = []
    var decoys: Tally { decoysByClass.values.reduce(into: Tally()) { $0.gold += $1.gold; $0.found += $1.found } }
    /// Share of decoys of `class` (or of all classes) destroyed.
    func decoyDestroyedRate(_ class: String? = nil) -> Double {
        let t = `class`.map { decoysByClass[$0] ?? Tally() } ?? decoys
        return t.gold == 0 ? 0 : Double(t.found) / Double(t.gold)
    }
    func languageRecall(_ lang: String) -> Double { byLanguage[lang]?.recall ?? 0 }
    /// Recall over every gold span.
    var overallRecall: Double {
        let all = byKind.values.reduce(into: Tally()) { $0.gold += $1.gold; $0.found += $1.found }
        return all.recall
    }
    /// Recall of one PII kind, names of users and non-users together.
    func kindRecall(_ kind: String) -> Double {
        guard kind == "name" else { return recall(kind) }
        let a = byKind["name (dictionary)"] ?? Tally(), b = byKind["name (pattern)"] ?? Tally()
        return Tally(gold: a.gold + b.gold, found: a.found + b.found).recall
    }
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
            for decoy in record.decoys ?? [] {
                let destroyed = matches.contains { $0.utf16Range.lowerBound < decoy.end && decoy.start < $0.utf16Range.upperBound }
                decoysByClass[decoy.class, default: Tally()].gold += 1
                if destroyed {
                    decoysByClass[decoy.class, default: Tally()].found += 1
                    let token = show(String(decoding: units[decoy.start ..< decoy.end], as: UTF16.self))
                    destroyedDecoys.append("\(record.id) \(decoy.class) «\(token)» got \(got)")
                }
            }
            for m in matches where !record.spans.isEmpty
                && !record.spans.contains(where: { $0.start < m.utf16Range.upperBound && m.utf16Range.lowerBound < $0.end }) {
                spurious += 1
                overRedactions.append("\(record.id) (in PII text): \(m.kind)«\(show(String(record.text[m.range])))»")
            }
        }
    }

    /// The figures as the docs quote them, then (with `details`) every miss, over-redaction and
    /// destroyed decoy. A blind corpus is reported without details unless REDACTION_DETAILS=1,
    /// so that nobody designs rules from its individual texts by accident.
    func report(title: String, details: Bool = true) -> String {
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
        if decoys.gold > 0 {
            out += "Decoys destroyed: \(decoys.found)/\(decoys.gold) = \(percent(decoyDestroyedRate())); by class: "
                + decoysByClass.keys.sorted().map { c in
                    "\(c) \(decoysByClass[c]!.found)/\(decoysByClass[c]!.gold) = \(percent(decoyDestroyedRate(c)))"
                }.joined(separator: ", ") + "\n"
        }
        guard details else {
            return out + "Missed spans: \(misses.count); over-redactions: \(overRedactions.count) (details with REDACTION_DETAILS=1)"
        }
        out += "Missed spans (\(misses.count)):\n  " + (misses.isEmpty ? "none" : misses.joined(separator: "\n  ")) + "\n"
        out += "Over-redactions (\(overRedactions.count)):\n  " + (overRedactions.isEmpty ? "none" : overRedactions.joined(separator: "\n  "))
        if !destroyedDecoys.isEmpty { out += "\nDestroyed decoys (\(destroyedDecoys.count)):\n  " + destroyedDecoys.joined(separator: "\n  ") }
        return out
    }
}

/// What a corpus test holds the redactor to: floors just below what it measured on that corpus
/// (docs/privacy.md has the figures), so that one more miss or one more changed text fails.
struct RedactionFloors {
    /// Recall per kind ("name" counts both sources).
    let recall: [String: Double]
    let overall: Double
    /// Recall of names not written as in the user table ("name (pattern)").
    let nonUserNames: Double
    /// Most texts without PII that may come out changed.
    let cleanChangedCeiling: Double
    /// Most ordinary words that are also names that may be destroyed.
    let nameWordDestroyedCeiling: Double

    /// One expectation per limit, each message naming `corpus` and the figure it fell to.
    func check(_ score: RedactionScore, corpus: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(score.overallRecall >= overall, "\(corpus) overall recall fell to \(score.overallRecall)", sourceLocation: sourceLocation)
        for (kind, floor) in recall.sorted(by: { $0.key < $1.key }) {
            #expect(score.kindRecall(kind) >= floor, "\(corpus) recall for \(kind) fell to \(score.kindRecall(kind))",
                    sourceLocation: sourceLocation)
        }
        #expect(score.recall("name (pattern)") >= nonUserNames, "\(corpus) recall for pattern names fell to \(score.recall("name (pattern)"))",
                sourceLocation: sourceLocation)
        #expect(score.overRedactionRate <= cleanChangedCeiling, "\(corpus): \(score.overRedactionRate) of clean texts changed",
                sourceLocation: sourceLocation)
        #expect(score.decoyDestroyedRate("name-word") <= nameWordDestroyedCeiling,
                "\(corpus): \(score.decoyDestroyedRate("name-word")) of name-word decoys destroyed", sourceLocation: sourceLocation)
    }
}
