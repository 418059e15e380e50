import ArgumentParser
import CSRReport
import Foundation

/// `csr-report redact`: the PII redactor on standard input.
struct RedactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Redact PII from text on standard input.",
        discussion: """
            Each e-mail, phone number, name, IBAN, card, national ID, IP, URL, handle, street address and date of birth becomes a typed placeholder such as [EMAIL] or [NAME].

            Example: echo 'Call Anna on +47 412 34 567' | csr-report redact --db snapshot.sqlite
            """
    )

    @Option(help: ArgumentHelp("A snapshot whose users' first and last names join the name dictionary.", valueName: "file"),
            completion: .file(extensions: ["sqlite", "sqlite3", "db"]))
    var db: String?

    @Flag(help: "Read and write JSON lines {\"id\": ..., \"text\": ...} instead of plain text.")
    var jsonl = false

    func run() throws {
        if let db { try SnapshotOptions.refuseURL(db) }
        let snapshot = try db.map { try Snapshot.open($0).load() }
        // Without a snapshot, texts are read as of today: "born 12.03.2019" is judged by its age.
        let year = snapshot?.redactionYear ?? SnapshotData.currentYear
        let redactor = Redactor(names: NameDictionary(names: snapshot?.personNames ?? []), referenceYear: year)
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let text = String(decoding: input, as: UTF8.self)
        guard jsonl else {
            FileHandle.standardOutput.write(Data(redactor.redact(text).utf8))
            return
        }
        var output = ""
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let value = object["text"] as? String else {
                throw RedactInputError.badLine(number + 1)
            }
            let id: JSONValue
            switch object["id"] {
            case let s as String: id = .string(s)
            case let n as NSNumber where !(n is Bool): id = .number(n.doubleValue, places: n.doubleValue == n.doubleValue.rounded() ? 0 : 6)
            case nil, is NSNull: id = .null
            default: throw RedactInputError.badLine(number + 1)
            }
            output += JSONValue.object([("id", id), ("text", .string(redactor.redact(value)))]).serialized() + "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

enum RedactInputError: Error, CustomStringConvertible {
    case badLine(Int)

    var description: String {
        switch self {
        case .badLine(let line): "standard input line \(line): expected a JSON object {\"id\": ..., \"text\": \"...\"}"
        }
    }
}
