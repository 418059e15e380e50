import CCmark
import Foundation

/// Markdown to HTML through libcmark, in safe mode (no `CMARK_OPT_UNSAFE`: raw HTML is
/// dropped and `javascript:`/`data:` links are emptied), with `csr-component` blocks replaced
/// by trusted HTML through `CMARK_NODE_CUSTOM_BLOCK`.
///
/// ```swift
/// let html = try CommonMarkRenderer.html(markdown, file: "report.md.mustache", allowed: names) { component in
///     components.html(for: component)
/// }
/// ```
enum CommonMarkRenderer {
    /// Renders `markdown`; `component` returns the HTML for each component block, `quotes` marks
    /// the language of quoted excerpts.
    static func html(_ markdown: String, file: String, allowed: Set<String>, quotes: QuoteLanguageMarks = .none,
                     component: (ReportComponent) throws -> String) throws -> String {
        try withDocument(markdown, file: file, allowed: allowed) { root, components in
            quotes.apply(to: root)
            for (node, value) in components {
                let html = try component(value)
                guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { throw TemplateError(file: file, message: "libcmark: out of memory") }
                cmark_node_set_on_enter(block, html)
                cmark_node_set_on_exit(block, "")
                cmark_node_replace(node, block)
                cmark_node_free(node)
            }
            guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }

    /// Parses and checks `markdown`, then hands the tree and its component blocks to `body`.
    /// The tree is freed afterwards; `body` must not keep node pointers.
    static func withDocument<T>(_ markdown: String, file: String, allowed: Set<String>,
                                _ body: (OpaquePointer, [(OpaquePointer, ReportComponent)]) throws -> T) throws -> T {
        let bytes = Array(markdown.utf8)
        guard let root = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
            }
        }) else { throw TemplateError(file: file, message: "libcmark could not parse the rendered Markdown") }
        defer { cmark_node_free(root) }
        var components: [(OpaquePointer, ReportComponent)] = []
        for node in nodes(under: root) {
            let line = Int(cmark_node_get_start_line(node))
            func fail(_ message: String) -> TemplateError {
                TemplateError(file: file, message: "\(message) (line \(line) of the Markdown it produced)")
            }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_CODE_BLOCK:
                let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
                if info.split(separator: " ").first == Substring(ReportComponent.fenceInfo) {
                    let body = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    do {
                        components.append((node, try ReportComponent(body: body, file: file, allowed: allowed)))
                    } catch let error as TemplateError {
                        throw fail(error.message)
                    }
                }
            case CMARK_NODE_LINK:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                // Self-contained output: the only links are to places in the same page.
                guard url.hasPrefix("#") else { throw fail("a link to \"\(url)\": reports link only within themselves (#section)") }
            case CMARK_NODE_IMAGE:
                throw fail("an image: reports are self-contained and hold no images")
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                throw fail("raw HTML in the template: write Markdown; HTML comes only from csr-component blocks")
            default:
                break
            }
        }
        return try body(root, components)
    }

    /// Every node under `root` in document order, each once (when the walk enters it). Callers
    /// change the tree only after the walk: cmark's iterator does not allow changes during it.
    static func nodes(under root: OpaquePointer) -> [OpaquePointer] {
        var nodes: [OpaquePointer] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { nodes.append(node) }
        }
        return nodes
    }
}
