import CCmark
import Foundation

/// Plain text from the cmark tree of a Markdown document, for email.txt: headings underlined,
/// paragraphs wrapped at 72 characters, lists and quotes indented, components as text blocks.
enum PlainTextRenderer {
    static func text(_ markdown: String, file: String, allowed: Set<String>, component: (ReportComponent) -> String) throws -> String {
        try CommonMarkRenderer.withDocument(markdown, file: file, allowed: allowed) { root, components in
            var byNode: [OpaquePointer: String] = [:]
            for (node, value) in components { byNode[node] = component(value) }
            return blocks(root, byNode).joined(separator: "\n\n") + "\n"
        }
    }

    private static func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            result.append(c)
            child = cmark_node_next(c)
        }
        return result
    }

    private static func blocks(_ node: OpaquePointer, _ components: [OpaquePointer: String]) -> [String] {
        children(node).compactMap { block($0, components) }
    }

    private static func block(_ node: OpaquePointer, _ components: [OpaquePointer: String]) -> String? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            let title = inline(node)
            switch cmark_node_get_heading_level(node) {
            case 1: return "\(title.uppercased())\n\(String(repeating: "=", count: min(title.count, 72)))"
            case 2: return "\(title)\n\(String(repeating: "-", count: min(title.count, 72)))"
            default: return title
            }
        case CMARK_NODE_PARAGRAPH:
            return wrap(inline(node), width: 72, first: "", rest: "").joined(separator: "\n")
        case CMARK_NODE_LIST:
            return children(node).map { item in
                let inner = blocks(item, components).joined(separator: "\n")
                let lines = inner.split(separator: "\n", omittingEmptySubsequences: false)
                return lines.enumerated().map { $0.offset == 0 ? "- \($0.element)" : "  \($0.element)" }.joined(separator: "\n")
            }.joined(separator: "\n")
        case CMARK_NODE_BLOCK_QUOTE:
            let inner = blocks(node, components).joined(separator: "\n\n")
            return inner.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> \($0)" }.joined(separator: "\n")
        case CMARK_NODE_CODE_BLOCK:
            if let text = components[node] { return text }
            return (cmark_node_get_literal(node).map { String(cString: $0) } ?? "").trimmingCharacters(in: .newlines)
        case CMARK_NODE_THEMATIC_BREAK:
            return String(repeating: "-", count: 40)
        default:
            return nil
        }
    }

    /// The text of a block's inlines, with emphasis markers dropped and soft breaks as spaces.
    private static func inline(_ node: OpaquePointer) -> String {
        var out = ""
        for child in children(node) {
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                out += cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK:
                out += " "
            case CMARK_NODE_LINEBREAK:
                out += "\n"
            default:
                out += inline(child)
            }
        }
        return out
    }

    /// Greedy word wrap at `width` characters; a word longer than the line stays whole.
    static func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = lines.isEmpty ? first : rest
            var lineHasWord = false
            for word in paragraph.split(separator: " ") {
                if lineHasWord, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = rest + word
                } else {
                    line += (lineHasWord ? " " : "") + word
                }
                lineHasWord = true
            }
            lines.append(line)
        }
        return lines
    }
}
