import Foundation
import Testing
@testable import CSRDemoData
@testable import CSRReport

/// `build --pdf` end to end (issue 12): report.pdf in each bundle, read back with poppler. Needs
/// Chromium and poppler-utils (`scripts/bootstrap --tests`); without them these tests fail.
@Suite(.serialized) struct PDFBuildTests {
    private func tenants(_ site: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site).filter {
            FileManager.default.fileExists(atPath: site + "/" + $0 + "/index.html")
        }.sorted()
    }

    private func withoutSpaces(_ text: String) -> String { String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }

    /// The company's name as the footer shows it, keyed by tenant folder.
    private func footerNames() throws -> [String: String] {
        let data = try Snapshot.open(try TestPaths.demo()).load()
        let folders = TenantFolderName.assign(data.companies)
        var names: [String: String] = [:]
        for company in try TestPaths.pdfCompanies() { names[folders[company.id] ?? ""] = ReportedCompany(company).displayName }
        return names
    }

    @Test func everyBundleHasItsPDFInTheManifestTheZipOfFilesAndTheIndex() throws {
        let site = try TestPaths.pdfSite()
        let folders = try tenants(site)
        #expect(folders.count == 3)
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: site + "/manifest.json"))) as? [String: Any])
        let files = try #require(manifest["files"] as? [[String: Any]])
        let index = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        for folder in folders {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(site)/\(folder)/report.pdf"))
            let entry = try #require(files.first { $0["path"] as? String == "\(folder)/report.pdf" })
            #expect(entry["sha256"] as? String == sha256Hex(data) && entry["bytes"] as? Int == data.count)
            #expect(index.contains("href=\"\(folder)/report.pdf\""))
            let zip = try Data(contentsOf: URL(fileURLWithPath: "\(site)/\(folder).zip"))
            #expect(zip.range(of: Data("\(folder)/report.pdf".utf8)) != nil, "\(folder).zip has no report.pdf")
        }
    }

    @Test func chromiumWithoutPDFIsAUsageError() throws {
        let result = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", TestPaths.fresh("pdf-usage") + "/site", "--chromium", "/usr/bin/chromium"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--chromium"))
    }

    @Test func eachPDFIsA4WithEmbeddedFontsExtractableTextAndAFooterOnEveryPage() throws {
        let site = try TestPaths.pdfSite()
        let names = try footerNames()
        for folder in try tenants(site) {
            let pdf = PDFReader(path: "\(site)/\(folder)/report.pdf")
            let info = try #require(try pdf.info(), "\(folder): pdfinfo reports a problem")
            #expect(info["Page size"]?.hasPrefix("594.96 x 841.92 pts") == true, "\(folder): \(info["Page size"] ?? "")")
            let pages = try pdf.pageCount()
            #expect(pages >= 2, "\(folder): \(pages) pages")
            let fonts = try pdf.fonts()
            #expect(!fonts.isEmpty)
            for font in fonts { #expect(font.embedded, "\(folder): \(font.name) is not embedded") }
            let name = withoutSpaces(try #require(names[folder]))
            for page in 1...max(pages, 1) {
                let text = withoutSpaces(try pdf.text(page: page).replacingOccurrences(of: "&amp;", with: "&"))
                #expect(text.contains(name), "\(folder) page \(page): no running footer with the company")
                #expect(text.contains("2025"), "\(folder) page \(page): no period in the footer")
                #expect(text.contains("\(page)/\(pages)"), "\(folder) page \(page): no page number \(page) / \(pages)")
            }
            // The report itself is text, not pictures of text: its headings are found.
            let first = try pdf.text(page: 1)
            #expect(first.split(separator: "\n").count > 10, "\(folder): page 1 has almost no text")
        }
    }

    /// Issue 12: chart labels printed at about 4 pt. The footer is set at 8 pt (report.css), so
    /// its height in the PDF gives the scale for every other word's, whatever the font.
    @Test func noTextChartLabelsIncludedPrintsSmallerThanSevenPoints() throws {
        let site = try TestPaths.pdfSite()
        var smallest = Double.infinity
        for folder in try tenants(site) {
            let pdf = PDFReader(path: "\(site)/\(folder)/report.pdf")
            let words = try pdf.wordHeights()
            let pages = try pdf.pageCount()
            // The page numbers "p / N": the "/" between two numbers, the last of which is N.
            var footer: [Double] = []
            for i in words.indices.dropFirst().dropLast() where words[i].word == "/" && words[i + 1].word == "\(pages)" && Int(words[i - 1].word) != nil {
                footer.append(words[i].height)
            }
            #expect(footer.count == pages, "\(folder): \(footer.count) page numbers found on \(pages) pages")
            let eightPoints = try #require(footer.sorted().dropFirst(footer.count / 2).first)
            let sizes = words.map { (word: $0.word, points: $0.height * 8 / eightPoints) }
            let small = sizes.filter { $0.points < 6.95 }
            #expect(small.isEmpty, "\(folder): text below 7 pt: \(small.prefix(8).map { "\($0.word) \(($0.points * 10).rounded() / 10)" })")
            smallest = min(smallest, sizes.map(\.points).min() ?? .infinity)
            // Most words are body text, set at 10 pt: anything else means Chromium shrank the page
            // to fit something too wide (which is how the chart labels once came out at 4 pt).
            let common = Dictionary(grouping: sizes, by: { ($0.points * 10).rounded() / 10 }).max { $0.value.count < $1.value.count }?.key ?? 0
            #expect(abs(common - 10) < 0.15, "\(folder): body text at \(common) pt, not 10 pt: the page was scaled")
            // The SVG charts are there as text (their tick labels): the trend charts' 0.00 … 1.00 axis.
            #expect(words.contains { ["1.00", "1,00"].contains($0.word) }, "\(folder): no chart label found")
        }
        #expect(smallest >= 6.95)
    }

    /// No table leaves fewer than two of its rows on a page (every table of a report fits a page
    /// and is kept whole). Each table's row labels, from index.html, are looked for in order as
    /// the starts of lines of the printed pages.
    @Test func noTableLeavesALoneRowOnAPage() throws {
        let site = try TestPaths.pdfSite()
        for folder in try tenants(site) {
            let html = try String(contentsOfFile: "\(site)/\(folder)/index.html", encoding: .utf8)
            let pdf = PDFReader(path: "\(site)/\(folder)/report.pdf")
            let pages = try (1...max(try pdf.pageCount(), 1)).map { page in
                try pdf.text(page: page).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            }
            let tables = Self.tableRowLabels(html)
            #expect(tables.count >= 5, "\(folder): \(tables.count) tables")
            for labels in tables where labels.count >= 2 {
                let placed = try #require(Self.place(labels, in: pages), "\(folder): rows \(labels) not found in order")
                let rowsPerPage = Dictionary(grouping: placed, by: { $0 }).mapValues(\.count)
                #expect(rowsPerPage.values.allSatisfy { $0 >= 2 }, "\(folder): table \(labels.first ?? "") has rows per page \(rowsPerPage)")
            }
        }
    }

    /// The checker itself: a row alone at the top of a page is found, an earlier mention of the
    /// first label (the text before a table) does not count as the table's start.
    @Test func theTableCheckerFindsALoneRow() {
        let labels = ["Participants", "Volunteers", "Sessions"]
        let split = [["Participants took part in", "Participants 12", "Volunteers 4"], ["Sessions 9", "Text"]]
        #expect(Self.place(labels, in: split) == [0, 0, 1])
        let whole = [["Participants took part in", "Text"], ["Participants 12", "Volunteers 4", "Sessions 9"]]
        #expect(Self.place(labels, in: whole) == [1, 1, 1])
        #expect(Self.place(labels, in: [["Participants 12", "Sessions 9"]]) == nil)
        #expect(Self.tableRowLabels("<table><thead><tr><th>X</th></tr></thead><tbody><tr><th scope=\"row\">Økter&nbsp;i alt</th><td>1</td></tr><tr><td>Timer</td></tr></tbody></table>") == [["Økter", "Timer"]])
    }

    /// The first word of each body row's first cell, per table (tags stripped, entities of the
    /// escape decoded); rows of a table's several tbody elements together.
    static func tableRowLabels(_ html: String) -> [[String]] {
        html.components(separatedBy: "<table").dropFirst().map { table in
            let body = table.components(separatedBy: "</table>")[0].components(separatedBy: "</thead>").last ?? ""
            return body.components(separatedBy: "<tr>").dropFirst().compactMap { row -> String? in
                let cell = row.components(separatedBy: "</t")[0]
                guard let close = cell.firstIndex(of: ">") else { return nil }
                var text = String(cell[cell.index(after: close)...])
                while let open = text.range(of: "<"), let end = text[open.lowerBound...].firstIndex(of: ">") { text.removeSubrange(open.lowerBound...end) }
                text = text.replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
                    .replacingOccurrences(of: "\u{A0}", with: " ")
                return text.split(separator: " ").first.map(String.init)
            }
        }
    }

    /// The page of each label, matched in order to line starts; of the matches from each line
    /// that starts with the first label, the one over the fewest pages (a label such as
    /// "Participants" also starts lines of the text and the charts before its table). Nil when
    /// the sequence is not found.
    static func place(_ labels: [String], in pages: [[String]]) -> [Int]? {
        var best: [Int]?
        for (startPage, lines) in pages.enumerated() {
            for startLine in lines.indices where lines[startLine].hasPrefix(labels[0]) {
                var result = [startPage]
                var (page, line) = (startPage, startLine + 1)
                for label in labels.dropFirst() {
                    var found = false
                    while page < pages.count && !found {
                        while line < pages[page].count {
                            if pages[page][line].hasPrefix(label) { found = true; break }
                            line += 1
                        }
                        if !found { page += 1; line = 0 }
                    }
                    guard found else { break }
                    result.append(page)
                    line += 1
                }
                if result.count == labels.count, (result.last ?? 0) - startPage < (best.map { ($0.last ?? 0) - $0[0] } ?? Int.max) {
                    best = result
                }
            }
        }
        return best
    }

    @Test func twoBuildsOfTheSameSnapshotGiveTheSameBytesDatedTheSnapshot() throws {
        let site = try TestPaths.pdfSite()
        let again = TestPaths.fresh("site-pdf-again")
        let result = try CLI.run(try TestPaths.pdfSiteArguments(out: again))
        #expect(result.status == 0, "\(result.stderr)")
        let exportedAt = try #require(try Snapshot.open(try TestPaths.demo()).load().meta.exportedAt)
        for folder in try tenants(site) {
            let first = try Data(contentsOf: URL(fileURLWithPath: "\(site)/\(folder)/report.pdf"))
            let second = try Data(contentsOf: URL(fileURLWithPath: "\(again)/\(folder)/report.pdf"))
            #expect(first == second, "\(folder)/report.pdf differs between two builds")
            let info = try #require(try PDFReader(path: "\(site)/\(folder)/report.pdf").info())
            #expect(info["CreationDate"]?.hasPrefix(String(exportedAt.iso8601.dropLast())) == true, "\(info["CreationDate"] ?? "")")
        }
    }

    @Test func withoutABrowserTheBuildSaysHowToInstallOneAndWritesNothing() throws {
        let root = TestPaths.fresh("pdf-no-browser")
        let emptyPath = root + "/bin"
        try FileManager.default.createDirectory(atPath: emptyPath, withIntermediateDirectories: true)
        let company = try #require(try TestPaths.pdfCompanies().first)
        let result = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", root + "/site", "--pdf", "--company", company.id.description],
                                 environment: ["PATH": emptyPath])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("scripts/bootstrap --pdf") && result.stderr.contains("apt-get install chromium"))
        #expect(!FileManager.default.fileExists(atPath: root + "/site"))
        #expect(!FileManager.default.fileExists(atPath: root + "/review"))
    }

    /// A browser that hangs is stopped at CSR_REPORT_PRINT_SECONDS, one that fails is reported;
    /// either way the site built before stays exactly as it was.
    @Test(arguments: [("exec sleep 60", "did not finish printing within 1 s"), ("exit 3", "exited with status 3"), ("exit 0", "without writing the PDF")])
    func aBrowserThatHangsOrFailsLeavesTheOldSite(script: String, message: String) throws {
        let root = TestPaths.fresh("pdf-bad-browser")
        let company = try #require(try TestPaths.pdfCompanies().first)
        let arguments = ["build", "--db", try TestPaths.demo(), "--out", root + "/site", "--company", company.id.description]
        #expect(try CLI.run(arguments).status == 0)
        let before = try filesUnder(root + "/site")
        let browser = root + "/fake-chromium"
        try "#!/bin/sh\n\(script)\n".write(toFile: browser, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser)
        let started = Date()
        let result = try CLI.run(arguments + ["--pdf", "--chromium", browser], environment: ["CSR_REPORT_PRINT_SECONDS": "1"], timeout: 60)
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(message), "\(result.stderr)")
        #expect(try filesUnder(root + "/site") == before)
    }

    /// Names that try to leave the CSS string of the footer (quotes, backslash, `</style>`, a
    /// line break) print as they are, on every page, after the browser parsed the stylesheet.
    @Test func aHostileNamePrintsAsTextInTheFooter() throws {
        let browser = try BrowserLocation.find(explicit: nil, path: ProcessInfo.processInfo.environment["PATH"])
        let name = "</style><style>@page{@bottom-left{content:\"pwned\"}}</style> \"Q\" 'A' back\\slash\nnew line }"
        let report = RenderFixtures.report(name: name)
        let renderer = ReportRenderer(templates: TestLanguages.builtIn, locale: .fixed("en"))
        let page = try #require(try renderer.render(report).first { $0.name == "index.html" })
        let pdf = try PDFPrinter(browser: browser).print(page, folder: "hostile", dated: nil)
        let path = TestPaths.fresh("pdf-hostile") + "/report.pdf"
        try Data(pdf.bytes).write(to: URL(fileURLWithPath: path))
        let reader = PDFReader(path: path)
        let pages = try reader.pageCount()
        #expect(pages >= 2)
        for number in 1...max(pages, 1) {
            let text = withoutSpaces(try reader.text(page: number))
            #expect(text.contains(withoutSpaces(report.company.displayName)), "page \(number)")
            #expect(text.contains("\(number)/\(pages)"))
        }
    }
}
