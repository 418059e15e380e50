/// The HTML shell around a rendered body: shell.html.mustache with report.css inlined, then
/// checked by `OutputPolicy` so an edited shell cannot make the page load anything.
///
/// ```swift
/// let page = try HTMLDocument(templates: templates).page(title: "Acme · 2025-Q3", lang: "de", body: html, kind: "tenant-report", footer: "...")
/// ```
struct HTMLDocument {
    let templates: TemplateSet

    /// `pageFooter`: the running footer of every printed page (company and period), set after
    /// report.css as a CSS string (the only data in the stylesheet), so any shell gets it.
    func page(title: String, lang: String, body: String, kind: String, footer: String, pageFooter: String? = nil) throws -> String {
        let html = templates.shell.render([
            "lang": lang,
            "title": title,
            "css": templates.css + (pageFooter.map(Self.printFooterRule) ?? ""),
            "body": body,
            "kind": kind,
            "footer": footer,
        ])
        try OutputPolicy.checkSelfContained(html, file: templates.shell.file)
        return html
    }

    /// report.css styles the margin boxes; this adds only the text, as an escaped CSS string.
    static func printFooterRule(_ text: String) -> String {
        "\n@page { @bottom-left { content: \(cssString(text)); } }\n"
    }
}
