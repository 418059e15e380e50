/// Which tenant goes where: the snapshot's companies mapped to the folder names and shards of
/// the bundle stage. Here, not in `Bundle/`, because it needs the companies' snapshot ids, which
/// the bundle stage never sees (it gets folder names).
extension TenantFolderName {
    /// Folder names for every company, unique: `slug-hex8`, or `slug-<full id>` for the tenants
    /// whose `slug-hex8` would collide.
    public static func assign(_ companies: [CompanyRow]) -> [UUIDKey: String] {
        let short = companies.map { "\(slug($0.name))-\($0.id.prefix8)" }
        var seen: [String: Int] = [:]
        for name in short { seen[name, default: 0] += 1 }
        var result: [UUIDKey: String] = [:]
        for (company, name) in zip(companies, short) {
            result[company.id] = seen[name, default: 0] > 1 ? "\(slug(company.name))-\(company.id.description)" : name
        }
        return result
    }
}

extension Shard {
    /// The companies of this shard, from all of them.
    public func select(_ companies: [CompanyRow]) -> [CompanyRow] {
        companies.sorted { $0.id < $1.id }.enumerated().filter { selects(position: $0.offset) }.map(\.element)
    }
}
