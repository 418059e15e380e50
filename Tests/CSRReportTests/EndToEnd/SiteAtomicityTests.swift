import Foundation
import Testing
@testable import CSRReport
import CSRSQLiteWriter

/// Issue 9, items 2, 3 and 7: `--out` is the whole previous site or the whole new one at every
/// instant, whatever fails; the tool touches only the files it wrote.
@Suite(.serialized) struct SiteAtomicityTests {
    /// Three small tenants with sessions in Q2 and Q3 (so that the two sites differ everywhere).
    static let snapshot: Result<String, Error> = Result {
        let b = try SnapshotBuilder()
        for (i, company) in ["acme", "birch", "cedar"].enumerated() {
            try b.company(company, displayName: company.capitalized + " AS")
            try b.member("v\(i)", of: company, role: "volunteer")
            try b.member("p\(i)", of: company, role: "participant")
            for month in ["05", "08"] {
                for day in 1...(3 + i) {
                    try b.session(participant: "p\(i)", volunteer: "v\(i)", completed: "2025-\(month)-0\(day)T10:00:00Z", minutes: 30 * day)
                }
            }
        }
        return b.path
    }

    /// Files a user keeps in the output folder, some with names the old clean-up took for its own.
    static let foreign: [String: String] = [
        "README.md": "my notes",
        "backup.previous/keep.txt": "a user's backup",
        ".csr-report-staging-1/draft.txt": "not the tool's",
        "index.html.tmp-42": "a user's file with a temporary-looking name",
    ]

