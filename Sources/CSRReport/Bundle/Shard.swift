/// `--shard I/N`: a stable partition of the tenants, so that N CI jobs build every tenant
/// exactly once. Tenants are ordered by id and dealt round-robin, which keeps the shards within
/// one tenant of each other in size.
///
/// ```swift
/// let shard = try Shard(parsing: "2/4")
/// shard.selects(position: 5)   // 5 % 4 == 1: yes, the second shard
/// ```
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public let index: Int   // 1-based
    public let count: Int

    public init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else { throw .malformed(text) }
        guard n >= 1, (1...n).contains(i) else { throw .outOfRange(text) }
        index = i
        count = n
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the tenant at `position` (0-based, in id order) belongs to this shard.
    public func selects(position: Int) -> Bool { position % count == index - 1 }
}

public enum ShardError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(String)
    case outOfRange(String)

    public var description: String {
        switch self {
        case .malformed(let text): "--shard \(text): expected I/N, e.g. 1/4"
        case .outOfRange(let text): "--shard \(text): I must be between 1 and N"
        }
    }
}
