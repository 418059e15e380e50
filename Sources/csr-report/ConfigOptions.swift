import ArgumentParser

/// `--config FILE`, on the commands that read the project file (see `ProjectSettings`). The
/// parser only accepts and documents it: `ProjectSettings` reads it from the arguments before
/// parsing, since the file's values become arguments themselves.
struct ConfigOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The project file: build options as TOML, below the options typed here and CSR_REPORT_<OPTION> variables.",
                               discussion: "Default: csr-report.toml in the working folder, if there is one (or $CSR_REPORT_CONFIG). See README, Configuration.",
                               valueName: "file"),
            completion: .file(extensions: ["toml"]))
    var config: String?
}
