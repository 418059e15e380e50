/// A `--company` value that names no company of the snapshot, with the tenant folder names
/// closest to it (`CompanySuggestions`), so that a typo costs one look, not a directory listing.
public enum CompanySelectionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknown(String, suggestions: [String])

    public var description: String {
        switch self {
        case .unknown(let selector, let suggestions):
            let problem = "--company \(selector): no company in the snapshot has this id or tenant folder name"
            guard let last = suggestions.last else { return problem }
            let list = suggestions.count == 1 ? last : suggestions.dropLast().joined(separator: ", ") + " or " + last
            return problem + "; did you mean \(list)?"
        }
    }
}
