/// What can stop `--pdf`, each a one-line message; every one leaves `--out` as it was.
public enum PrintError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No Chromium on PATH (and no `--chromium`).
    case noBrowser
    /// `--chromium PATH` names nothing that can be run.
    case browserNotExecutable(String)
    case cannotPrepare(String, String)
    case browserFailed(folder: String, browser: String, status: String)
    case timedOut(folder: String, browser: String, seconds: Int)
    /// The browser exited cleanly but what it wrote is not a PDF this tool can make reproducible.
    case unexpectedOutput(folder: String, browser: String, what: String)

    public var description: String {
        switch self {
        case .noBrowser:
            "--pdf needs Chromium, and none is on PATH (chromium, chromium-browser, google-chrome): install it with "
                + "`scripts/bootstrap --pdf` or `sudo apt-get install chromium`, or name it with --chromium PATH (nothing was written)"
        case .browserNotExecutable(let path): "--chromium \(path): not an executable file (nothing was written)"
        case .cannotPrepare(let path, let why): "\(path): cannot prepare the print (\(why)); nothing was written"
        case .browserFailed(let folder, let browser, let status):
            "\(folder)/report.pdf: \(browser) \(status) without writing the PDF (nothing was written)"
        case .timedOut(let folder, let browser, let seconds):
            "\(folder)/report.pdf: \(browser) did not finish printing within \(seconds) s and was stopped; "
                + "CSR_REPORT_PRINT_SECONDS sets a longer limit (nothing was written)"
        case .unexpectedOutput(let folder, let browser, let what):
            "\(folder)/report.pdf: \(browser) wrote \(what) (nothing was written)"
        }
    }
}
