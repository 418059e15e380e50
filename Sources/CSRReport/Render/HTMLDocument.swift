/// The HTML shell around a rendered body: shell.html.mustache with report.css inlined, then
/// checked by `OutputPolicy` so an edited shell cannot make the page load anything.
///
/// ```swift
/// let page = try HTMLDocument(templates: templates).page(title: "Acme · 2025-Q3", lang: "de", body: html, kind: "tenant-report", footer: "...")
/// ```
struct HTMLDocument {
    let templates: TemplateSet

    func page(title: String, lang: String, body: String, kind: String, footer: String) throws -> String {
        let html = templates.shell.render([
            "lang": lang,
            "title": title,
            "css": templates.css,
            "body": body,
            "kind": kind,
            "footer": footer,
        ])
        try OutputPolicy.checkSelfContained(html, file: templates.shell.file)
        return html
    }
}
