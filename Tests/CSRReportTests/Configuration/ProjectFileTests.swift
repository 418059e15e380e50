import Testing
@testable import CSRReport

/// `ProjectFile` on its own: values as the command line would have them, and the line of each
/// problem (the binary's side is `ConfigurationTests`).
@Suite struct ProjectFileTests {
    static let keys: [String: ProjectFile.Kind] = ["period": .value, "from": .value, "min_group_size": .value,
                                                   "company": .values, "zip": .flag]

    @Test func valuesInFileOrderAsTheCommandLineWritesThem() throws {
        let file = try ProjectFile.parse(text: """
            # settings
            zip = false
            min_group_size = 7   # bare
            from = 2025-07-01
            company = ["acme", 42]
            """, path: "p.toml", keys: Self.keys)
        #expect(file.settings == [
            .init(key: "zip", value: .flag(false), line: 2),
            .init(key: "min_group_size", value: .value("7"), line: 3),
            .init(key: "from", value: .value("2025-07-01"), line: 4),
            .init(key: "company", value: .values(["acme", "42"]), line: 5),
        ])
    }

    @Test func problemsNameTheLine() {
        func problem(_ text: String) -> String {
            do {
                _ = try ProjectFile.parse(text: text, path: "p.toml", keys: Self.keys)
                return "no error"
            } catch {
                return error.description
            }
        }
        #expect(problem("period = \"2025-Q3\"\n\ncompnay = [\"a\"]\n").hasPrefix("p.toml:3: unknown key compnay (did you mean company?)"))
        #expect(problem("period = \"2025-Q3\"\ncolour = \"red\"\n").hasPrefix("p.toml:2: unknown key colour:"))
        #expect(problem("build.period = \"2025-Q3\"\n").hasPrefix("p.toml:1: unknown key build"))
        #expect(problem("company = [\"a\", true]\n") == "p.toml:1: every item of company must be a text in quotes or a whole number")
        #expect(problem("zip = 1\n") == "p.toml:1: zip must be true or false (without quotes)")
        #expect(problem("zip = true\nzip = false\n").hasPrefix("p.toml:2: not valid TOML"))
        #expect(problem("period = [\"2025-Q3\"]\n").hasPrefix("p.toml:1: period must be one value"))
    }

    @Test func theCatalogsAndTheProjectFileFindLinesAlike() {
        let text = "# c\n[metric]\nsessions = \"x\"\nbuild.period = 1\n"
        #expect(TOMLSourceLines.line(of: "metric", in: text) == 2)
        #expect(TOMLSourceLines.line(of: "metric.sessions", in: text) == 3)
        #expect(TOMLSourceLines.line(of: "metric.build", in: text) == 4)
    }
}
