import Foundation
import Testing
@testable import CSRReport

/// `csr-report merge-manifests`: N shard builds into one folder give the manifest one build gives.
@Suite struct MergeManifestsTests {
    private func shardedSite(_ count: Int) throws -> String {
        let site = TestPaths.fresh("sharded")
        for index in 1...count {
            let result = try CLI.run(["build", "--db", try TestPaths.demo(), "--period", "2025-Q3", "--out", site, "--shard", "\(index)/\(count)"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        return site
    }

    @Test func mergedShardsGiveTheManifestOfOneBuild() throws {
        let whole = TestPaths.fresh("whole")
        let build = try CLI.run(["build", "--db", try TestPaths.demo(), "--period", "2025-Q3", "--out", whole])
        #expect(build.status == 0)
        let site = try shardedSite(3)
        let merge = try CLI.run(["merge-manifests", "--site", site])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stderr.contains("3 shards, 6 tenants"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: site + "/manifest.json")) == (try Data(contentsOf: URL(fileURLWithPath: whole + "/manifest.json"))))
    }

    @Test func aMissingShardOrTenantIsNamed() throws {
        let site = try shardedSite(2)
        try FileManager.default.moveItem(atPath: site + "/manifest-shard-2-of-2.json", toPath: site + "/elsewhere.json")
        let missingShard = try CLI.run(["merge-manifests", "--site", site])
        #expect(missingShard.status == 1)
        #expect(missingShard.stderr.contains("shard 2 of 2 is missing"), "\(missingShard.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site + "/manifest.json"))

        // A shard manifest that lost one tenant's files: that tenant is missing.
        let text = try String(contentsOfFile: site + "/elsewhere.json", encoding: .utf8)
        var json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        let tenant = try #require((files.first { ($0["path"] as? String)?.contains("/") == true })?["path"] as? String)
            .split(separator: "/").first.map(String.init)!
        json["files"] = files.filter { !(($0["path"] as? String) ?? "").hasPrefix(tenant + "/") }
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: site + "/manifest-shard-2-of-2.json"))
        let missingTenant = try CLI.run(["merge-manifests", "--site", site])
        #expect(missingTenant.status == 1)
        #expect(missingTenant.stderr.contains("tenant \(tenant) is in the site but no shard built it"), "\(missingTenant.stderr)")
    }

    @Test func aTenantBuiltByTwoShardsIsNamed() throws {
        let site = try shardedSite(2)
        // Shard 1's manifest also claims a tenant of shard 2.
        let one = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: site + "/manifest-shard-1-of-2.json"))) as? [String: Any])
        let two = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: site + "/manifest-shard-2-of-2.json"))) as? [String: Any])
        let stolen = try #require((two["files"] as? [[String: Any]])?.first { ($0["path"] as? String)?.contains("/") == true })
        var changed = one
        changed["files"] = (one["files"] as! [[String: Any]]) + [stolen]
        try JSONSerialization.data(withJSONObject: changed).write(to: URL(fileURLWithPath: site + "/manifest-shard-1-of-2.json"))
        let result = try CLI.run(["merge-manifests", "--site", site])
        #expect(result.status == 1)
        #expect(result.stderr.contains("was built twice (manifest-shard-1-of-2.json and manifest-shard-2-of-2.json)"), "\(result.stderr)")
    }
}