    private func addForeignFiles(to site: String) throws {
        for (path, text) in Self.foreign {
            try FileManager.default.createDirectory(atPath: site + "/" + (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: site + "/" + path, atomically: false, encoding: .utf8)
        }
    }

    private func build(_ out: String, _ extra: [String] = [], period: String = "2025-Q3", environment: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(["build", "--db", try Self.snapshot.get(), "--out", out, "--period", period, "--min-group-size", "3", "--zip"] + extra,
                    environment: environment, timeout: 120)
    }

    /// The tool's files of a site (everything but the foreign files), after checking that the
    /// foreign files are there unchanged and that the manifest lists exactly the tool's files.
    private func toolFiles(_ site: String, manifestName: String = "manifest.json", alsoForeign: Set<String> = []) throws -> [String: Data] {
        var files = try filesUnder(site).filter { !alsoForeign.contains($0.key) }
        for (path, text) in Self.foreign {
            #expect(files.removeValue(forKey: path) == Data(text.utf8), "foreign \(path) changed or went")
        }
        let manifestData = try #require(files[manifestName], "no \(manifestName)")
        let manifest = try #require(try JSONSerialization.jsonObject(with: manifestData) as? [String: Any])
        let listed = try #require(manifest["files"] as? [[String: Any]])
        var expected = files
        expected.removeValue(forKey: manifestName)
        #expect(Set(listed.compactMap { $0["path"] as? String }) == Set(expected.keys), "manifest and files differ")
        for entry in listed {
            guard let path = entry["path"] as? String, let data = expected[path] else { continue }
            #expect(entry["sha256"] as? String == sha256Hex(data) && entry["bytes"] as? Int == data.count, "\(path) does not match the manifest")
        }
        return files
    }

    private func copyTree(_ from: String, _ to: String) throws {
        try FileManager.default.copyItem(atPath: from, toPath: to)
    }

    private func workspace(of site: String) -> String {
        (site as NSString).deletingLastPathComponent + "/." + (site as NSString).lastPathComponent + ".csr-report"
    }

    @Test func killedOrFailedAtEveryFileOperationTheSiteIsOldOrNew() throws {
        let root = TestPaths.fresh("faults")
        let template = root + "/template"
        try FileManager.default.createDirectory(atPath: template, withIntermediateDirectories: true)
        try addForeignFiles(to: template)
        #expect(try build(template, period: "2025-Q2").status == 0)
        let old = try toolFiles(template)
        let reference = root + "/reference"
        try copyTree(template, reference)
        #expect(try build(reference).status == 0)
        let new = try toolFiles(reference)
        #expect(old != new)

        var operations: [String: Int] = [:]
        // Killed and failed at every operation; a full disk (the same path with ENOSPC) at every
        // third, to keep the suite short.
        for (kind, stride) in [("kill", 1), ("fail", 1), ("full", 3)] {
            var n = 1
            while n < 400 {
                let site = root + "/\(kind)-\(n)"
                try copyTree(template, site)
                let result = try build(site, environment: ["CSR_REPORT_TEST_FAULT": "\(n):\(kind)"])
                let state = try toolFiles(site)
                #expect(state == old || state == new, "\(kind) at operation \(n): a mixed site")
                // Past the last operation the fault never fires. A fault at the last one (removing
                // the replaced site) leaves the new site and a warning: the next build cleans up.
                if result.status == 0, !result.stderr.contains("the replaced site could not be removed") { break }
                if result.status == 0 {
                    #expect(try build(site).status == 0)
                    #expect(try FileManager.default.contentsOfDirectory(atPath: workspace(of: site)) == ["lock"])
                    n += stride
                    continue
                }
                switch kind {
                case "kill": #expect(result.status == 9, "\(kind) \(n): \(result.status) \(result.stderr)")
                default:
                    #expect(result.status == 1, "\(kind) \(n): \(result.status)")
                    #expect(result.stderr.split(separator: "\n").count == 1)
                    #expect(result.stderr.contains(kind == "full" ? "No space left on device" : "injected fault"))
                }
                if kind == "kill" {
                    // The next build puts everything right: the new site, no leftovers.
                    #expect(try build(site).status == 0)
                    #expect(try toolFiles(site) == new, "after kill at \(n), the next build is not the new site")
                    #expect(try FileManager.default.contentsOfDirectory(atPath: workspace(of: site)) == ["lock"])
                }
                try? FileManager.default.removeItem(atPath: site)
                try? FileManager.default.removeItem(atPath: workspace(of: site))
                n += stride
            }
            operations[kind] = n - 1
        }
        // Every operation of the build was tried: each way of failing reached the end.
        print("SiteAtomicityTests: \(operations["kill"]!) file operations, each killed and failed")
        #expect(operations["kill"]! > 20, "\(operations)")
        #expect(operations["kill"] == operations["fail"] && abs(operations["full"]! - operations["fail"]!) < 3, "\(operations)")
    }

    @Test func aDiskThatFillsAtAnySizeLeavesTheOldOrTheNewSite() throws {
        let root = TestPaths.fresh("tmpfs")
        let mountPoint = root + "/disk"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        guard try CLI.runTool("/bin/mount", ["-t", "tmpfs", "-o", "size=16m", "tmpfs", mountPoint]) == 0 else {
            // No tmpfs here (not root, or in a container without the capability): the seam's
            // ENOSPC at every operation (the test above) stands in for it.
            return
        }
        defer { _ = try? CLI.runTool("/bin/umount", [mountPoint]) }
        func used() -> Int {
            var info = statvfs()
            statvfs(mountPoint, &info)
            return Int(info.f_blocks - info.f_bfree) * Int(info.f_frsize)
        }
        func resize(_ bytes: Int) throws -> Bool {
            try CLI.runTool("/bin/mount", ["-o", "remount,size=\((bytes + 4095) / 4096 * 4096)", mountPoint]) == 0
        }
        let site = mountPoint + "/site"
        let reference = root + "/reference"
        try FileManager.default.createDirectory(atPath: reference, withIntermediateDirectories: true)
        try addForeignFiles(to: reference)
        #expect(try build(reference).status == 0)
        let new = try toolFiles(reference)
        // What the new site takes on a tmpfs: whole pages per file, one per folder.
        let newBytes = new.values.reduce(0) { $0 + ($1.count + 4095) / 4096 * 4096 } + 8 * 4096
        var outcomes: [Int32] = []
        for step in 0...10 {
            try? FileManager.default.removeItem(atPath: site)
            #expect(try resize(16 << 20))
            try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
            try addForeignFiles(to: site)
            #expect(try build(site, period: "2025-Q2").status == 0)
            let old = try toolFiles(site)
            guard try resize(used() + newBytes * step / 6) else { continue }
            let result = try build(site)
            outcomes.append(result.status)
            let state = try toolFiles(site)
            #expect(state == old || state == new, "disk of \(used()) bytes: a mixed site")
            #expect(result.status == 0 || (result.status == 1 && result.stderr.split(separator: "\n").count == 1), "\(result.stderr)")
            #expect((result.status == 0) == (state == new))
        }
        #expect(outcomes.contains(1) && outcomes.contains(0), "\(outcomes)")

        // The mount point itself as --out cannot be switched in one step: refused, nothing written.
        #expect(try resize(16 << 20))
        let before = try FileManager.default.contentsOfDirectory(atPath: mountPoint).sorted()
        let refused = try build(mountPoint)
        #expect(refused.status == 1 && refused.stderr.contains("a mount point cannot be switched in one step"), "\(refused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: mountPoint).sorted() == before)
    }

    @Test func aSecondBuildIntoTheSameFolderStopsWithOneLine() throws {
        let site = TestPaths.fresh("locked") + "/site"
        #expect(try build(site).status == 0)
        let before = try filesUnder(site)
        let fd = open(workspace(of: site) + "/lock", O_RDWR)
        #expect(fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0)
        defer { close(fd) }
        let second = try build(site, period: "2025-Q2")
        #expect(second.status == 1)
        #expect(second.stderr.contains("another csr-report build is writing this site"), "\(second.stderr)")
        #expect(second.stderr.split(separator: "\n").count == 1)
        #expect(try filesUnder(site) == before)
    }

    @Test func buildsStartedTogetherNeverInterleave() async throws {
        let site = TestPaths.fresh("together") + "/site"
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        try addForeignFiles(to: site)
        let snapshot = try Self.snapshot.get()
        for _ in 0..<3 {
            let results = try await withThrowingTaskGroup(of: CLI.Result.self) { group in
                for period in ["2025-Q2", "2025-Q3"] {
                    group.addTask {
                        try CLI.run(["build", "--db", snapshot, "--out", site, "--period", period, "--min-group-size", "3", "--zip"], timeout: 120)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            for result in results where result.status != 0 {
                #expect(result.status == 1 && result.stderr.contains("another csr-report build is writing this site"), "\(result.stderr)")
            }
            #expect(results.contains { $0.status == 0 })
            _ = try toolFiles(site)   // whichever won, the site matches its manifest
        }
    }

    @Test func theCleanUpLeavesForeignFilesAloneAndRefusesToOverwriteThem() throws {
        let site = TestPaths.fresh("foreign") + "/site"
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        try addForeignFiles(to: site)
        #expect(try build(site, period: "2025-Q2").status == 0)
        // A user's file inside a tenant folder and a symbolic link stay too.
        let tenant = try #require(try FileManager.default.contentsOfDirectory(atPath: site).first { $0.hasPrefix("acme-as-") && !$0.hasSuffix(".zip") })
        try "note".write(toFile: "\(site)/\(tenant)/my-note.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: site + "/link", withDestinationPath: "/etc/hostname")
        let second = try build(site)
        #expect(second.status == 0)
        // Names an older csr-report left when killed are kept too, but named for the operator.
        #expect(second.stderr.contains("look like leftovers of an older csr-report: .csr-report-staging-1, backup.previous, index.html.tmp-42"), "\(second.stderr)")
        _ = try toolFiles(site, alsoForeign: ["\(tenant)/my-note.txt", "link"])
        #expect(try String(contentsOfFile: "\(site)/\(tenant)/my-note.txt", encoding: .utf8) == "note")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: site + "/link") == "/etc/hostname")

        // A file the tool did not write where it must write one: refused, nothing changed.
        let fresh = TestPaths.fresh("in-the-way") + "/site"
        try FileManager.default.createDirectory(atPath: fresh, withIntermediateDirectories: true)
        try "<h1>mine</h1>".write(toFile: fresh + "/index.html", atomically: false, encoding: .utf8)
        let refused = try build(fresh)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("index.html was not written by csr-report"), "\(refused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: fresh) == ["index.html"])
    }

    @Test func aSnapshotInsideTheOutputIsRefusedBeforeAnythingIsWritten() throws {
        let site = TestPaths.fresh("inside") + "/site"
        try FileManager.default.createDirectory(atPath: site + "/data", withIntermediateDirectories: true)
        let inside = site + "/data/snapshot.sqlite"
        try FileManager.default.copyItem(atPath: try Self.snapshot.get(), toPath: inside)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: inside))
        let result = try CLI.run(["build", "--db", inside, "--out", site, "--min-group-size", "3"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is inside --out"), "\(result.stderr)")
        #expect(try filesUnder(site).keys.sorted() == ["data/snapshot.sqlite"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: inside)) == bytes)
    }

    @Test func tenantsThatDisappearedAreRemovedAndTheSummarySaysSo() throws {
        let root = TestPaths.fresh("stale")
        let site = root + "/site"
        #expect(try build(site).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: site)
        // The next snapshot: birch renamed, cedar gone.
        let next = root + "/next.sqlite"
        try FileManager.default.copyItem(atPath: try Self.snapshot.get(), toPath: next)
        let db = try SQLiteWriter(creating: next)
        try db.execute("UPDATE companies SET name = 'Birch Renamed AS' WHERE name = 'Birch AS'; DELETE FROM companies WHERE name = 'Cedar AS'")
        let result = try CLI.run(["build", "--db", next, "--out", site, "--min-group-size", "3", "--zip"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("removed 2 tenant bundles no longer in the snapshot: birch-as-"), "\(result.stderr)")
        let after = try FileManager.default.contentsOfDirectory(atPath: site)
        #expect(!after.contains { $0.hasPrefix("birch-as-") || $0.hasPrefix("cedar-as-") }, "\(after)")
        #expect(after.contains { $0.hasPrefix("birch-renamed-as-") })
        #expect(before.contains { $0.hasPrefix("cedar-as-") })
        let manifest = try String(contentsOfFile: site + "/manifest.json", encoding: .utf8)
        #expect(!manifest.contains("cedar-as-"))
    }

    @Test func shardsAndCompanyBuildsIntoOneFolderKeepTheOtherTenants() throws {
        let site = TestPaths.fresh("shards") + "/site"
        for shard in ["1/2", "2/2"] { #expect(try build(site, ["--shard", shard]).status == 0) }
        let names = try FileManager.default.contentsOfDirectory(atPath: site)
        #expect(names.filter { $0.hasSuffix(".zip") }.count == 3)
        #expect(names.contains("manifest-shard-1-of-2.json") && names.contains("manifest-shard-2-of-2.json"))
        // The two shard manifests together list every file once, and match it.
        var listed: [String: String] = [:]
        for name in ["manifest-shard-1-of-2.json", "manifest-shard-2-of-2.json"] {
            let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: site + "/" + name))) as? [String: Any]
            for entry in manifest?["files"] as? [[String: Any]] ?? [] {
                let path = entry["path"] as? String ?? ""
                #expect(listed[path] == nil || path == "index.html", "\(path) listed twice")
                listed[path] = entry["sha256"] as? String
            }
        }
        let files = try filesUnder(site).filter { !$0.key.hasPrefix("manifest-shard-") }
        #expect(Set(listed.keys) == Set(files.keys))
        for (path, data) in files where path != "index.html" { #expect(listed[path] == sha256Hex(data), "\(path)") }

        // One company rebuilt alone: the others stay, listed in the one manifest.
        let one = try build(site, ["--company", SnapshotBuilder.id("acme")], period: "2025-Q2")
        #expect(one.status == 0, "\(one.stderr)")
        let afterOne = try filesUnder(site)
        #expect(afterOne.keys.filter { $0.hasSuffix(".zip") }.count == 3)
        #expect(!afterOne.keys.contains { $0.hasPrefix("manifest-shard-") })
        let manifest = try #require(try JSONSerialization.jsonObject(with: afterOne["manifest.json"]!) as? [String: Any])
        let paths = Set((manifest["files"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String })
        #expect(paths == Set(afterOne.keys).subtracting(["manifest.json"]))
    }

    @Test func aBundleAndItsZipAreReplacedTogether() throws {
        let root = TestPaths.fresh("zip-unit")
        let site = root + "/site"
        #expect(try build(site, period: "2025-Q2").status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.hasSuffix(".zip") }.count == 3)
        // Rebuilt without --zip: the Q2 archives go with the Q2 folders; none is left to be mailed.
        let result = try CLI.run(["build", "--db", try Self.snapshot.get(), "--out", site, "--period", "2025-Q3", "--min-group-size", "3"])
        #expect(result.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.hasSuffix(".zip") }.isEmpty)
        // --out through a symbolic link builds where it points, and the link stays a link.
        let link = root + "/published"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: site)
        #expect(try build(link).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == site)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.hasSuffix(".zip") }.count == 3)
    }
}
