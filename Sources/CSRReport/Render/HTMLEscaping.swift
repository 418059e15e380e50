import Mustache

/// The one HTML escape of the project: every text that reaches HTML or SVG outside cmark goes
/// through it (component tables, chart labels, attributes, the shell's title).
///
/// ```swift
/// htmlEscape("<b> & \"x\"")   // "&lt;b&gt; &amp; &quot;x&quot;"
/// ```
/// Quotes are escaped too, so the result is safe inside a double- or single-quoted attribute.
public func htmlEscape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        // C0 controls other than tab/newline have no business in HTML text.
        case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": out += " "
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// swift-mustache content type for the HTML shell, so the shell escapes with `htmlEscape`
/// rather than the library's own table (one escape function per output language).
struct HTMLEscapedContent: MustacheContentType {
    func escapeText(_ text: String) -> String { htmlEscape(text) }
}
