import Foundation

/// Every number SROI uses (spec 5, valuation v2): what one point of each outcome is worth per
/// year and for how long, the value of a volunteer hour per country, the adjustments with their
/// bounds, and the source of each. The built-in set is `data/valuation.json`, compiled into the
/// binary; `--valuation FILE` replaces the values the file names (`ValuationFile`).
///
/// ```swift
/// let valuation = Valuation.builtIn
/// valuation.hourValue(forCountry: "no")          // (53.7, "NO")
/// valuation.pvFactor(.wellBeing, rate: 0.035)    // 1/1.035 + 0.5/1.035^2 = 1.4329...
/// ```
public struct Valuation: Sendable, Equatable {
    public var currency: String
    public var priceYear: Int
    /// Used when the company's country has no entry in `hourValueByCountry`.
    public var hourValue: Double
    /// ISO 3166-1 alpha-2 code, upper case -> value of an hour.
    public var hourValueByCountry: [String: Double]
    public var costPerParticipant: Double
    public var discountRate: Bounds
    public var deadweight: Bounds
    public var attribution: Bounds
    public var displacement: Bounds
    /// Valued dimensions; a dimension without an entry is not valued.
    public var outcomes: [OutcomeDimension: OutcomeValue]
    /// "hour_value", "outcomes.well_being", ... -> where the number comes from.
    public var sources: [String: String]
    /// The built-in set, or the file that changed it.
    public var origin: Origin

    /// A rate or adjustment: the value used and its plausible bounds, `low <= central <= high`.
    public struct Bounds: Sendable, Equatable {
        public var central: Double
        public var low: Double
        public var high: Double

        public init(central: Double, low: Double, high: Double) {
            self.central = central
            self.low = low
            self.high = high
        }
    }

    /// What one point (1.0 on the 0-1 scale) of change in an outcome is worth per year, and how
    /// that value lasts.
    public struct OutcomeValue: Sendable, Equatable {
        public var valuePerPointYear: Double
        /// Whole years, 1...10.
        public var durationYears: Int
        /// Share of the remaining value lost each year after the first, 0...1.
        public var dropOff: Double

        public init(valuePerPointYear: Double, durationYears: Int, dropOff: Double) {
            self.valuePerPointYear = valuePerPointYear
            self.durationYears = durationYears
            self.dropOff = dropOff
        }
    }

    public enum Origin: Sendable, Equatable {
        case builtIn
        /// The override file's name (its last path component) and the sha256 of its bytes.
        case file(name: String, sha256: String)
    }

    /// Dimensions with an entry under `outcomes`, in report order.
    public var valuedDimensions: [OutcomeDimension] {
        OutcomeDimension.allCases.filter { outcomes[$0] != nil }
    }

    /// spec 5: sum for t = 1...duration of (1 - drop_off)^(t-1) / (1 + r)^t; 0 when not valued.
    public func pvFactor(_ dimension: OutcomeDimension, rate: Double) -> Double {
        guard let outcome = outcomes[dimension] else { return 0 }
        return Self.pvFactor(durationYears: outcome.durationYears, dropOff: outcome.dropOff, rate: rate)
    }

    public static func pvFactor(durationYears: Int, dropOff: Double, rate: Double) -> Double {
        guard durationYears >= 1 else { return 0 }
        return (1...durationYears).reduce(0.0) { sum, t in
            sum + pow(1 - dropOff, Double(t - 1)) / pow(1 + rate, Double(t))
        }
    }

    /// The hour value for a company's country (matched case-insensitively, surrounding spaces
    /// ignored), and the code that matched; `nil` code means the default `hourValue` was used.
    public func hourValue(forCountry country: String?) -> (value: Double, country: String?) {
        let code = (country ?? "").trimmingCharacters(in: .whitespaces).uppercased()
        if let value = hourValueByCountry[code] { return (value, code) }
        return (hourValue, nil)
    }

    /// The built-in value set, `data/valuation.json` as compiled into the binary.
    public static let builtIn: Valuation = {
        do {
            return try ValuationFile.builtIn()
        } catch {
            // The file ships with the binary and a test decodes it: this is a build defect.
            preconditionFailure("data/valuation.json does not decode: \(error)")
        }
    }()

    /// The text of `data/valuation.json`: what `csr-report valuation` prints.
    public static var builtInJSON: String { EmbeddedFiles.files["data/valuation.json"] ?? "" }
}

/// One of the four assumptions the range and the sensitivity move (spec 5); its name in a report
/// is the catalog's `assumption.<raw value>`.
public enum ValuationAssumption: String, CaseIterable, Sendable {
    case deadweight
    case attribution
    case displacement
    case discountRate = "discount_rate"

    /// The bound least favourable to the ratio (the high deadweight, the low attribution, ...).
    public func leastFavourable(in v: Valuation) -> Double {
        switch self {
        case .deadweight: v.deadweight.high
        case .attribution: v.attribution.low
        case .displacement: v.displacement.high
        case .discountRate: v.discountRate.high
        }
    }

    public func mostFavourable(in v: Valuation) -> Double {
        switch self {
        case .deadweight: v.deadweight.low
        case .attribution: v.attribution.high
        case .displacement: v.displacement.low
        case .discountRate: v.discountRate.low
        }
    }

    public func bounds(in v: Valuation) -> Valuation.Bounds {
        switch self {
        case .deadweight: v.deadweight
        case .attribution: v.attribution
        case .displacement: v.displacement
        case .discountRate: v.discountRate
        }
    }
}

/// One setting of the four assumptions: central, a range end, or one assumption moved.
public struct ValuationScenario: Sendable, Equatable {
    public var deadweight: Double
    public var attribution: Double
    public var displacement: Double
    public var discountRate: Double

    public static func central(_ v: Valuation) -> ValuationScenario {
        ValuationScenario(deadweight: v.deadweight.central, attribution: v.attribution.central,
                          displacement: v.displacement.central, discountRate: v.discountRate.central)
    }

    /// Every assumption at its least favourable bound: `sroi_low`.
    public static func leastFavourable(_ v: Valuation) -> ValuationScenario {
        ValuationScenario(deadweight: v.deadweight.high, attribution: v.attribution.low,
                          displacement: v.displacement.high, discountRate: v.discountRate.high)
    }

    /// Every assumption at its most favourable bound: `sroi_high`.
    public static func mostFavourable(_ v: Valuation) -> ValuationScenario {
        ValuationScenario(deadweight: v.deadweight.low, attribution: v.attribution.high,
                          displacement: v.displacement.low, discountRate: v.discountRate.low)
    }

    /// Central, with one assumption set to `value`.
    public func with(_ assumption: ValuationAssumption, _ value: Double) -> ValuationScenario {
        var s = self
        switch assumption {
        case .deadweight: s.deadweight = value
        case .attribution: s.attribution = value
        case .displacement: s.displacement = value
        case .discountRate: s.discountRate = value
        }
        return s
    }

    /// net = gross * (1 - deadweight) * attribution * (1 - displacement)
    public func net(_ gross: Double) -> Double {
        gross * (1 - deadweight) * attribution * (1 - displacement)
    }
}
