import CSRSQLiteWriter
import Foundation

/// Why the demo snapshot could not be written, in words for the person at the terminal.
///
/// ```swift
/// catch let error as DemoDataError { print(error.description) }
/// // demo.sqlite already exists; delete it or pass --force to replace it
/// ```
public enum DemoDataError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    case invalidCompanies(Int)
    case invalidScale(Double)
    /// The target exists and the caller did not ask to overwrite it.
    case fileExists(path: String)
    /// The folder the snapshot should go into does not exist.
    case missingDirectory(path: String)
    /// The DDL handed in holds no CREATE TABLE statement.
    case emptySchema
    /// The finished temporary file could not be moved into place.
    case cannotMove(from: String, to: String, reason: String)

    public var description: String {
        switch self {
        case .invalidCompanies(let count):
            "--companies must be between \(DemoDataOptions.companyRange.lowerBound) and \(DemoDataOptions.companyRange.upperBound), got \(count)"
        case .invalidScale(let scale):
            "--scale must be greater than 0 and at most \(Int(DemoDataOptions.maximumScale)), got \(scale)"
        case .fileExists(let path):
            "\(path) already exists; delete it or pass --force to replace it"
        case .missingDirectory(let path):
            "cannot write the demo snapshot: the folder \(path) does not exist"
        case .emptySchema:
            "the snapshot schema (data/schema.sql) holds no CREATE TABLE statement"
        case .cannotMove(let from, let to, let reason):
            "cannot move the finished snapshot \(from) to \(to): \(reason)"
        }
    }

    public var errorDescription: String? { description }

    init(_ error: CompleteFileError) {
        switch error {
        case .missingFolder(let folder): self = .missingDirectory(path: folder)
        case .exists(let path): self = .fileExists(path: path)
        case .cannotRename(let from, let to, let reason): self = .cannotMove(from: from, to: to, reason: reason)
        }
    }
}
