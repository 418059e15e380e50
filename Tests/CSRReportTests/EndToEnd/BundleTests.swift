import Foundation
import Testing
@testable import CSRDemoData
@testable import CSRReport

/// Issue 4's rules, checked on a real build of the demo snapshot through the CLI.
@Suite(.serialized) struct BundleTests {
    private func tenants(_ site: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site).filter {
            FileManager.default.fileExists(atPath: site + "/" + $0 + "/index.html")
        }.sorted()
    }

    @Test func everyBundleHasItsFilesAndTheManifestMatchesThem() throws {
        let site = try TestPaths.site()
        let folders = try tenants(site)
        #expect(folders.count == 6)
        for folder in folders {
            for file in ["index.html", "email.html", "email.txt", "report.md", "metrics.csv", "trends.csv", "evidence.csv", "figures.xlsx"] {
                #expect(FileManager.default.fileExists(atPath: "\(site)/\(folder)/\(file)"), "\(folder)/\(file)")
            }
            #expect(FileManager.default.fileExists(atPath: "\(site)/\(folder).zip"))
            // No folder name comes from unsanitised data.
            #expect(folder.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }, "\(folder)")
        }
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: site + "/manifest.json"))) as? [String: Any])
        #expect(manifest["period"] as? String == "2025-Q3")
        #expect((manifest["snapshot_sha256"] as? String)?.count == 64)
        let files = try #require(manifest["files"] as? [[String: Any]])
        let onDisk = try filesUnder(site).filter { $0.key != "manifest.json" }
        #expect(Set(files.compactMap { $0["path"] as? String }) == Set(onDisk.keys))
        for entry in files {
            let path = try #require(entry["path"] as? String)
            let data = try #require(onDisk[path])
            #expect(entry["bytes"] as? Int == data.count)
            #expect(entry["sha256"] as? String == sha256Hex(data), "\(path)")
        }
    }

    @Test func noTenantsDataAppearsInAnotherTenantsBundle() throws {
        let site = try TestPaths.site()
        let data = try Snapshot.open(try TestPaths.demo()).load()
        let folders = TenantFolderName.assign(data.companies)
        var contents: [String: String] = [:]
        for folder in try tenants(site) {
            contents[folder] = try filesUnder(site + "/" + folder).values.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        }
        for company in data.companies {
            let own = try #require(folders[company.id])
            // Strings unique to one tenant: its id, its folder name, its name as written and escaped.
            let markers = [company.id.description, own, company.name, htmlEscape(company.name)].filter { $0.count >= 6 }
            for (folder, text) in contents where folder != own {
                for marker in markers {
                    #expect(!text.contains(marker), "\(folder) mentions another tenant")
                }
            }
        }
    }

    @Test func noPersonalDataInAnyOutput() throws {
        let site = try TestPaths.site()
        let db = try SQLiteConnection(readOnly: try TestPaths.demo())
        // Every id of a person or of a text about one, and every user's e-mail and full name.
        var personIDs: Set<String> = [], emails: Set<String> = [], fullNames: Set<String> = []
        let users = try db.prepare("SELECT id, lower(email), lower(first_name || ' ' || last_name) FROM users")
        while try users.step() {
            personIDs.insert(users.text(0)!.lowercased())
            if let email = users.text(1) { emails.insert(email) }
            if let name = users.text(2) { fullNames.insert(name) }
        }
        for table in ["kintell_sessions", "buddy_matches", "buddy_feedback", "buddy_checkins", "outcome_scores", "evidence_snippets", "company_users"] {
            let ids = try db.prepare("SELECT lower(id) FROM \(table)")
            while try ids.step() { personIDs.insert(ids.text(0)!) }
        }
        let text = try filesUnder(site).filter { !$0.key.hasSuffix(".zip") }.values
            .map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n").lowercased()
        // Set lookups of what the output holds, instead of searching the output once per marker.
        let uuids = text.matches(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/).map { String($0.output) }
        #expect(!uuids.isEmpty)   // company ids are there, in metrics.csv
        #expect(Set(uuids).isDisjoint(with: personIDs), "a person's or a text's id is in the output")
        let words = text.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }).map(String.init)
        let pairs = Set(zip(words, words.dropFirst()).map { "\($0) \($1)" })
        #expect(pairs.isDisjoint(with: fullNames), "a user's full name is in the output: \(pairs.intersection(fullNames).prefix(3))")
        #expect(text.matches(of: /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/).isEmpty, "an e-mail address")
        // Structured PII the demo plants in texts never survives.
        #expect(text.range(of: #"\+(47|380|49|48|44)( ?\d){6,}"#, options: .regularExpression) == nil, "a phone number")
        #expect(text.range(of: #"\bno\d{2} ?\d{4} ?\d{4} ?\d{3}\b"#, options: .regularExpression) == nil, "a Norwegian IBAN")
    }

    /// A quote never holds a user's first or last name in any form the demo writes it in: as
    /// stored, or carried to the other script the way a writer of the other language spells it
    /// ("Після занять з Томас" once leaked so).
    @Test func noUsersNameInAnyFormInAQuote() throws {
        let site = try TestPaths.site()
        let db = try SQLiteConnection(readOnly: try TestPaths.demo())
        var forms: Set<String> = []
        let users = try db.prepare("SELECT first_name, last_name FROM users")
        while try users.step() {
            for name in [users.text(0), users.text(1)].compactMap({ $0 }) where name.count >= 3 {
                let other = DemoTransliteration.isCyrillic(name) ? DemoTransliteration.toLatin(name) : DemoTransliteration.toCyrillic(name)
                forms.formUnion([name.lowercased(), other.lowercased()])
            }
        }
        let quotes = try filesUnder(site).filter { $0.key.hasSuffix("/evidence.csv") }.values
            .map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n").lowercased()
        let words = Set(quotes.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init))
        #expect(words.count > 100)
        // A name that is also an everyday word ("Weiß", "weiß ich") may stand as the word.
        let leaked = words.intersection(forms).filter { !NameFolding.keys(for: $0).contains(where: CommonWords.everydayOrSurnameNoun.contains) }
        #expect(leaked.isEmpty, "a user's name is in a quote: \(leaked.sorted().prefix(5))")
    }

    @Test func htmlIsSelfContainedAndInert() throws {
        let site = try TestPaths.site()
        for (path, data) in try filesUnder(site) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self).lowercased()
            // Hostile names legitimately appear as escaped text; what matters is what is inside tags.
            let tags = html.matches(of: /<[^>]*>/).map { String($0.output) }
            #expect(!tags.isEmpty)
            for banned in ["<script", "javascript:", "http://", "https://", "data:", "<img", "<iframe", "<link", "<object", "<embed", "onerror", "onload", "onclick"] {
                #expect(!tags.contains { $0.contains(banned) }, "\(path) has a tag with \(banned)")
            }
            #expect(!html.contains("<script"))
            #expect(!html.contains("@import") && !html.contains("url("))
        }
        for folder in try tenants(site) {
            let page = try String(contentsOfFile: "\(site)/\(folder)/index.html", encoding: .utf8)
            #expect(page.contains("prefers-color-scheme: dark"))
            #expect(page.contains("@media print"))
            #expect(page.contains("<svg") == page.contains("role=\"img\""))
        }
    }

    @Test func emailIsSmallTableLaidOutAndHasNoSVG() throws {
        let site = try TestPaths.site()
        for folder in try tenants(site) {
            let email = try Data(contentsOf: URL(fileURLWithPath: "\(site)/\(folder)/email.html"))
            #expect(email.count < 90 * 1024)
            let html = String(decoding: email, as: UTF8.self).lowercased()
            #expect(!html.contains("<svg") && !html.contains("<style") && !html.contains("data:"))
            #expect(html.contains("<table") && html.contains("width=\"700\""))
            let text = try String(contentsOfFile: "\(site)/\(folder)/email.txt", encoding: .utf8)
            #expect(!text.isEmpty)
        }
    }

    @Test func csvIsRFC4180WithTheFormulaGuard() throws {
        let site = try TestPaths.site()
        for folder in try tenants(site) {
            for file in ["metrics.csv", "trends.csv", "evidence.csv"] {
                let text = try String(contentsOfFile: "\(site)/\(folder)/\(file)", encoding: .utf8)
                #expect(text.hasSuffix("\r\n"))
                let rows = parseCSV(text)
                let width = rows.first?.count ?? 0
                #expect(rows.allSatisfy { $0.count == width }, "\(folder)/\(file)")
                for cell in rows.dropFirst().flatMap({ $0 }) {
                    // Text cells never start a formula; numbers (which may be negative) are numbers.
                    if let first = cell.first, "=+-@\t\r".contains(first) {
                        #expect(Double(cell) != nil, "\(folder)/\(file): \(cell.prefix(20))")
                    }
                }
            }
            let metrics = parseCSV(try String(contentsOfFile: "\(site)/\(folder)/metrics.csv", encoding: .utf8))
            #expect(metrics.count == 4)
            #expect(metrics[0].prefix(18).joined(separator: ",") == "company_id,company_name,period,period_start,period_end,participants_count,volunteers_count,sessions_count,volunteer_hours,buddy_matches_active,buddy_events_count,courses_completed,avg_language_level,avg_integration_score,avg_job_readiness,sroi_ratio,vis_score,suppressed")
        }
    }

    @Test func theSmallTenantIsSuppressedNotLeaked() throws {
        let site = try TestPaths.site()
        let figures = ReportFigures(data: try Snapshot.open(try TestPaths.demo()).load(), settings: ReportSettings())
        let tenants = figures.tenants(for: try Period(parsing: "2025-Q3"))
        let small = try #require(tenants.first { $0.report.current.value(.participantsCount) == .suppressed })
        let folder = try #require(TenantFolderName.assign(figures.data.companies)[small.audit.companyID])
        let csv = parseCSV(try String(contentsOfFile: "\(site)/\(folder)/metrics.csv", encoding: .utf8))
        let header = csv[0]
        let row = csv[1]
        #expect(row[header.firstIndex(of: "participants_count")!] == "")
        #expect(row[header.firstIndex(of: "suppressed")!].split(separator: ";").first == "participants_count")
        let page = try String(contentsOfFile: "\(site)/\(folder)/index.html", encoding: .utf8)
        #expect(page.contains("fewer than 5"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let snapshot = try TestPaths.demo()
        let a = TestPaths.fresh("det-a"), b = TestPaths.fresh("det-b")
        #expect(try CLI.run(["build", "--db", snapshot, "--out", a, "--zip"]).status == 0)
        #expect(try CLI.run(["build", "--db", snapshot, "--out", b, "--zip"]).status == 0)
        let filesA = try filesUnder(a), filesB = try filesUnder(b)
        #expect(filesA.keys.sorted() == filesB.keys.sorted())
        for (path, data) in filesA { #expect(filesB[path] == data, "\(path) differs") }
        // The generated date follows SOURCE_DATE_EPOCH, never the clock.
        let c = TestPaths.fresh("det-c")
        #expect(try CLI.run(["build", "--db", snapshot, "--out", c], environment: ["SOURCE_DATE_EPOCH": "1735689600"]).status == 0)
        let manifest = try String(contentsOfFile: c + "/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"generated_at\": \"2025-01-01T00:00:00Z\""))
    }

    @Test func aFailedBuildLeavesThePreviousBundleIntact() throws {
        let snapshot = try TestPaths.demo()
        let out = TestPaths.fresh("atomic")
        #expect(try CLI.run(["build", "--db", snapshot, "--out", out]).status == 0)
        let before = try filesUnder(out)
        // A template that renders for some tenants but breaks the build: an unknown component.
        let templates = TestPaths.fresh("broken-templates")
        try FileManager.default.createDirectory(atPath: templates + "/en", withIntermediateDirectories: true)
        try "# {{company.name}}\n\n```csr-component\nno-such-component\n```\n".write(toFile: templates + "/en/report.md.mustache", atomically: true, encoding: .utf8)
        let failed = try CLI.run(["build", "--db", snapshot, "--out", out, "--templates", templates, "--period", "2025-Q2"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("report.md.mustache"))
        let after = try filesUnder(out)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, data) in before { #expect(after[path] == data, "\(path) changed") }
    }

    @Test func shardsPartitionTheTenantsAndShareTheIndex() throws {
        let snapshot = try TestPaths.demo()
        var seen: [String] = []
        var indexes: Set<Data> = []
        for i in 1...3 {
            let out = TestPaths.fresh("shard\(i)")
            let result = try CLI.run(["build", "--db", snapshot, "--out", out, "--shard", "\(i)/3"])
            #expect(result.status == 0)
            seen += try tenants(out)
            indexes.insert(try Data(contentsOf: URL(fileURLWithPath: out + "/index.html")))
            #expect(FileManager.default.fileExists(atPath: out + "/manifest-shard-\(i)-of-3.json"))
        }
        #expect(seen.count == 6 && Set(seen).count == 6)
        #expect(indexes.count == 1)
    }

    @Test func theSummaryWarnsAboutUnfinishedAndEmptyPeriods() throws {
        let snapshot = try TestPaths.demo()
        let unfinished = try CLI.run(["build", "--db", snapshot, "--out", TestPaths.fresh("q4"), "--period", "2025-Q4", "--allow-incomplete"])
        #expect(unfinished.status == 0)
        #expect(unfinished.stderr.contains("warning: 2025-Q4 ends after the snapshot was exported (2025-10-03)"))
        let empty = try CLI.run(["build", "--db", snapshot, "--out", TestPaths.fresh("2019"), "--period", "2019"])
        #expect(empty.stderr.contains("warning: no company has any activity in 2019"))
        let normal = try CLI.run(["build", "--db", snapshot, "--out", TestPaths.fresh("q3"), "--period", "2025-Q3"])
        #expect(!normal.stderr.contains("warning: 2025-Q3"))
        #expect(normal.stderr.contains("built 6 tenant bundles for 2025-Q3"))
    }

    @Test func companyFilterTakesAnIdOrAFolderName() throws {
        let snapshot = try TestPaths.demo()
        let data = try Snapshot.open(snapshot).load()
        let folders = TenantFolderName.assign(data.companies)
        let first = data.companies[0], second = data.companies[1]
        let out = TestPaths.fresh("filter")
        let result = try CLI.run(["build", "--db", snapshot, "--out", out, "--company", first.id.description.uppercased(),
                                  "--company", folders[second.id]!])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try tenants(out) == [folders[first.id]!, folders[second.id]!].sorted())
        let unknown = try CLI.run(["build", "--db", snapshot, "--out", out, "--company", "nope"])
        #expect(unknown.status == 1 && unknown.stderr.contains("--company nope"))
    }

    @Test func validateFindsEveryPlantedProblemAndNothingElse() throws {
        let result = try CLI.run(["validate", "--db", try TestPaths.demo(), "--json"])
        #expect(result.status == 1)   // planted errors make a report wrong
        let report = try JSONDecoder().decode(ValidationReport.self, from: Data(result.stdout.utf8))
        for planted in DemoPlantedProblem.all {
            #expect(report.findings.contains { $0.table == planted.table && $0.column == planted.column && $0.exampleIDs.contains(planted.rowID) },
                    "validate missed \(planted.code)")
        }
        // Nothing beyond what was planted.
        let plantedPlaces = Set(DemoPlantedProblem.all.map { "\($0.table).\($0.column)" })
        for finding in report.findings {
            // The generator leaves 4% of completed sessions without a duration, as the platform
            // does: spec 4 counts them as missing, a warning (not a planted error).
            if finding.table == "kintell_sessions", finding.column == "duration_minutes", finding.problem == "NULL: adds 0 hours" {
                #expect(finding.severity == .warning)
                continue
            }
            #expect(plantedPlaces.contains("\(finding.table).\(finding.column)"), "unexpected: \(finding.table).\(finding.column) \(finding.problem)")
        }
    }
}

/// A small RFC 4180 reader for the tests (quoted cells, doubled quotes, CRLF).
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], cell = ""
    var quoted = false
    var chars = Array(text)
    var i = 0
    while i < chars.count {
        let c = chars[i]
        if quoted {
            if c == "\"" {
                if i + 1 < chars.count, chars[i + 1] == "\"" { cell.append("\""); i += 1 } else { quoted = false }
            } else {
                cell.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            row.append(cell); cell = ""
        } else if c == "\r\n" || c == "\n" {
            row.append(cell); cell = ""
            rows.append(row); row = []
        } else if c != "\r" {
            cell.append(c)
        }
        i += 1
    }
    if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
    chars.removeAll()
    return rows
}
