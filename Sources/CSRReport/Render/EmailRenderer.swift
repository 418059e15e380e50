/// email.html and email.txt from email.md.mustache: one template, two forms.
///
/// email.html is built for mail clients, not browsers: table layout at most 700 px wide,
/// inline `style` attributes only (no `<style>` block to be stripped), bars as coloured table
/// cells, no SVG, no images, no links out, well under Gmail's clipping size. The content sits in
/// a `role="main"` division (clients strip `<main>`, not a role), and Outlook for Windows, which
/// ignores `max-width`, gets the 700 px from a fixed-width table only it reads (`[if mso]`).
struct EmailRenderer {
    let language: LanguageTemplates

    static let maximumBytes = 90 * 1024

    func render(_ report: TenantReport) throws -> (html: String, text: String) {
        let text = FigureText(k: report.settings.minGroupSize, catalog: language.catalog)
        let markdown = language.email.render(ReportContext.report(report, text: text))
        let components = EmailComponents(report: report, text: text)
        let allowed = ReportComponent.allowedNames(in: .email)
        let body = try CommonMarkRenderer.html(markdown, file: language.email.file, allowed: allowed,
                                                    quotes: QuoteLanguageMarks(report.evidence.excerpts), component: components.html)
        let title = text.text(.pageEmailTitle, ["company": report.company.displayName, "period": text.periodInText(report.period)])
        let html = Self.document(title: title, lang: text.facts.lang, body: Self.inlineStyles(body))
        try OutputPolicy.checkSelfContained(html, file: language.email.file)
        let plain = try PlainTextRenderer.text(markdown, file: language.email.file, allowed: allowed, component: components.plainText)
        return (html, plain)
    }

    private static let font = EmailComponents.font
    /// cmark writes these tags in exactly these forms, and escapes `<` in all text, so a plain
    /// replacement styles every element cmark produced and nothing else.
    private static let styles: [(String, String)] = [
        ("<h1>", "<h1 style=\"\(font)margin:0 0 6px;font-size:26px;line-height:1.25;color:#163a56;font-weight:bold;\">"),
        ("<h2>", "<h2 style=\"\(font)margin:28px 0 8px;padding-bottom:6px;border-bottom:2px solid #1f5f8b;font-size:18px;line-height:1.3;color:#1d2733;font-weight:bold;\">"),
        ("<h3>", "<h3 style=\"\(font)margin:20px 0 6px;font-size:15px;color:#1d2733;font-weight:bold;\">"),
        ("<p>", "<p style=\"\(font)margin:0 0 14px;font-size:15px;line-height:1.55;color:#333d48;\">"),
        ("<ul>", "<ul style=\"\(font)margin:0 0 14px;padding-left:22px;font-size:15px;line-height:1.55;color:#333d48;\">"),
        ("<ol>", "<ol style=\"\(font)margin:0 0 14px;padding-left:22px;font-size:15px;line-height:1.55;color:#333d48;\">"),
        ("<li>", "<li style=\"margin:0 0 4px;\">"),
        ("<blockquote>", "<blockquote style=\"margin:0 0 14px;padding:8px 14px;border-left:4px solid #1f5f8b;background:#eef3f7;\">"),
        ("<strong>", "<strong style=\"color:#1d2733;\">"),
        ("<code>", "<code style=\"font-family:Menlo,Consolas,monospace;font-size:13px;\">"),
        ("<hr />", "<hr style=\"border:0;border-top:1px solid #dde2e8;margin:20px 0;\" />"),
    ]

    static func inlineStyles(_ html: String) -> String {
        var out = html
        for (tag, styled) in styles { out = out.replacingOccurrences(of: tag, with: styled) }
        return out
    }

    static func document(title: String, lang: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(htmlEscape(lang))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light">
        <meta name="supported-color-schemes" content="light">
        <title>\(htmlEscape(title))</title>
        </head>
        <body style="margin:0;padding:0;background-color:#f4f6f8;">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f6f8" style="width:100%;background-color:#f4f6f8;">
        <tr><td align="center" style="padding:24px 12px;">
        <!--[if mso]><table role="presentation" width="700" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
        <table role="presentation" width="700" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="width:100%;max-width:700px;background-color:#ffffff;border:1px solid #dde2e8;border-top:6px solid #1f5f8b;">
        <tr><td style="padding:28px 32px 20px;">
        <div role="main">
        \(body)
        </div>
        </td></tr>
        </table>
        <!--[if mso]></td></tr></table><![endif]-->
        </td></tr>
        </table>
        </body>
        </html>

        """
    }
}
