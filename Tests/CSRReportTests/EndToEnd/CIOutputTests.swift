import Foundation
import Testing
@testable import CSRReport

/// What a CI job reads (issue 12, "For CI"): `build --summary-json`, snake_case in every JSON
/// output, and an unfinished period stopping the build unless `--allow-incomplete`.
@Suite struct CIOutputTests {
    private func json(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    /// Every key of every object, at any depth.
    private func keys(_ value: Any) -> [String] {
        if let object = value as? [String: Any] { return object.keys + object.values.flatMap(keys) }
        if let array = value as? [Any] { return array.flatMap(keys) }
        return []
    }

    private func isSnakeCase(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    private func lines(_ text: String) -> [Substring] { text.split(separator: "\n") }

    @Test func theSummaryJSONSaysWhatTheTextSummarySays() throws {
        let folder = TestPaths.fresh("summary-json")
        let out = folder + "/site", summary = folder + "/build-summary.json"
        let result = try CLI.run(["build", "--db", try TestPaths.demo(), "--period", "2025-Q3", "--out", out, "--summary-json", summary])
        #expect(result.status == 0, "\(result.stderr)")
        let doc = try json(summary)

        #expect(doc["tenants"] as? Int == 6)
        let folders = try #require(doc["folders"] as? [String])
        #expect(folders.count == 6 && folders == folders.sorted())
        #expect(Set(folders) == Set(try FileManager.default.contentsOfDirectory(atPath: out).filter { !$0.contains(".") }))
        let manifest = try json(out + "/manifest.json")
        let files = try #require(manifest["files"] as? [[String: Any]])
        // The manifest counts as a file written, as in the text summary.
        let manifestBytes = try #require(try FileManager.default.attributesOfItem(atPath: out + "/manifest.json")[.size] as? Int)
        #expect(doc["files"] as? Int == files.count + 1)
        #expect(doc["bytes"] as? Int == files.compactMap { $0["bytes"] as? Int }.reduce(0, +) + manifestBytes)
        #expect(result.stderr.contains("in \(out)/: \(files.count + 1) files"))
        let period = try #require(doc["period"] as? [String: Any])
        #expect(period["label"] as? String == "2025-Q3" && period["start"] as? String == "2025-07-01" && period["end"] as? String == "2025-09-30")
        #expect(doc["out"] as? String == out)

        // The figures the text summary prints, one by one.
        let suppressedLine = try #require(lines(result.stderr).first { $0.hasPrefix("suppressed figures") })
        let suppressed = try #require(doc["suppressed_figures"] as? Int)
        #expect(suppressedLine.hasSuffix(": \(suppressed)"))
        let perTenant = try #require(doc["suppressed_figures_per_tenant"] as? [[String: Any]])
        #expect(perTenant.compactMap { $0["folder"] as? String } == folders)
        #expect(perTenant.compactMap { $0["suppressed_figures"] as? Int }.reduce(0, +) == suppressed)
        let warnings = try #require(doc["warnings"] as? Int)
        let findings = try #require(doc["data_quality_findings"] as? [[String: Any]])
        #expect(warnings > 0, "the demo plants data problems")
        #expect(result.stderr.contains("warnings: \(warnings) snapshot rows"))
        #expect(findings.compactMap { $0["count"] as? Int }.reduce(0, +) == warnings)
        for finding in findings {
            let table = try #require(finding["table"] as? String), column = try #require(finding["column"] as? String)
            #expect(result.stderr.contains("\(finding["severity"] as? String ?? "?") \(table).\(column): \(finding["problem"] as? String ?? "?") (\(finding["count"] as? Int ?? -1))"))
        }
        let differences = try #require(doc["reconciliation_differences"] as? [[String: Any]])
        if differences.isEmpty {
            #expect(result.stderr.contains("reconciliation: no differences"))
        } else {
            #expect(result.stderr.contains("reconciliation: \(differences.count) figures differ"))
            for difference in differences {
                #expect(result.stderr.contains("\(difference["company"] as? String ?? "?") \(difference["period"] as? String ?? "?") \(difference["figure"] as? String ?? "?"): platform"))
            }
        }
        #expect((doc["period_warnings"] as? [String]) == [])
        #expect((doc["removed_tenants"] as? [String]) == [])
        #expect(doc["leftover"] is NSNull)
        #expect((doc["old_leftovers"] as? [String]) == [])

        // snake_case and sorted keys at every level, and the summary stays out of the site.
        #expect(keys(doc).allSatisfy(isSnakeCase), "\(keys(doc).filter { !isSnakeCase($0) })")
        let text = try String(contentsOfFile: summary, encoding: .utf8)
        let topKeys = lines(text).filter { $0.hasPrefix("  \"") }.map { $0.dropFirst(3).prefix { $0 != "\"" } }
        #expect(topKeys.count == doc.count && topKeys == topKeys.sorted())
        #expect(!files.contains { ($0["path"] as? String)?.contains("summary") == true })

        // Deterministic: the same build again gives the same bytes, and no temporary file stays.
        let again = try CLI.run(["build", "--db", try TestPaths.demo(), "--period", "2025-Q3", "--out", out, "--summary-json", summary])
        #expect(again.status == 0)
        #expect(try String(contentsOfFile: summary, encoding: .utf8) == text)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted() == ["build-summary.json", "review", "site"])
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: folder)).contains { $0.contains("tmp") })
    }

    @Test func theSummaryJSONIsRefusedInsideTheSiteAndWrittenOnlyOnSuccess() throws {
        let folder = TestPaths.fresh("summary-refused")
        let out = folder + "/site"
        for path in [out + "/summary.json", out + "/deeper/../summary.json", out] {
            let result = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", out, "--summary-json", path])
            #expect(result.status == 2, "\(path): \(result.stderr)")
            #expect(result.stderr.contains("must stay outside the published site"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
        let noFolder = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", out, "--summary-json", folder + "/missing/summary.json"])
        #expect(noFolder.status == 2 && noFolder.stderr.contains("does not exist"), "\(noFolder.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))

        // A build that fails while writing the site (a full disk at its 5th file operation)
        // leaves no summary, not even a part, and a later failure keeps the previous summary.
        let summary = folder + "/summary.json"
        let arguments = ["build", "--db", try TestPaths.demo(), "--out", out, "--summary-json", summary]
        let failed = try CLI.run(arguments, environment: ["CSR_REPORT_TEST_FAULT": "5:full"])
        #expect(failed.status == 1, "\(failed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: summary))
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: folder)).contains { $0.contains("summary") })
        #expect(try CLI.run(arguments).status == 0)
        let previous = try Data(contentsOf: URL(fileURLWithPath: summary))
        #expect(try CLI.run(arguments, environment: ["CSR_REPORT_TEST_FAULT": "5:full"]).status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: summary)) == previous)
    }

    @Test func aPeriodNotOverAtTheExportIsAnErrorUnlessAllowed() throws {
        let folder = TestPaths.fresh("incomplete")
        let out = folder + "/site", summary = folder + "/summary.json"
        for period in ["2025-Q4", "2031-Q1", "2025", "2025-10"] {
            let result = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", out, "--period", period, "--summary-json", summary])
            #expect(result.status == 1, "\(period): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
            #expect(result.stderr.contains("period \(period) is not over"), "\(result.stderr)")
            #expect(result.stderr.contains("2025-10-03T06:00:00Z") && result.stderr.contains("--allow-incomplete"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "nothing written for \(period)")
        }
        let q4 = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", out, "--period", "2025-Q4"])
        #expect(q4.stderr.contains("runs to 2025-12-31 but the snapshot was exported at 2025-10-03T06:00:00Z"))
        let custom = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", out, "--from", "2025-09-01", "--to", "2025-10-03"])
        #expect(custom.status == 1 && custom.stderr.contains("is not over"), "\(custom.stderr)")

        let allowed = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", out, "--period", "2025-Q4", "--allow-incomplete", "--summary-json", summary])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stderr.contains("warning: 2025-Q4 ends after the snapshot was exported (2025-10-03)"))
        let warnings = try #require(try json(summary)["period_warnings"] as? [String])
        #expect(warnings.contains { $0.hasPrefix("2025-Q4 ends after the snapshot was exported") })

        // `figures` refuses the same periods (CI jobs read its JSON too), and prints with the flag.
        let figures = try CLI.run(["figures", "--db", try TestPaths.demo(), "--period", "2031-Q1"])
        #expect(figures.status == 1 && figures.stdout.isEmpty, "\(figures.stderr)")
        #expect(figures.stderr.split(separator: "\n").count == 1 && figures.stderr.contains("period 2031-Q1 is not over"))
        let figuresAllowed = try CLI.run(["figures", "--db", try TestPaths.demo(), "--period", "2025-Q4", "--allow-incomplete"])
        #expect(figuresAllowed.status == 0 && figuresAllowed.stdout.contains("\"period\": \"2025-Q4\""), "\(figuresAllowed.stderr)")

        // The default period is always over, and a period ending on the export day is too.
        let byDefault = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", folder + "/default"])
        #expect(byDefault.status == 0 && byDefault.stderr.contains("for 2025-Q3"), "\(byDefault.stderr)")
        let upToExport = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", folder + "/upto", "--from", "2025-09-01", "--to", "2025-10-02"])
        #expect(upToExport.status == 0, "\(upToExport.stderr)")
    }

    @Test func everyJSONOutputIsSnakeCase() throws {
        let snapshot = try TestPaths.demo()
        let validate = try CLI.run(["validate", "--db", snapshot, "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(validate.stdout.utf8)) as? [String: Any])
        #expect(report["rows_checked"] is Int && report["tables_checked"] is Int && report["not_in_snapshot"] is [Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty && findings.allSatisfy { $0["example_ids"] is [String] })
        #expect(keys(report).allSatisfy(isSnakeCase), "validate: \(keys(report).filter { !isSnakeCase($0) })")

        let figures = try CLI.run(["figures", "--db", snapshot, "--period", "2025-Q3"])
        #expect(figures.status == 0)
        let companies = try JSONSerialization.jsonObject(with: Data(figures.stdout.utf8))
        // Objects keyed by a dimension or an SROI assumption name hold those names, which are snake_case too.
        #expect(keys(companies).allSatisfy(isSnakeCase), "figures: \(Set(keys(companies).filter { !isSnakeCase($0) }))")

        let site = TestPaths.fresh("snake") + "/site"
        for index in 1...2 {
            let shard = try CLI.run(["build", "--db", snapshot, "--period", "2025-Q3", "--out", site, "--shard", "\(index)/2"])
            #expect(shard.status == 0, "\(shard.stderr)")
        }
        let shardManifest = try json(site + "/manifest-shard-1-of-2.json")
        #expect(keys(shardManifest).allSatisfy(isSnakeCase), "shard manifest: \(keys(shardManifest).filter { !isSnakeCase($0) })")
        #expect(try CLI.run(["merge-manifests", "--site", site]).status == 0)
        let merged = try json(site + "/manifest.json")
        #expect(keys(merged).allSatisfy(isSnakeCase), "manifest: \(keys(merged).filter { !isSnakeCase($0) })")
    }
}
