import Foundation
import Testing
@testable import CSRReport

/// The project file (csr-report.toml, --config) and CSR_REPORT_<OPTION> variables, through the
/// real binary: flags over environment over file over defaults, and one line per mistake.
@Suite struct ConfigurationTests {
    /// Two companies of the shared demo snapshot, by id (builds of one or two stay fast).
    static func companyIDs() throws -> [String] {
        let db = try SQLiteConnection(readOnly: try TestPaths.demo())
        let statement = try db.prepare("SELECT id FROM companies ORDER BY id LIMIT 2")
        var ids: [String] = []
        while try statement.step() { ids.append(statement.text(0)!) }
        return ids
    }

    /// A project folder holding `csr-report.toml` with `text`, and a copy of the demo snapshot
    /// as `data/demo.sqlite`, so that the file can name it by a relative path.
    static func project(_ text: String) throws -> String {
        let folder = TestPaths.fresh("project")
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: try TestPaths.demo(), toPath: folder + "/data/demo.sqlite")
        try text.write(toFile: folder + "/csr-report.toml", atomically: true, encoding: .utf8)
        return folder
    }

    /// The report period and the tenant folders of a built site, from its summary JSON.
    static func summary(_ path: String) throws -> (period: String, folders: [String]) {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        let period = try #require((object["period"] as? [String: Any])?["label"] as? String)
        return (period, object["folders"] as? [String] ?? [])
    }

    @Test func flagsBeatEnvironmentBeatFileBeatDefaults() throws {
        let company = try #require(try Self.companyIDs().first)
        let folder = try Self.project("""
            # the project's settings
            db = "data/demo.sqlite"
            out = "public"
            period = "2025-Q2"
            min_group_size = 7
            company = ["\(company)"]
            locale = "en"
            zip = true
            """)

        // The file alone, run from its folder: its values, relative to it.
        let fileOnly = try CLI.run(["build", "--summary-json", "file.json"], directory: folder)
        #expect(fileOnly.status == 0, "\(fileOnly.stderr)")
        let built = try Self.summary(folder + "/file.json")
        #expect(built.period == "2025-Q2")
        let tenant = try #require(built.folders.first)
        #expect(built.folders.count == 1)
        #expect(FileManager.default.fileExists(atPath: folder + "/public/\(tenant).zip"))
        let report = try String(contentsOfFile: folder + "/public/\(tenant)/report.md", encoding: .utf8)
        #expect(report.contains("fewer than 7 people"), "min_group_size = 7 reached the report")
        // Default review folder: beside the file's `out`.
        #expect(FileManager.default.fileExists(atPath: folder + "/review/\(tenant).csv"))

        // The environment over the file: another period, no zip, a k of 6.
        let environment = ["CSR_REPORT_PERIOD": "2025-Q3", "CSR_REPORT_ZIP": "0", "CSR_REPORT_MIN_GROUP_SIZE": "6"]
        let overFile = try CLI.run(["build", "--summary-json", "env.json"], environment: environment, directory: folder)
        #expect(overFile.status == 0, "\(overFile.stderr)")
        #expect(try Self.summary(folder + "/env.json").period == "2025-Q3")
        #expect(!FileManager.default.fileExists(atPath: folder + "/public/\(tenant).zip"))
        #expect(try String(contentsOfFile: folder + "/public/\(tenant)/report.md", encoding: .utf8).contains("fewer than 6 people"))

        // Typed options over both; --from/--to typed hide the period of both levels below.
        let typed = try CLI.run(["build", "--summary-json", "flags.json", "--from", "2025-07-01", "--to", "2025-08-31", "--zip",
                                 "--min-group-size", "5", "--out", "typed"], environment: environment, directory: folder)
        #expect(typed.status == 0, "\(typed.stderr)")
        #expect(try Self.summary(folder + "/flags.json").period.contains("2025-07-01") || Self.summary(folder + "/flags.json").period.contains("Jul"))
        #expect(FileManager.default.fileExists(atPath: folder + "/typed/\(tenant).zip"))
        #expect(try String(contentsOfFile: folder + "/typed/\(tenant)/report.md", encoding: .utf8).contains("fewer than 5 people"))
    }

    @Test func relativePathsFollowTheFileAndConfigNamesIt() throws {
        let company = try #require(try Self.companyIDs().first)
        let folder = try Self.project("""
            db = "data/demo.sqlite"
            out = "public"
            period = "2025-Q3"
            company = ["\(company)"]
            locale = "en"
            """)
        // Run from elsewhere with --config: out and db are the file's folder's, not the working folder's.
        let elsewhere = TestPaths.fresh("elsewhere")
        let result = try CLI.run(["build", "--config", folder + "/csr-report.toml"], directory: elsewhere)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/public/manifest.json"))
        #expect(!FileManager.default.fileExists(atPath: elsewhere + "/public"))

        // CSR_REPORT_CONFIG names it too; a relative --out typed stays relative to the working folder.
        let named = try CLI.run(["build", "--out", "mine"], environment: ["CSR_REPORT_CONFIG": folder + "/csr-report.toml"], directory: elsewhere)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(FileManager.default.fileExists(atPath: elsewhere + "/mine/manifest.json"))

        // `figures` and `validate` read the keys they share with build (db, period, ...) and
        // leave the others (out, company, locale) alone.
        let figures = try CLI.run(["figures"], directory: folder)
        #expect(figures.status == 0, "\(figures.stderr)")
        #expect(figures.stdout.contains("2025-Q3"))
        let validate = try CLI.run(["validate"], directory: folder)
        #expect(validate.status != 2, "validate takes db from the file: \(validate.stderr)")
    }

    @Test func environmentListsAreCommaSeparated() throws {
        let ids = try Self.companyIDs()
        #expect(ids.count == 2)
        let out = TestPaths.fresh("env-list") + "/site"
        let result = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", out, "--period", "2025-Q3", "--locale", "en",
                                  "--summary-json", out + ".json"],
                                 environment: ["CSR_REPORT_COMPANY": " \(ids[0]) ,\(ids[1]),"], directory: TestPaths.fresh("env-list-cwd"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.summary(out + ".json").folders.count == 2)
    }

    /// Each mistake is one line naming the file and line (or the variable), exit 2.
    @Test func mistakesAreOneLineNamingTheSource() throws {
        let cases: [(file: String, environment: [String: String], expected: [String])] = [
            ("period = \"2025-Q3\"\nperod = \"2025-Q2\"\n", [:], ["csr-report.toml:2:", "unknown key perod", "did you mean period?"]),
            ("min-group-size = 5\n", [:], ["csr-report.toml:1:", "did you mean min_group_size?"]),
            ("[build]\nperiod = \"2025-Q3\"\n", [:], ["csr-report.toml:1:", "unknown key build"]),
            ("\n\nzip = \"yes\"\n", [:], ["csr-report.toml:3:", "zip must be true or false"]),
            ("company = \"acme\"\n", [:], ["csr-report.toml:1:", "company must be a list"]),
            ("min_group_size = 5.5\n", [:], ["csr-report.toml:1:", "min_group_size must be one value"]),
            ("period = \"2025-Q3\"\nperiod = \"2025-Q2\"\n", [:], ["csr-report.toml:2:", "not valid TOML"]),
            ("out = \"site\n", [:], ["csr-report.toml:1:", "not valid TOML"]),
            // Values meet the same validation as typed ones, named by their source.
            ("# k\nmin_group_size = 2\n", [:], ["csr-report.toml:2: min_group_size:", "at least 3"]),
            ("period = \"2025-Q5\"\n", [:], ["csr-report.toml:1: period:", "2025-Q5"]),
            ("from = 2025-07-01\n", [:], ["csr-report.toml:1: from:", "--to"]),
            ("locale = \"xx\"\n", [:], ["csr-report.toml:1: locale:", "unknown locale \"xx\""]),
            // No one value is wrong: the message says where the ones it names came from.
            ("period = \"2025-Q3\"\nfrom = 2025-07-01\nto = 2025-09-30\n", [:],
             ["not both", "(set in csr-report.toml:1: period, csr-report.toml:2: from, csr-report.toml:3: to)"]),
            ("", ["CSR_REPORT_MIN_GROUP_SIZE": "2"], ["CSR_REPORT_MIN_GROUP_SIZE: --min-group-size must be at least 3"]),
            ("", ["CSR_REPORT_TREND_PERIODS": "many"], ["CSR_REPORT_TREND_PERIODS: ", "'many'"]),
            ("", ["CSR_REPORT_ZIP": "maybe"], ["CSR_REPORT_ZIP=maybe:", "1, true or yes"]),
            ("", ["CSR_REPORT_CONFIG": "nowhere.toml"], ["nowhere.toml: no such file", "CSR_REPORT_CONFIG"]),
        ]
        for (text, environment, expected) in cases {
            let folder = TestPaths.fresh("mistake")
            try text.write(toFile: folder + "/csr-report.toml", atomically: true, encoding: .utf8)
            let result = try CLI.run(["build"], environment: environment, directory: folder)
            #expect(result.status == 2, "\(text) \(environment): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
            for part in expected {
                #expect(result.stderr.contains(part), "\(text) \(environment): \(result.stderr)")
            }
            #expect(!FileManager.default.fileExists(atPath: folder + "/site"))
        }
        // A --config that does not exist is an error; no csr-report.toml in the working folder is not.
        let missing = try CLI.run(["build", "--config", "missing.toml"], directory: TestPaths.fresh("no-config"))
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("missing.toml: no such file") && missing.stderr.contains("--config"))
        let none = try CLI.run(["figures", "--db", try TestPaths.demo(), "--period", "2025-Q3", "--min-group-size", "3"],
                               directory: TestPaths.fresh("no-config"))
        #expect(none.status == 0, "\(none.stderr)")
        // A period in the environment hides the file's from/to: no "not both".
        let alternatives = TestPaths.fresh("alternatives")
        try "db = \"\(try TestPaths.demo())\"\nfrom = 2025-07-01\nto = 2025-09-30\n"
            .write(toFile: alternatives + "/csr-report.toml", atomically: true, encoding: .utf8)
        let hidden = try CLI.run(["figures"], environment: ["CSR_REPORT_PERIOD": "2025-Q2"], directory: alternatives)
        #expect(hidden.status == 0, "\(hidden.stderr)")
        #expect(hidden.stdout.contains("\"2025-Q2\""))
        // Help works beside a broken project file.
        let broken = TestPaths.fresh("broken")
        try "perod = 1\n".write(toFile: broken + "/csr-report.toml", atomically: true, encoding: .utf8)
        let help = try CLI.run(["build", "--help"], directory: broken)
        #expect(help.status == 0)
        #expect(help.stdout.contains("csr-report.toml"))
    }

    // MARK: every option, configurable and documented

    /// `build`'s options as the parser describes them (what `--help` and completions show).
    static func buildOptions() throws -> [(name: String, kind: String, repeating: Bool, inverted: Bool)] {
        let dump = try CLI.run(["build", "--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let arguments = try #require((root["command"] as? [String: Any])?["arguments"] as? [[String: Any]])
        let all = arguments.compactMap { argument -> (name: String, kind: String, repeating: Bool)? in
            guard let preferred = argument["preferredName"] as? [String: Any], let name = preferred["name"] as? String,
                  let kind = argument["kind"] as? String, !["help", "config", "version"].contains(name) else { return nil }
            return (name, kind, argument["isRepeating"] as? Bool ?? false)
        }
        // `--no-zip` is listed as an argument of its own: the off value of `zip`.
        let names = Set(all.map(\.name))
        return all.filter { !($0.name.hasPrefix("no-") && names.contains(String($0.name.dropFirst(3)))) }
            .map { ($0.name, $0.kind, $0.repeating, names.contains("no-" + $0.name)) }
    }

    /// Every option of `build` is a key of the file (a wrong type is a type error, not an
    /// unknown key), a flag has its --no- form (so a command line can undo the file), and the
    /// README's table lists its key and variable: a new option fails here until it is documented.
    @Test func everyBuildOptionIsAKeyAVariableAndDocumented() throws {
        let options = try Self.buildOptions()
        #expect(options.count >= 18)
        let readme = try String(contentsOfFile: Self.repository + "/README.md", encoding: .utf8)
        let reserved = ["CACHE", "QUERY_SECONDS", "TEST_FAULT", "TEST_BINARY", "UPDATE_GOLDEN", "CONFIG"]
        let folder = TestPaths.fresh("keys")
        for option in options {
            let key = option.name.replacingOccurrences(of: "-", with: "_")
            let variable = "CSR_REPORT_" + key.uppercased()
            try "\n\(key) = 1.5\n".write(toFile: folder + "/csr-report.toml", atomically: true, encoding: .utf8)
            let result = try CLI.run(["build"], directory: folder)
            let expected = option.kind == "flag" ? "must be true or false" : option.repeating ? "must be a list" : "must be one value"
            #expect(result.status == 2 && result.stderr.contains("csr-report.toml:2: \(key) \(expected)"), "\(key): \(result.stderr)")
            if option.kind == "flag" {
                #expect(option.inverted, "--\(option.name) needs --no-\(option.name)")
                let bad = try CLI.run(["build"], environment: [variable: "maybe"], directory: TestPaths.fresh("keys-env"))
                #expect(bad.status == 2 && bad.stderr.contains("\(variable)=maybe"), "\(variable): \(bad.stderr)")
            }
            #expect(readme.contains("| `\(key)` | `\(variable)` |"), "README, Configuration: no row for \(key)")
            #expect(!reserved.contains(String(variable.dropFirst("CSR_REPORT_".count))), "\(variable) is taken")
        }
        // And no row for an option that is gone.
        let documented = readme.split(separator: "\n").filter { $0.hasPrefix("| `") && $0.contains("` | `CSR_REPORT_") }
            .map { String($0.dropFirst(3).prefix { $0 != "`" }) }
        #expect(Set(documented) == Set(options.map { $0.name.replacingOccurrences(of: "-", with: "_") }))
    }

    /// The README's complete example file is a valid project file.
    @Test func readmeExampleIsValid() throws {
        let readme = try String(contentsOfFile: Self.repository + "/README.md", encoding: .utf8)
        let start = try #require(readme.range(of: "```toml\n# csr-report.toml"))
        let text = String(readme[start.upperBound...].prefix { $0 != "`" })
        let folder = TestPaths.fresh("readme-example")
        try ("# csr-report.toml" + text).write(toFile: folder + "/csr-report.toml", atomically: true, encoding: .utf8)
        // Every key of the example is read and type-checked; validate takes only db, typed here.
        let result = try CLI.run(["validate", "--db", try TestPaths.demo()], directory: folder)
        #expect(result.status != 2, "\(result.stderr)")
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
}
