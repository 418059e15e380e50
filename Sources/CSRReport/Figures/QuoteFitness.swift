import Foundation

/// Whether a redacted candidate excerpt is worth putting in front of a client's board, and how
/// much its redaction costs it in the ranking (docs/methodology.md, "Evidence excerpts").
///
///     QuoteFitness.judge(redactor.redaction(of: "[NAME] [NAME] [PHONE] ok"))  // .mostlyPlaceholders
public enum QuoteFitness {
    /// Why a candidate was passed over; the raw value is the machine name (catalog key
    /// `unfit_reason.<raw value>`).
    public enum Unfit: String, CaseIterable, Sendable, Comparable {
        case mostlyPlaceholders = "mostly_placeholders"
        case markup
        case formula
        case linkList = "link_list"

        public static func < (a: Unfit, b: Unfit) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// Rank lost per placeholder, and per share of the text's characters that were redacted:
    /// a quote with two names taken out loses about 0.1 of relevance (which runs 0 to 1), so a
    /// clean text of similar relevance goes first.
    static let penaltyPerPlaceholder = 0.04
    static let penaltyPerRedactedShare = 0.3

    static func penalty(_ redaction: Redaction) -> Double {
        Double(redaction.matches.count) * penaltyPerPlaceholder + redaction.share() * penaltyPerRedactedShare
    }

    /// The first reason the text is not worth quoting, or nil when it is.
    static func judge(_ redaction: Redaction) -> Unfit? {
        let original = redaction.original
        let urls = redaction.matches.filter { $0.kind == .url }.count
        if looksLikeFormula(original) { return .formula }
        if looksLikeMarkup(original, redacted: withoutPlaceholders(redaction.text)) { return .markup }
        if urls >= 3 || (urls > 0 && redaction.share(of: [.url]) >= 0.4) { return .linkList }
        if redaction.matches.count > words(in: redaction) { return .mostlyPlaceholders }
        return nil
    }

    /// Words of the redacted text that are not placeholders: runs of letters (and digits)
    /// holding at least one letter.
    static func words(in redaction: Redaction) -> Int {
        withoutPlaceholders(redaction.text).split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" || $0 == "-") })
            .filter { $0.contains(where: \.isLetter) }.count
    }

    private static func withoutPlaceholders(_ text: String) -> String {
        var text = text
        for kind in PIIKind.allCases { text = text.replacingOccurrences(of: kind.placeholder, with: " ") }
        return text
    }

    private static let formula = try! NSRegularExpression(pattern: #"^\s*[=+@＝＋＠]\s*[A-Za-z_][A-Za-z0-9_.]*\s*\(|\b[A-Z]{2,}\([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?"#)
    private static let tag = try! NSRegularExpression(pattern: #"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,200})?/?>|&(?:[a-z]{2,8}|#[0-9]{2,5});|\{\{|\}\}|\]\(|^\s*(?:#{1,6}\s|```)"#, options: [.anchorsMatchLines])

    static func looksLikeFormula(_ text: String) -> Bool {
        formula.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    /// Tags, entities, template or Markdown link syntax in the original, or a redacted text
    /// (placeholders taken out) that is mostly symbols: fewer than 70% of its visible characters
    /// are letters or digits (prose runs at 90% and more).
    static func looksLikeMarkup(_ original: String, redacted: String) -> Bool {
        if tag.firstMatch(in: original, range: NSRange(location: 0, length: original.utf16.count)) != nil { return true }
        var visible = 0, wordCharacters = 0
        for c in redacted where !c.isWhitespace {
            visible += 1
            if c.isLetter || c.isNumber { wordCharacters += 1 }
        }
        return visible >= 12 && Double(wordCharacters) < 0.7 * Double(visible)
    }
}
