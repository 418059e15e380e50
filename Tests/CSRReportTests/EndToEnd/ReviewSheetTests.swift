import Foundation
import Testing
@testable import CSRReport

/// Issue 7 item 4: the account manager's review sheet and `--exclude-evidence`, through the CLI.
@Suite struct ReviewSheetTests {
    private func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\r\n").dropFirst().map { line in line.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func reviewSheetBesideTheSiteAndVetoesReachTheNextBuild() throws {
        let snapshot = try TestPaths.demo()
        let root = TestPaths.fresh("review")
        let out = root + "/site"
        let built = try CLI.run(["build", "--db", snapshot, "--out", out, "--zip"])
        #expect(built.status == 0, "\(built.stderr)")
        // Default: review/ beside the output folder, one sheet per tenant bundle.
        let sheets = try filesUnder(root + "/review")
        let site = try filesUnder(out)
        let tenants = Set(site.keys.compactMap { $0.hasSuffix("/evidence.csv") ? String($0.dropLast("/evidence.csv".count)) : nil })
        #expect(Set(sheets.keys) == Set(tenants.map { $0 + ".csv" }))
        #expect(!tenants.isEmpty)

        var quoted = 0
        var vetoed: String?
        for (name, data) in sheets {
            let csv = String(decoding: data, as: UTF8.self)
            #expect(csv.hasPrefix("snippet_id,dimension,redacted_text,kinds_redacted,placeholders,relevance\r\n"))
            let tenant = String(name.dropLast(4))
            let evidence = String(decoding: site[tenant + "/evidence.csv"]!, as: UTF8.self)
            for row in rows(csv) {
                quoted += 1
                let id = row[0]
                #expect(UUIDKey(parsing: id) != nil, "snippet id \(id)")
                // The sheet's text is the report's (redacted) text; the id never reaches the site.
                #expect(site.values.allSatisfy { !String(decoding: $0, as: UTF8.self).contains(id) })
                if vetoed == nil { vetoed = id }
            }
            #expect(rows(csv).count == max(evidence.split(separator: "\r\n").count - 1, 0))
        }
        #expect(quoted > 0)
        // Nothing of the review folder in the site, its manifest or a zip.
        #expect(!site.keys.contains { $0.contains("review") })

        // Veto one quote: the next build quotes another in its place.
        let veto = root + "/vetoed.txt"
        try "# vetoed by the account manager\n\(vetoed!)\n".write(toFile: veto, atomically: true, encoding: .utf8)
        let again = try CLI.run(["build", "--db", snapshot, "--out", out, "--exclude-evidence", veto])
        #expect(again.status == 0, "\(again.stderr)")
        let after = try filesUnder(root + "/review").values.map { String(decoding: $0, as: UTF8.self) }
        #expect(!after.contains { $0.contains(vetoed!) })
        #expect(after.reduce(0) { $0 + rows($1).count } == quoted)
    }

    @Test func aReviewFolderInsideTheSiteIsAUsageError() throws {
        let snapshot = try TestPaths.demo()
        let root = TestPaths.fresh("review-inside")
        for review in [root + "/site/review", root + "/site", root + "/site/./x/.."] {
            let result = try CLI.run(["build", "--db", snapshot, "--out", root + "/site", "--review", review])
            #expect(result.status == 2, "\(review): \(result.stderr)")
            #expect(result.stderr.contains("outside the published site"))
        }
        #expect(!FileManager.default.fileExists(atPath: root + "/site/manifest.json"))
        // And the library refuses it too, before the site changes.
        #expect(ReviewSheet.problem(review: root + "/elsewhere", out: root + "/site") == nil)
        #expect(ReviewSheet.defaultFolder(besideOutput: root + "/site/") == root + "/review")
    }

    @Test func anUnreadableExclusionFileIsOneLineExitOne() throws {
        let root = TestPaths.fresh("veto-missing")
        let result = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", root + "/site", "--exclude-evidence", root + "/nope.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("--exclude-evidence \(root)/nope.txt: cannot read the file"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    /// The sheet goes through the project's one CSV writer: a formula in a quote is guarded.
    @Test func reviewSheetCellsAreFormulaGuarded() throws {
        let b = try SnapshotBuilder()
        try b.company("acme"); try b.company("other")
        try b.member("v1", of: "other", role: "volunteer", first: "Ingrid", last: "Haugen")
        for p in 1...3 {
            try b.member("p\(p)", of: "acme", role: "participant", first: "P\(p)", last: "X")
            try b.session("s\(p)", participant: "p\(p)", volunteer: "v1", completed: "2025-08-0\(p)T10:00:00Z")
            try b.score("c\(p)", text: "s\(p)", dimension: "confidence", score: 0.5, created: "2025-08-05T00:00:00Z")
        }
        try b.snippet(score: "c1", text: "-1 point less anxious than before, I think, honestly.")
        try b.snippet(score: "c2", text: "Calmer on the phone with the bank now.")
        try b.snippet(score: "c3", text: "Less afraid of the forms this month.")
        let csv = ReviewSheetCSV.render(try b.figures(k: 3).tenant("acme", "2025-Q3").audit.quotes)
        #expect(csv.contains(",\"'-1 point less anxious than before, I think, honestly.\","))
    }
}
