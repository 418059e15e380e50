import Foundation

/// A regular expression compiled once, when the `Redactor` is built, and reused for every text.
///
/// `NSRegularExpression` is immutable and documented as thread-safe (and `Sendable` in this
/// Foundation), so one compiled pattern can be shared by concurrent report workers.
struct TextPattern: Sendable {
    private let regex: NSRegularExpression

    /// The patterns are literals in this folder; a syntax error is a programming error caught
    /// by the first unit test, so it traps rather than throwing through the public API.
    init(_ pattern: String, caseInsensitive: Bool = false) {
        var options: NSRegularExpression.Options = [.useUnicodeWordBoundaries]
        if caseInsensitive { options.insert(.caseInsensitive) }
        do {
            regex = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            preconditionFailure("invalid built-in redaction pattern \(pattern): \(error)")
        }
    }

    /// The length (UTF-16) of a match that starts exactly at `offset` and lies within the next
    /// `limit` units, or nil: bounded work, for extending a match that another pattern found.
    func prefixLength(in text: ScannedText, at offset: Int, limit: Int) -> Int? {
        guard offset < text.count else { return nil }
        let range = NSRange(location: offset, length: min(limit, text.count - offset))
        guard let r = regex.firstMatch(in: text.string, options: [.anchored, .withoutAnchoringBounds], range: range), r.range.length > 0 else { return nil }
        return r.range.length
    }

    /// UTF-16 ranges of every match; `group` picks a capture group instead of the whole match
    /// (matches where that group did not take part are skipped).
    func ranges(in text: ScannedText, group: Int = 0) -> [Range<Int>] {
        let whole = NSRange(location: 0, length: text.count)
        return regex.matches(in: text.string, options: [], range: whole).compactMap { result in
            let r = result.range(at: group)
            guard r.location != NSNotFound, r.length > 0 else { return nil }
            return r.location ..< (r.location + r.length)
        }
    }
}
