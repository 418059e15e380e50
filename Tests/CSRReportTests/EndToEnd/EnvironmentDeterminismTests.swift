import Foundation
import Testing

/// A build must not depend on the operator's locale or time zone (CI runners and laptops differ):
/// the demo site built under each environment is compared, file by file, with the shared build.
/// The locales are real ones (`scripts/bootstrap --tests` generates them), so a formatter that
/// followed LANG would show here: German decimal commas, Turkish dotless i, a far-away midnight.
@Suite struct EnvironmentDeterminismTests {
    static let environments: [[String: String]] = [
        ["LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"],
        ["LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8"],
        ["LANG": "C", "LC_ALL": "C"],
        ["TZ": "Pacific/Kiritimati"],
        ["TZ": "America/St_Johns", "LANG": "nb_NO.UTF-8", "LC_ALL": "nb_NO.UTF-8"],
    ]

    /// Generated locales, as `locale -a` spells them ("de_DE.utf8").
    static let installedLocales: Set<String> = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/locale")
        process.arguments = ["-a"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return [] }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map { $0.lowercased() })
    }()

    /// The demo built once in each company's own language (`--locale auto`, the default), so
    /// that the comparison covers the German, Norwegian, Polish and Ukrainian number and date
    /// formatting too. (The shared `TestPaths.site()` is English only.)
    static let autoSite: Result<String, Error> = {
        do {
            let out = TestPaths.fresh("site-auto")
            let result = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", out, "--zip"])
            guard result.status == 0 else {
                return .failure(NSError(domain: "build", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: result.stderr]))
            }
            return .success(out)
        } catch {
            return .failure(error)
        }
    }()

    @Test(arguments: environments)
    func buildIsByteIdentical(_ environment: [String: String]) throws {
        if let lang = environment["LC_ALL"], lang != "C" {
            // Without the locale glibc silently falls back to C and this test could not fail.
            let spelled = lang.lowercased().replacingOccurrences(of: "utf-8", with: "utf8")
            try #require(Self.installedLocales.contains(spelled), "\(lang) is not generated here: run scripts/bootstrap --tests")
        }
        let reference = try filesUnder(try Self.autoSite.get())
        let out = TestPaths.fresh("env-site")
        let result = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", out, "--zip"], environment: environment)
        try #require(result.status == 0, "build under \(environment) failed: \(result.stderr)")
        let built = try filesUnder(out)
        #expect(built.keys.sorted() == reference.keys.sorted(), "different files under \(environment)")
        for (path, bytes) in built.sorted(by: { $0.key < $1.key }) {
            #expect(reference[path] == bytes, "\(path) differs under \(environment)")
        }
    }
}
