import ArgumentParser
import CSRReport

/// `csr-report valuation`: prints the built-in SROI value set (`data/valuation.json`) in the
/// shape `--valuation` reads, so a user can copy it, edit it and pass it back.
struct ValuationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "valuation",
        abstract: "Print the built-in SROI value set as JSON, with the source of every number.",
        discussion: """
            The output is the shape --valuation reads. A file passed with --valuation replaces the top-level keys it names, and the entries of outcomes, hour_value_by_country and sources one by one ("well_being": null stops valuing well-being).

            Example: csr-report valuation > my-valuation.json && csr-report build --valuation my-valuation.json
            """
    )

    func run() throws {
        print(Valuation.builtInJSON, terminator: Valuation.builtInJSON.hasSuffix("\n") ? "" : "\n")
    }
}
