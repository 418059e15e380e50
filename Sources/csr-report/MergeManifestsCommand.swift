import ArgumentParser
import CSRReport
import Foundation

/// `csr-report merge-manifests`: the last step of a sharded build.
struct MergeManifestsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-manifests",
        abstract: "Combine the manifests of `build --shard I/N` jobs into one manifest.json.",
        discussion: """
            Reads every manifest-shard-I-of-N.json in the folder, checks that all N shards are there, were built from the same snapshot, period and version, that every tenant of the site was built exactly once, and that every listed file is on disk unchanged; then writes manifest.json, the same file one unsharded build would have written.

            Example: csr-report merge-manifests --site site
            """
    )

    @Option(help: ArgumentHelp("The folder the shards were built into (their outputs copied together).", valueName: "dir"),
            completion: .directory)
    var site = "site"

    func run() throws {
        let summary = try ManifestMerge.merge(folder: site)
        FileHandle.standardError.write(Data("wrote \(site)/manifest.json: \(summary.shards) shards, \(summary.tenants) tenants, \(summary.files) files\n".utf8))
    }
}
