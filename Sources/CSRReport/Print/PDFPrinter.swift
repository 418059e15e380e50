import Foundation

/// The print stage (`--pdf`): a tenant's `index.html` in, its `report.pdf` out, printed by headless
/// Chromium from the page's own print stylesheet (A4, running footer and page numbers in
/// `@page` margin boxes), then made reproducible (`ReproduciblePDF`).
///
/// ```swift
/// let printer = PDFPrinter(browser: try BrowserLocation.find(explicit: nil, path: env["PATH"]))
/// let pdf = try printer.print(page, folder: "acme-1a2b3c4d", dated: report.generatedAt)
/// ```
/// Each print runs in a fresh temporary folder (the page, the PDF and a throw-away browser
/// profile), removed afterwards whatever happens; nothing of it reaches `--out` except the
/// returned bytes, which the bundle stage publishes with the rest of the bundle.
public struct PDFPrinter: Sendable {
    public let browser: String
    /// Prints at once, whatever the number of cores: each is a whole Chromium (about 200 MB).
    public static let concurrentPrints = 4

    /// Seconds one print may take before the browser is killed (`CSR_REPORT_PRINT_SECONDS`).
    public var timeLimit: Double = 120

    public init(browser: String) {
        self.browser = browser
    }

    /// `CSR_REPORT_PRINT_SECONDS`: a positive number of seconds below a day; nil when not a valid one.
    public static func timeLimit(parsing text: String) -> Double? {
        guard let seconds = Double(text), seconds > 0, seconds < 86_400 else { return nil }
        return seconds
    }

    public func print(_ page: RenderedFile, folder: String, dated date: Timestamp?) throws -> RenderedFile {
        let work = try Self.makeWorkFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let html = work + "/index.html", pdf = work + "/report.pdf"
        do {
            try Data(page.bytes).write(to: URL(fileURLWithPath: html))
        } catch {
            throw PrintError.cannotPrepare(html, "\(error)")
        }
        let outcome: BrowserProcess.Outcome
        do {
            outcome = try BrowserProcess.run(browser, arguments: Self.arguments(profile: work + "/profile", output: pdf,
                                                                                 page: URL(fileURLWithPath: html).absoluteString),
                                             seconds: timeLimit)
        } catch {
            throw PrintError.browserFailed(folder: folder, browser: browser, status: "could not be started (\(error))")
        }
        switch outcome {
        case .timedOut: throw PrintError.timedOut(folder: folder, browser: browser, seconds: Int(timeLimit.rounded(.up)))
        case .signalled(let signal): throw PrintError.browserFailed(folder: folder, browser: browser, status: "was killed by signal \(signal)")
        case .exited(let status) where status != 0:
            throw PrintError.browserFailed(folder: folder, browser: browser, status: "exited with status \(status)")
        case .exited: break
        }
        guard let printed = FileManager.default.contents(atPath: pdf) else {
            throw PrintError.browserFailed(folder: folder, browser: browser, status: "exited with status 0")
        }
        do {
            return RenderedFile(name: "report.pdf", bytes: try ReproduciblePDF.normalised(Array(printed), dated: date))
        } catch let error as ReproduciblePDF.Unexpected {
            throw PrintError.unexpectedOutput(folder: folder, browser: browser, what: error.what)
        }
    }

    /// Headless, offline and quiet: no sandbox (it needs user namespaces, which containers and CI
    /// often lack; the page is the tool's own, script-free under its Content-Security-Policy), no
    /// background networking, updates, sync, crash reports or first-run work, every host name
    /// unresolvable, and no browser header or footer (the page's own `@page` boxes are the footer).
    static func arguments(profile: String, output: String, page: String) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(profile)",
         "--no-first-run", "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--disable-extensions", "--disable-default-apps", "--disable-breakpad", "--disable-crash-reporter",
         "--metrics-recording-only", "--mute-audio", "--password-store=basic", "--use-mock-keychain",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--print-to-pdf=\(output)", page]
    }

    private static func makeWorkFolder() throws -> String {
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("csr-report-print-XXXXXX").path
        var chars = Array(template.utf8CString)
        guard let made = mkdtemp(&chars) else { throw PrintError.cannotPrepare(template, String(cString: strerror(errno))) }
        return String(cString: made)
    }
}
