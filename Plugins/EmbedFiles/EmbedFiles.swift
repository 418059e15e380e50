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
                      root.appending(path: "data/word-names-nb.txt"),
                      root.appending(path: "data/word-names-uk.txt"),
                      root.appending(path: "data/place-words.txt")]
        // templates/ and its language folders (templates/<locale>/), one level deep: the
        // language list is the folder list, so a new language needs no change here.
        let templates = root.appending(path: "templates")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: templates.path())) ?? [] where !name.hasPrefix(".") {
            let url = templates.appending(path: name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path(), isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path())) ?? []
                inputs += files.filter { !$0.hasPrefix(".") }.map { url.appending(path: $0) }
            } else {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path() < $1.path() }
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
