import Foundation

/// One output file of a tenant bundle: its name inside the bundle and its bytes (UTF-8).
public struct RenderedFile: Sendable, Equatable {
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, text: String) {
        self.name = name
        self.bytes = Array(text.utf8)
    }

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// The Render stage: a `TenantReport` in, the files of its bundle out, in the report's
/// language (the company's, from its country, or `--locale`). A pure function of its inputs (no
/// clock, no process locale, no dictionary order in the output) and safe to call from several
/// threads at once.
///
/// ```swift
/// let renderer = ReportRenderer(templates: try .builtIn(), locale: .auto)
/// for file in try renderer.render(report) { try Data(file.bytes).write(to: folder.appending(path: file.name)) }
/// ```
public struct ReportRenderer: Sendable {
    public let templates: TemplateSet
    public let locale: LocaleChoice
    /// `--csv-bom`: start each CSV with a UTF-8 byte-order mark, so Excel on Windows opens it as
    /// UTF-8 on a double-click (other readers and machines are better off without).
    public var csvByteOrderMark = false

    /// `locale` must be one of `templates.languageCodes` (check it with `templates.check`); an
    /// unknown code renders in each company's own language.
    public init(templates: TemplateSet, locale: LocaleChoice = .auto) {
        self.templates = templates
        self.locale = locale
    }

    /// index.html, email.html, email.txt, report.md, metrics.csv, trends.csv, evidence.csv, figures.xlsx.
    public func render(_ report: TenantReport) throws -> [RenderedFile] {
        let language = language(of: report)
        let markdown = reportMarkdown(report, language: language)
        let email = try EmailRenderer(language: language).render(report)
        return [
            RenderedFile(name: "index.html", text: try reportHTML(report, markdown: markdown, language: language)),
            RenderedFile(name: "email.html", text: email.html),
            RenderedFile(name: "email.txt", text: email.text),
            RenderedFile(name: "report.md", text: markdown),
            RenderedFile(name: "metrics.csv", text: csv(MetricsCSV.render(report))),
            RenderedFile(name: "trends.csv", text: csv(TrendsCSV.render(report))),
            RenderedFile(name: "evidence.csv", text: csv(EvidenceCSV.render(report))),
            RenderedFile(name: "figures.xlsx", bytes: try FiguresWorkbook.render(report)),
        ]
    }

    private func csv(_ text: String) -> String { csvByteOrderMark ? "\u{FEFF}" + text : text }

    /// The folder name of the language a report is written in.
    public func languageCode(of report: TenantReport) -> String { language(of: report).catalog.code }

    /// The site's own index.html (the operator's page: English).
    /// `withPDF`: the bundles hold report.pdf (`--pdf`), and the index links it.
    public func renderSiteIndex(_ entries: [SiteIndexEntry], period: Period, generatedAt: Timestamp?, withPDF: Bool = false) throws -> RenderedFile {
        RenderedFile(name: "index.html", text: try SiteIndexRenderer(templates: templates).render(entries, period: period, generatedAt: generatedAt,
                                                                                                     withPDF: withPDF))
    }

    func language(of report: TenantReport) -> LanguageTemplates {
        templates.language(forCountry: report.company.country, choice: locale)
    }

    func text(for report: TenantReport, language: LanguageTemplates) -> FigureText {
        FigureText(k: report.settings.minGroupSize, catalog: language.catalog)
    }

    /// The Markdown that cmark renders (report.md).
    func reportMarkdown(_ report: TenantReport) -> String {
        reportMarkdown(report, language: language(of: report))
    }

    func reportMarkdown(_ report: TenantReport, language: LanguageTemplates) -> String {
        language.report.render(ReportContext.report(report, text: text(for: report, language: language)))
    }

    func reportHTML(_ report: TenantReport, markdown: String) throws -> String {
        try reportHTML(report, markdown: markdown, language: language(of: report))
    }

    func reportHTML(_ report: TenantReport, markdown: String, language: LanguageTemplates) throws -> String {
        let text = text(for: report, language: language)
        let components = ReportComponents(report: report, text: text)
        let body = try CommonMarkRenderer.html(markdown, file: language.report.file, allowed: ReportComponent.allowedNames(in: .report),
                                                    quotes: QuoteLanguageMarks(report.evidence.excerpts), component: components.html)
        var values = ["company": report.company.displayName, "period": text.periodInText(report.period), "start": text.date(report.period.start),
                      "end": text.date(report.period.lastDay), "k": text.count(report.settings.minGroupSize)]
        values["generated"] = report.generatedAt.map { text.date($0.date) }
        let footer = text.text(report.generatedAt == nil ? .pageFooter : .pageFooterWithSnapshot, values)
        let title = text.text(.pageReportTitle, ["company": report.company.displayName, "period": text.periodInText(report.period)])
        // The printed page's running footer: who and when, without words to translate.
        let pageFooter = "\(report.company.displayName) · \(text.periodInText(report.period))"
        return try HTMLDocument(templates: templates).page(title: title, lang: text.facts.lang, body: body, kind: "tenant-report", footer: footer,
                                                           pageFooter: pageFooter)
    }
}
