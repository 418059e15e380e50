/// What `csr-report demo-data` generates: how many tenants, how much activity, which seed.
///
/// ```swift
/// let options = DemoDataOptions(companies: 3, scale: 0.1, seed: 7)
/// try options.validate()
/// ```
/// The same options always give the same snapshot content.
public struct DemoDataOptions: Sendable, Equatable {
    public static let companyRange = 1...500
    public static let maximumScale = 1_000.0

    /// Number of tenants (1...500). Index 1 carries the hostile names and index 2 is the
    /// small tenant, so three or more companies exercise both.
    public var companies: Int
    /// Multiplies the activity: 1 gives about 10,000 kintell sessions, 100 about a million.
    public var scale: Double
    /// Seeds every random draw.
    public var seed: UInt64

    public init(companies: Int = 6, scale: Double = 1, seed: UInt64 = 2025) {
        self.companies = companies
        self.scale = scale
        self.seed = seed
    }

    /// Throws `DemoDataError.invalidCompanies` or `.invalidScale` with a message for a person.
    public func validate() throws {
        guard Self.companyRange.contains(companies) else { throw DemoDataError.invalidCompanies(companies) }
        guard scale.isFinite, scale > 0, scale <= Self.maximumScale else { throw DemoDataError.invalidScale(scale) }
    }

    /// `scale` as written in `snapshot_meta.source`: `1`, `0.1`, `2.5`.
    var scaleText: String {
        scale == scale.rounded() && abs(scale) < 1e15 ? String(Int64(scale)) : String(scale)
    }
}
