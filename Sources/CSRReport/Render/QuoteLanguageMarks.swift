import CCmark

/// Marks each quoted excerpt in a rendered page with the language it is written in, so a screen
/// reader reads a Norwegian quote in an English report with a Norwegian voice (WCAG 3.1.2).
///
/// cmark's HTML has no attributes, so after parsing, the paragraph of a block quote whose text
/// is an excerpt's text gets its inline content wrapped in a `CMARK_NODE_CUSTOM_INLINE` that
/// writes `<span lang="nb">`. The excerpt stays an ordinary text node, escaped by cmark as any
/// other; the only trusted HTML added is the span around it, whose code is checked here.
///
/// ```swift
/// let marks = QuoteLanguageMarks(report.evidence.excerpts)
/// let html = try CommonMarkRenderer.html(markdown, file: f, allowed: a, quotes: marks, component: c)
/// ```
struct QuoteLanguageMarks {
    /// Excerpt text (white space collapsed) to language code.
    private let languages: [String: String]

    static let none = QuoteLanguageMarks([])

    init(_ excerpts: [EvidenceExcerpt]) {
        var languages: [String: String] = [:]
        for excerpt in excerpts {
            guard let code = excerpt.language, Self.isLanguageCode(code) else { continue }
            languages[Self.normalised(excerpt.text)] = languages[Self.normalised(excerpt.text)] ?? code
        }
        self.languages = languages
    }

    /// A plain BCP 47 primary tag ("nb", "uk"): nothing else may reach the attribute.
    static func isLanguageCode(_ code: String) -> Bool {
        (2...3).contains(code.count) && code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
    }

    /// Wraps the matching quote paragraphs under `root`. The tree is changed only after the
    /// walk, as cmark's iterator does not allow changes during it.
    func apply(to root: OpaquePointer) {
        guard !languages.isEmpty else { return }
        var marked: [(OpaquePointer, String)] = []
        for node in CommonMarkRenderer.nodes(under: root) {
            guard cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH,
                  let parent = cmark_node_parent(node), cmark_node_get_type(parent) == CMARK_NODE_BLOCK_QUOTE,
                  let code = languages[Self.normalised(Self.plainText(of: node))] else { continue }
            marked.append((node, code))
        }
        for (paragraph, code) in marked {
            guard let span = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
            cmark_node_set_on_enter(span, "<span lang=\"\(code)\">")
            cmark_node_set_on_exit(span, "</span>")
            while let child = cmark_node_first_child(paragraph) {
                cmark_node_append_child(span, child)
            }
            cmark_node_append_child(paragraph, span)
        }
    }

    /// The text a reader sees in `node`: literals of text and code, a space for each line break.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                text += plainText(of: current)
            }
            child = cmark_node_next(current)
        }
        return text
    }

    /// The form both sides are compared in: `markdownEscape` turns a backtick into U+02CB and
    /// line breaks and control characters into spaces, and cmark trims and joins lines.
    private static func normalised(_ text: String) -> String {
        var flat = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if scalar == "`" { flat.append("\u{02CB}") }
            else if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 { flat.append(" ") }
            else { flat.append(scalar) }
        }
        return String(flat).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
