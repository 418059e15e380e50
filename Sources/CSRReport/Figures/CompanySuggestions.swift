/// The tenant folder names nearest to a `--company` value that matched nothing: what the user
/// most likely meant, by edit distance to the folder name, to the folder name without its id
/// suffix, to the company name and to the id.
///
/// ```swift
/// CompanySuggestions.nearest(to: "acme-crop", among: [.init(folder: "acme-corp-1a2b3c4d", name: "Acme Corp", id: "1a2b3c4d-...")])
/// // ["acme-corp-1a2b3c4d"]
/// ```
public enum CompanySuggestions {
    public struct Candidate: Sendable {
        public let folder: String
        public let name: String
        public let id: String

        public init(folder: String, name: String, id: String) {
            self.folder = folder
            self.name = name
            self.id = id
        }
    }

    /// At most `limit` folder names, all at the nearest distance, sorted (so the line is the same
    /// on every run). Only close ones: a value far from every company gets no guess, because a
    /// wrong guess is worse than none.
    public static func nearest(to selector: String, among candidates: [Candidate], limit: Int = 3) -> [String] {
        let typed = Array(selector.lowercased())
        guard !typed.isEmpty else { return [] }
        // The slug of nothing is "company": a value without letters or digits is compared as typed.
        let typedSlug = selector.contains { $0.isLetter || $0.isNumber } ? Array(TenantFolderName.slug(selector)) : typed
        // A third of the typed length (at least 2): "acme-crop" -> "acme-corp", not "beta-corp".
        let reach = max(2, typed.count / 3)
        var scored: [(distance: Int, folder: String)] = []
        for candidate in candidates {
            let base = Array(TenantFolderName.slug(candidate.name))
            var distance = min(editDistance(typed, Array(candidate.folder), limit: reach),
                               editDistance(typed, Array(candidate.name.lowercased()), limit: reach),
                               editDistance(typed, Array(candidate.id), limit: reach),
                               editDistance(typedSlug, base, limit: reach))
            // The start of a company's name ("acme" for acme-corp-1a2b3c4d) is as good as a typo.
            if typedSlug.count >= 3, base.starts(with: typedSlug) || candidate.folder.hasPrefix(String(typedSlug)) {
                distance = min(distance, 1)
            }
            if distance <= reach { scored.append((distance, candidate.folder)) }
        }
        // Only the nearest: a second, farther guess beside a clear typo is noise.
        guard let best = scored.map(\.distance).min() else { return [] }
        return scored.filter { $0.distance == best }.map(\.folder).sorted().prefix(limit).map { $0 }
    }

    /// Edit distance with adjacent transpositions (optimal string alignment: "crop" is one edit
    /// from "corp"), stopping early (returning `limit + 1`) once every path is beyond `limit`, so
    /// that a long company name costs no more than a short one.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                var cost = min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cost = min(cost, beforePrevious[j - 2] + 1)
                }
                current[j] = cost
                rowMinimum = min(rowMinimum, cost)
            }
            if rowMinimum > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return min(previous[b.count], limit + 1)
    }
}
