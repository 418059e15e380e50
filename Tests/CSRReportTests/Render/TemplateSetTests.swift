import Foundation
import Testing
@testable import CSRReport

@Suite struct TemplateSetTests {
    /// A template folder holding `files`; the others fall back to the built-in ones. A report
    /// or email template goes into the English folder (`en/`).
    func folder(_ files: [String: String]) throws -> String {
        let perLanguage = Set(TemplateSet.Name.perLanguage.map(\.rawValue))
        return try TestLanguages.folder(Dictionary(uniqueKeysWithValues: files.map { (perLanguage.contains($0.key) ? "en/\($0.key)" : $0.key, $0.value) }))
    }

    func loadError(_ files: [String: String]) throws -> TemplateError? {
        do {
            _ = try TemplateSet.load(directory: try folder(files))
            return nil
        } catch let error as TemplateError {
            return error
        }
    }

    @Test func builtInTemplatesLoad() throws {
        _ = try TemplateSet.builtIn()
    }

    @Test func syntaxErrorNamesFileAndLine() throws {
        let error = try #require(try loadError(["report.md.mustache": "# {{company.name}}\n\nok\n{{#figures}}\n- {{title}}\n{{/headline}}\n"]))
        #expect(error.file.hasSuffix("/report.md.mustache"))
        #expect(error.line == 6)
        #expect(error.description.contains("report.md.mustache:6:"))
    }

    @Test func unclosedSectionIsReported() throws {
        let error = try #require(try loadError(["email.md.mustache": "one\n{{#sroi.shown}}\ntwo\n"]))
        #expect(error.file.hasSuffix("/email.md.mustache"))
        #expect(error.message.contains("never closed"))
    }

    @Test func unescapedTagsAreRejectedWithTheirLine() throws {
        for tag in ["{{{company.name}}}", "{{&company.name}}"] {
            let error = try #require(try loadError(["report.md.mustache": "# Title\n\nText {{k}}\nName: \(tag)\n"]))
            #expect(error.line == 4 && error.column == 7, "\(error)")
            #expect(error.message.contains("not allowed"))
        }
    }

    @Test func pragmasDelimitersAndPartialsAreRejected() throws {
        for (source, words) in [("{{% CONTENT_TYPE: TEXT }}\n", "pragma"), ("{{=<% %>=}}\n", "delimiters"), ("{{> other}}\n", "partials")] {
            let error = try #require(try loadError(["site-index.md.mustache": source]))
            #expect(error.line == 1 && error.message.contains(words), "\(error)")
        }
    }

    @Test func unknownComponentIsReportedWithItsLine() throws {
        let error = try #require(try loadError(["report.md.mustache": "# x\n\n```csr-component\npie-chart\n```\n"]))
        #expect(error.line == 4 && error.message.contains("unknown component \"pie-chart\""), "\(error)")
    }

    @Test func shellMayInsertOnlyTrustedHTML() throws {
        let error = try #require(try loadError(["shell.html.mustache": "<html>\n<title>{{{title}}}</title>{{{body}}}</html>\n"]))
        #expect(error.line == 2 && error.message.contains("title"))
        #expect(try loadError(["shell.html.mustache": "<html><style>{{{css}}}</style>{{{body}}}</html>\n"]) == nil)
    }

    @Test func stylesheetMustStaySelfContained() throws {
        let error = try #require(try loadError(["report.css": "body { color: red; }\n@import 'x.css';\n"]))
        #expect(error.file.hasSuffix("/report.css") && error.line == 2)
        #expect(try loadError(["report.css": "h1 { background: url(https://x/y.png); }\n"]) != nil)
    }

    @Test func templateLinksAndRawHTMLFailTheRender() throws {
        let withLink = try TemplateSet.load(directory: try folder(["report.md.mustache": "# {{company.name}}\n\nSee [our site](https://example.com).\n"]))
        #expect(throws: TemplateError.self) { try ReportRenderer(templates: withLink, locale: .fixed("en")).render(RenderFixtures.report()) }
        let withHTML = try TemplateSet.load(directory: try folder(["report.md.mustache": "# x\n\n<div onclick=x>hi</div>\n"]))
        #expect(throws: TemplateError.self) { try ReportRenderer(templates: withHTML, locale: .fixed("en")).render(RenderFixtures.report()) }
    }

    @Test func editedTemplateIsUsedAndStillEscapes() throws {
        let set = try TemplateSet.load(directory: try folder(["report.md.mustache": "# {{company.name}}\n\nSessions: {{figure.sessions_count.value}}\n"]))
        let files = try ReportRenderer(templates: set, locale: .fixed("en")).render(RenderFixtures.report(name: "A*B*"))
        let md = try #require(files.first { $0.name == "report.md" }).text
        #expect(md == "# A\\*B\\*\n\nSessions: 412\n")
    }

    @Test func aReportTemplateOutsideALanguageFolderIsRefused() throws {
        let dir = try TestLanguages.folder(["report.md.mustache": "# {{company.name}}\n"])
        let error = try #require(throws: TemplateError.self) { try TemplateSet.load(directory: dir) }
        #expect(error.file.hasSuffix("/report.md.mustache") && error.message.contains("/en/report.md.mustache"))
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: TemplateError.self) { try TemplateSet.load(directory: "/nonexistent/templates") }
    }
}
