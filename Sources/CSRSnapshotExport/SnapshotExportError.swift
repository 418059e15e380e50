import CSRSQLiteWriter

/// Why an export failed, as one line for the person running it. No message ever carries a
/// password: the server is named by `PostgresTarget.description` (host, port, database, user).
public enum SnapshotExportError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidURL(String)
    case connectionFailed(target: String, reason: String)
    case queryFailed(target: String, what: String, reason: String)
    case missingTable(target: String, table: String)
    case missingColumn(target: String, table: String, column: String)
    case wrongColumnType(target: String, table: String, column: String, found: String, expected: [String])
    case outputExists(path: String)
    case outputFolderMissing(path: String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidURL(let reason):
            "not a PostgreSQL URL: \(reason) (expected e.g. postgresql://user@host:5432/db?sslmode=require)"
        case .connectionFailed(let target, let reason):
            "cannot connect to PostgreSQL \(target): \(reason)"
        case .queryFailed(let target, let what, let reason):
            "PostgreSQL \(target): \(what) failed: \(reason)"
        case .missingTable(let target, let table):
            "PostgreSQL \(target) has no table \(table), which the report reads"
        case .missingColumn(let target, let table, let column):
            "PostgreSQL \(target): table \(table) has no column \(column), which the report reads"
        case .wrongColumnType(let target, let table, let column, let found, let expected):
            "PostgreSQL \(target): column \(table).\(column) is \(found), expected \(expected.joined(separator: " or "))"
        case .outputExists(let path):
            "\(path) exists: pass --force to replace it"
        case .outputFolderMissing(let path):
            "the folder \(path) does not exist"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        }
    }
}

extension SnapshotExportError {
    init(_ error: CompleteFileError) {
        switch error {
        case .missingFolder(let folder): self = .outputFolderMissing(path: folder)
        case .exists(let path): self = .outputExists(path: path)
        case .cannotRename(_, let to, let reason): self = .cannotWrite(path: to, reason: reason)
        }
    }
}
