import Foundation
import PackagePlugin

/// Embeds `data/schema.sql`, `data/valuation.json` (the built-in SROI value set) and every file under `templates/` into the library as string
/// constants, so the `csr-report` binary is one self-contained file (a SwiftPM resource bundle
/// must sit beside the binary, and `Bundle.module` traps when it does not).
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs = [root.appending(path: "data/schema.sql"), root.appending(path: "data/valuation.json"),
                      root.appending(path: "data/ordinary-words-en.txt"),
                      root.appending(path: "data/ordinary-words-de.txt"),
                      root.appending(path: "data/name-words.txt"),
                      root.appending(path: "data/ordinary-words-nb.bloom"),
                      root.appending(path: "data/ordinary-words-pl.bloom"),
                      root.appending(path: "data/ordinary-words-uk.bloom"),
                      root.appending(path: "data/place-words.txt")]
        let templates = root.appending(path: "templates")
        if let names = try? FileManager.default.contentsOfDirectory(atPath: templates.path()) {
            inputs += names.sorted().filter { !$0.hasPrefix(".") }.map { templates.appending(path: $0) }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [.buildCommand(
            displayName: "Embedding data/ and templates/",
            executable: try context.tool(named: "embed-files").url,
            arguments: [output.path(), root.path()] + inputs.map { $0.path() },
            inputFiles: inputs,
            outputFiles: [output]
        )]
    }
}
