import Foundation
import Testing
@testable import CSRReport

/// Issue 9, items 4-6: no trap on any number, bad values never become figures, messages stay
/// one escaped line.
@Suite struct DataPromiseTests {
    // MARK: Spec 4's duration rule

    /// One volunteer of acme, five sessions in Q3: 60 minutes, then NULL, -3540, 1441 and
    /// 1440 * 1000 minutes. Only the 60 minutes count.
    private func durations(_ minutes: [Int?]) throws -> SnapshotBuilder {
        let b = try SnapshotBuilder()
        try b.company("acme"); try b.company("other")
        try b.member("v1", of: "acme", role: "volunteer")
        try b.member("p1", of: "other", role: "participant")
        for (i, m) in minutes.enumerated() {
            try b.session("s\(i)", participant: "p1", volunteer: "v1", completed: "2025-08-0\(i + 1)T10:00:00Z", minutes: m)
        }
        return b
    }

    @Test func aDurationOutsideADayOrNullAddsNoHoursAndIsAFinding() throws {
        let bad = try durations([60, nil, -3540, 1441, 1_440_000])
        let report = try bad.figures(k: 1).tenant("acme", "2025-Q3").audit
        #expect(report.raw(.volunteerHours) == 1)
        // VIS uses the same hours: the same as if the bad durations were missing.
        let missing = try durations([60, nil, nil, nil, nil]).figures(k: 1).tenant("acme", "2025-Q3").audit
        #expect(report.raw(.visScore) == missing.raw(.visScore))
        let data = try Snapshot.open(bad.path).load()
        let outside = try #require(data.findings.first { $0.column == "duration_minutes" && $0.problem.contains("outside 0..1440") })
        #expect(outside.count == 3 && outside.severity == .error)
        #expect(data.findings.contains { $0.column == "duration_minutes" && $0.problem.hasPrefix("NULL") && $0.count == 1 })

        // validate reports both, in the same words for the range.
        let result = try CLI.run(["validate", "--db", bad.path, "--json"])
        let validation = try JSONDecoder().decode(ValidationReport.self, from: Data(result.stdout.utf8))
        #expect(validation.findings.contains { $0.column == "duration_minutes" && $0.problem == "outside 0..1440" && $0.count == 3 && $0.severity == .error })
        #expect(validation.findings.contains { $0.column == "duration_minutes" && $0.problem == "NULL: adds 0 hours" && $0.severity == .warning })
        // And the client report never shows a negative number of hours.
        let out = TestPaths.fresh("durations")
        let build = try CLI.run(["build", "--db", bad.path, "--out", out, "--min-group-size", "3", "--period", "2025-Q3"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("kintell_sessions.duration_minutes: outside 0..1440 minutes"))
        let pages = try filesUnder(out).filter { $0.key.hasSuffix(".html") || $0.key.hasSuffix(".md") || $0.key.hasSuffix(".csv") }
        #expect(!pages.isEmpty)
        for (path, data) in pages { #expect(!String(decoding: data, as: UTF8.self).contains("-3540"), "\(path)") }
    }

    // MARK: Who a tenant is

    @Test func aCompanyIdRepeatedInOtherCaseStopsBuildButValidateReportsIt() throws {
        let b = try SnapshotBuilder()
        try b.company("acme", displayName: "Acme AS")
        try b.member("v1", of: "acme", role: "volunteer")
        try b.sql("INSERT INTO companies (id, name) VALUES ('\(SnapshotBuilder.id("acme").uppercased())', 'Evil Twin Corp')")
        let out = TestPaths.fresh("twin") + "/site"
        let build = try CLI.run(["build", "--db", b.path, "--out", out])
        #expect(build.status == 1)
        #expect(build.stderr.contains("companies.id \(SnapshotBuilder.id("acme")) is held by 2 rows (ignoring case)"), "\(build.stderr)")
        #expect(build.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: out))
        let figures = try CLI.run(["figures", "--db", b.path])
        #expect(figures.status == 1 && !figures.stdout.contains("Evil Twin"))
        let validate = try CLI.run(["validate", "--db", b.path])
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("duplicate id (ignoring case)"))
    }

    // MARK: Names

    @Test func aHugeCompanyNameIsCutInPagesButWholeInTheCSV() throws {
        let b = try SnapshotBuilder()
        let name = "Huge " + String(repeating: "Name ", count: 40_000)
        try b.company("acme", displayName: name)
        // One character of 100,000 combining marks, too.
        try b.company("zalgo", displayName: "Z" + String(repeating: "\u{0301}", count: 100_000))
        try b.member("v1", of: "acme", role: "volunteer")
        try b.member("v2", of: "zalgo", role: "volunteer")
        let out = TestPaths.fresh("huge-name")
        let build = try CLI.run(["build", "--db", b.path, "--out", out, "--period", "2025-Q3"])
        #expect(build.status == 0, "\(build.stderr)")
        let folders = try FileManager.default.contentsOfDirectory(atPath: out).filter { !$0.contains(".") }
        #expect(folders.count == 2)
        for folder in folders {
            let email = try Data(contentsOf: URL(fileURLWithPath: "\(out)/\(folder)/email.html"))
            #expect(email.count < 90 * 1024, "\(folder)/email.html is \(email.count) bytes")
            for file in ["index.html", "email.html", "email.txt", "report.md"] {
                let text = try String(contentsOfFile: "\(out)/\(folder)/\(file)", encoding: .utf8)
                #expect(text.contains("…"), "\(folder)/\(file)")
                #expect(text.utf8.count < 200_000, "\(folder)/\(file)")
            }
        }
        let acme = try #require(folders.first { $0.hasPrefix("huge-name") })
        let csv = parseCSV(try String(contentsOfFile: "\(out)/\(acme)/metrics.csv", encoding: .utf8))
        #expect(csv[1][1] == name)
        #expect(CompanyRow(id: UUIDKey(high: 0, low: 0), name: name).displayName.count == CompanyRow.displayNameLimit.characters)
    }

    // MARK: Numbers from the environment and the options

    @Test func anAbsurdSourceDateEpochIsAUsageErrorNotATrap() throws {
        let snapshot = try TestPaths.demo()
        for value in ["99999999999999", "-1", "1e9", "9223372036854775807"] {
            let result = try CLI.run(["build", "--db", snapshot, "--out", TestPaths.fresh("epoch")], environment: ["SOURCE_DATE_EPOCH": value])
            #expect(result.status == 2, "SOURCE_DATE_EPOCH=\(value): \(result.status)")
            #expect(result.stderr.contains("SOURCE_DATE_EPOCH"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func anInvalidQueryTimeLimitIsAUsageError() throws {
        for value in ["abc", "0", "-5", "1e12", "nan"] {
            let result = try CLI.run(["figures", "--db", try TestPaths.demo()], environment: ["CSR_REPORT_QUERY_SECONDS": value])
            #expect(result.status == 2 && result.stderr.contains("CSR_REPORT_QUERY_SECONDS"), "\(value): \(result.stderr)")
        }
    }

    @Test func aPeriodThatReachesBeforeYearOneIsAUsageErrorNotATrap() throws {
        let snapshot = try TestPaths.demo()
        for command in ["build", "figures"] {
            let result = try CLI.run([command, "--db", snapshot, "--from", "0001-01-01", "--to", "9999-12-31", "--trend-periods", "40"]
                                     + (command == "build" ? ["--out", TestPaths.fresh("reach")] : []))
            #expect(result.status == 2, "\(command): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("reaches back before the year 1"))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
        let early = try CLI.run(["figures", "--db", snapshot, "--period", "0001-Q1"])
        #expect(early.status == 2)
        #expect(throws: PeriodError.self) { try Period.quarter(2025, 3).checkReach(trendPeriods: 40 * 4 * 2030) }
        #expect(throws: Never.self) { try Period.quarter(2025, 3).checkReach(trendPeriods: 40) }
    }

    // MARK: Messages

    @Test func controlCharactersInAMessageAreEscapedOnOneLine() throws {
        let b = try SnapshotBuilder()
        try b.company("acme")
        try b.member("v1", of: "acme", role: "volunteer")
        try b.sql("INSERT INTO kintell_sessions (id, participant_id, volunteer_id, completed_at, duration_minutes) VALUES ('bad\r\n\u{1B}[2J\u{0B}id', NULL, NULL, 'not a time', 60)")
        let result = try CLI.run(["build", "--db", b.path, "--out", TestPaths.fresh("escape")])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n", omittingEmptySubsequences: false).count == 2)   // one line and its end
        #expect(result.stderr.contains("bad\\r\\n\\u{1B}[2J\\u{B}id"), "\(result.stderr)")
        #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(MessageText.escaped("a\u{202E}b\u{2028}c") == "a\\u{202E}b\\u{2028}c")
        #expect(MessageText.escaped("Ølstad · Київ") == "Ølstad · Київ")
    }
}
