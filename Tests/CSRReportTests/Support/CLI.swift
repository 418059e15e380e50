import Foundation
@testable import CSRDemoData
@testable import CSRReport

/// Runs the real `csr-report` binary (built beside the test bundle) and captures its output.
enum CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var binary: String {
        // To run the end-to-end tests against another build (e.g. to see a new test fail on the old code).
        if let path = ProcessInfo.processInfo.environment["CSR_REPORT_TEST_BINARY"] { return path }
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [here, here.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("csr-report").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        // `swift test` runs from the package root: fall back to the default build folder.
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/csr-report").path
    }

    /// `timeout`: the process is killed (SIGKILL) after that many seconds, so a test of a hang
    /// fails instead of hanging the suite.
    /// `directory`: the working folder (default: the test's own), where a `csr-report.toml` is looked for.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    timeout: Double? = nil, directory: String? = nil) throws -> Result {
        try run(program: binary, arguments, stdin: stdin, environment: environment, timeout: timeout, directory: directory)
    }

    /// Runs another program than csr-report (a script of the repository) the same way.
    static func run(program: String, _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    timeout: Double? = nil, directory: String? = nil) throws -> Result {
        let process = Process()
        if let timeout {
            // coreutils' timeout is the tool's parent, so it can kill it without racing a reused pid.
            process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
            process.arguments = ["-s", "KILL", "\(timeout)", program] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        // A developer's own CSR_REPORT_PERIOD (or any other setting) must not change what a test builds.
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CSR_REPORT_") }
        env["CSR_REPORT_CACHE"] = TestPaths.cacheFolder
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot fill a pipe and block.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Paths shared by the end-to-end tests: one small demo snapshot, made once per test run.
enum TestPaths {
    static let root: String = {
        removeStaleTestFolders()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csr-report-e2e-\(ProcessInfo.processInfo.processIdentifier)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// Earlier runs' folders (demo snapshots, built sites) are removed once they are an hour old,
    /// so repeated test runs do not fill the temporary folder; a run still going is never that old.
    static func removeStaleTestFolders() {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory.path
        guard let names = try? fm.contentsOfDirectory(atPath: tmp) else { return }
        let cutoff = Date().addingTimeInterval(-3600)
        for name in names where name.hasPrefix("csr-report-e2e-") || name.hasPrefix("csr-report-tests-") {
            let path = tmp + "/" + name
            if let modified = (try? fm.attributesOfItem(atPath: path))?[.modificationDate] as? Date, modified < cutoff {
                try? fm.removeItem(atPath: path)
            }
        }
    }

    static var cacheFolder: String { root + "/cache" }

    static func fresh(_ name: String) -> String {
        let path = root + "/\(name)-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The demo snapshot the end-to-end tests share (6 companies, scale 0.5, default seed).
    static let demoSnapshot: Result<String, Error> = {
        let path = root + "/demo.sqlite"
        do {
            _ = try DemoSnapshotGenerator(options: DemoDataOptions(companies: 6, scale: 0.5, seed: 2025))
                .write(to: path, ddl: SnapshotSchema.ddl, overwrite: true)
            return .success(path)
        } catch {
            return .failure(error)
        }
    }()

    static func demo() throws -> String { try demoSnapshot.get() }

    /// One build of the demo snapshot, shared by the tests that only read its output. In
    /// English (`--locale en`), so that tests may look for English words whatever languages the
    /// demo companies' countries have; the language choice is tested on its own (LocaleCLITests).
    static let demoSite = sharedBuild("site") { out in ["build", "--db", try demo(), "--out", out, "--zip", "--locale", "en"] }

    static func site() throws -> String { try demoSite.get() }

    /// The arguments of the shared build in each company's own language (`--locale auto`), for
    /// a fixed period so that it does not move with the snapshot's or the clock's date.
    static func autoSiteArguments(out: String) throws -> [String] {
        ["build", "--db", try demo(), "--out", out, "--zip", "--period", "2025-Q3", "--locale", "auto"]
    }

    /// One build of the demo snapshot in each company's language, shared by the golden files
    /// per language and the environment-determinism tests.
    static let demoSiteAuto = sharedBuild("site-auto", autoSiteArguments)

    static func autoSite() throws -> String { try demoSiteAuto.get() }

    /// The companies of the `--pdf` build: a Norwegian and a Ukrainian one, and the one with the
    /// hostile name (quotes, `<script>`, Markdown), each in its own language.
    static func pdfCompanies() throws -> [CompanyRow] {
        let companies = try Snapshot.open(try demo()).load().companies
        let picked = [companies.first { $0.country == "NO" }, companies.first { $0.country == "UA" }, companies.first { $0.name.contains("<script>") }]
        return picked.compactMap { $0 }
    }

    static func pdfSiteArguments(out: String) throws -> [String] {
        ["build", "--db", try demo(), "--out", out, "--period", "2025-Q3", "--locale", "auto", "--zip", "--pdf"]
            + (try pdfCompanies()).flatMap { ["--company", $0.id.description] }
    }

    /// One `--pdf` build of three demo companies (`pdfCompanies`), shared by the PDF tests.
    static let demoSitePDF = sharedBuild("site-pdf", pdfSiteArguments)

    static func pdfSite() throws -> String { try demoSitePDF.get() }

    /// Builds into a fresh folder named after `name`, once; a failed build is kept as the error
    /// every test that reads the site reports.
    private static func sharedBuild(_ name: String, _ arguments: (String) throws -> [String]) -> Result<String, Error> {
        do {
            let out = fresh(name)
            let result = try CLI.run(try arguments(out))
            guard result.status == 0 else {
                return .failure(NSError(domain: "build", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: result.stderr]))
            }
            return .success(out)
        } catch {
            return .failure(error)
        }
    }
}

/// Every regular file under a folder, relative path -> bytes.
func filesUnder(_ folder: String) throws -> [String: Data] {
    var result: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return result }
    for case let relative as String in enumerator {
        var isDirectory: ObjCBool = false
        let path = folder + "/" + relative
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            result[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
    }
    return result
}

extension CLI {
    /// Runs a system tool (cp, mount) and returns its exit status; its output is discarded.
    static func runTool(_ path: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
