import Mustache

/// Escapes a value so that, wherever a template puts it on a line, it reads as literal text:
/// it cannot start a block (heading, list, quote, fence), open or close emphasis, a code span,
/// a link, an image, raw HTML or an entity, and it stays on one line.
///
/// ```swift
/// markdownEscape("**Acme** <b>")      // "\*\*Acme\*\* \<b\>"
/// markdownEscape("4.27 : 1")          // "4.27 : 1"  (figure text, provably inert)
/// ```
///
/// The rule is CommonMark's own: every ASCII punctuation character may be backslash-escaped,
/// and an escaped character is always literal. On top of that:
/// - CR, LF and other line or paragraph separators become spaces (a value stays inline);
/// - a backtick becomes U+02CB (a backslash does not work inside a template's code span, so a
///   value there could otherwise close the span);
/// - control characters become spaces; leading and trailing spaces are dropped (four leading
///   spaces would make an indented code block, two trailing ones a hard break).
/// A value made only of characters that are inert in every position (figure text such as
/// `4.27 : 1`, `▲ up 12 (+8.1%) vs 2025-Q2`, `2025-09-30`) is passed through unchanged so that
/// report.md stays readable; a test proves that both forms render to the same HTML.
public func markdownEscape(_ text: String) -> String {
    var flat = ""
    flat.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        let v = scalar.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 {
            flat.unicodeScalars.append(" ")
        } else if scalar == "`" {
            flat.unicodeScalars.append("\u{02CB}")
        } else {
            flat.unicodeScalars.append(scalar)
        }
    }
    let trimmed = trimSpaces(flat)
    if isInertFigureText(trimmed) { return trimmed }
    var out = ""
    out.reserveCapacity(trimmed.utf8.count * 2)
    for scalar in trimmed.unicodeScalars {
        if scalar.isASCII, isASCIIPunctuation(UInt8(scalar.value)) { out.unicodeScalars.append("\\") }
        out.unicodeScalars.append(scalar)
    }
    return out
}

private func trimSpaces(_ s: String) -> String {
    var scalars = Substring(s).unicodeScalars[...]
    while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
    while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
}

/// CommonMark's ASCII punctuation: !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
func isASCIIPunctuation(_ c: UInt8) -> Bool {
    (33...47).contains(c) || (58...64).contains(c) || (91...96).contains(c) || (123...126).contains(c)
}

/// True for text that has no Markdown meaning at any position of a line: it starts with a
/// digit, a minus sign followed by a digit, or a non-ASCII letter or symbol (no CommonMark
/// block marker is any of those, except an ordered-list marker `12.`/`12)`, which is excluded),
/// and it holds only letters, digits, single spaces and `. : % , ( ) + -` (none of which opens
/// an inline construct: links need `[`, autolinks and HTML need `<`, emphasis `*`/`_`).
func isInertFigureText(_ s: String) -> Bool {
    let scalars = Array(s.unicodeScalars)
    guard let first = scalars.first else { return true }
    func isDigit(_ u: Unicode.Scalar) -> Bool { ("0"..."9").contains(u) }
    if first.isASCII {
        if isDigit(first) {
            // An ordered-list marker is 1-9 digits then `.` or `)` then a space or the end.
            var i = 0
            while i < scalars.count, isDigit(scalars[i]) { i += 1 }
            if i < scalars.count, scalars[i] == "." || scalars[i] == ")" {
                let next = i + 1
                if next >= scalars.count || scalars[next] == " " { return false }
            }
        } else if first == "-" {
            guard scalars.count > 1, isDigit(scalars[1]) else { return false }
        } else {
            return false
        }
    } else if !(first.properties.isAlphabetic || first.properties.generalCategory == .otherSymbol || first.properties.generalCategory == .mathSymbol) {
        return false
    }
    var previousSpace = false
    for u in scalars {
        if u.isASCII {
            let c = UInt8(u.value)
            let ok = (48...57).contains(c) || (65...90).contains(c) || (97...122).contains(c)
                || u == " " || u == "." || u == ":" || u == "%" || u == "," || u == "(" || u == ")" || u == "+" || u == "-"
            guard ok else { return false }
            if u == " " {
                if previousSpace { return false }
                previousSpace = true
            } else {
                previousSpace = false
            }
        } else {
            let category = u.properties.generalCategory
            guard category != .control, category != .format, category != .spaceSeparator,
                  category != .lineSeparator, category != .paragraphSeparator, category != .privateUse,
                  category != .unassigned, category != .surrogate else { return false }
            previousSpace = false
        }
    }
    return true
}

/// The swift-mustache content type behind `{{% CONTENT_TYPE: CSR_MARKDOWN }}`, which
/// `TemplateSet` prepends to every Markdown template itself.
struct MarkdownEscapedContent: MustacheContentType {
    func escapeText(_ text: String) -> String { markdownEscape(text) }
}

/// Registers the project's content types with swift-mustache exactly once (the registry is a
/// process-wide table; a `static let` initialiser runs once, thread-safely).
enum RenderContentTypes {
    static let markdown = "CSR_MARKDOWN"
    static let html = "CSR_HTML"

    static func register() { _ = registration }

    private static let registration: Void = {
        MustacheContentTypes.register(MarkdownEscapedContent(), named: markdown)
        MustacheContentTypes.register(HTMLEscapedContent(), named: html)
    }()
}
