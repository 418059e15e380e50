import Foundation

/// The money side of SROI (spec 5): proxies per dimension, the value of a volunteer hour, and
/// the adjustments with their plausible ranges. The defaults are the spec's; a JSON file can
/// override any of them (`--valuation FILE`).
///
/// ```json
/// { "currency": "NOK", "hour_value": 350, "proxies": { "job_readiness": 4000 } }
/// ```
public struct Valuation: Sendable, Equatable {
    public var currency = "EUR"
    public var hourValue = 29.95
    public var costPerParticipant = 0.0
    /// Value of a 1.0 change in a dimension's score, per participant.
    public var proxies: [OutcomeDimension: Double] = [
        .langLevelProxy: 500, .jobReadiness: 300, .belonging: 150, .confidence: 100, .wellBeing: 100,
    ]
    public var deadweight = Adjustment(value: 0.10, least: 0.25, most: 0.05)
    public var attribution = Adjustment(value: 0.85, least: 0.70, most: 0.95)
    public var displacement = Adjustment(value: 0.0, least: 0.10, most: 0.0)

    public init() {}

    /// An adjustment's central value and its bounds: `least` is the least favourable to the
    /// ratio (the low end of the range), `most` the most favourable.
    public struct Adjustment: Sendable, Equatable {
        public var value: Double
        public var least: Double
        public var most: Double
    }

    /// Dimensions with a positive proxy, in report order.
    public var valuedDimensions: [OutcomeDimension] {
        OutcomeDimension.allCases.filter { (proxies[$0] ?? 0) > 0 }
    }

    /// net = gross * (1 - deadweight) * attribution * (1 - displacement)
    public func net(_ gross: Double, deadweight: Double, attribution: Double, displacement: Double) -> Double {
        gross * (1 - deadweight) * attribution * (1 - displacement)
    }

    /// Reads a valuation file; keys not in the file keep their defaults.
    public static func load(path: String) throws(ValuationError) -> Valuation {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .invalid(path, "not valid JSON")
        }
        guard let root = object as? [String: Any] else { throw .invalid(path, "the top level must be an object") }
        var valuation = Valuation()
        let known: Set<String> = ["currency", "hour_value", "cost_per_participant", "proxies", "deadweight", "attribution", "displacement"]
        if let unknown = root.keys.sorted().first(where: { !known.contains($0) }) {
            throw .invalid(path, "unknown key \"\(unknown)\" (known: \(known.sorted().joined(separator: ", ")))")
        }
        func number(_ any: Any?, _ key: String, range: ClosedRange<Double>) throws(ValuationError) -> Double? {
            guard let any else { return nil }
            guard let n = any as? NSNumber, !(any is Bool), range.contains(n.doubleValue) else {
                throw .invalid(path, "\(key) must be a number in \(formatFixed(range.lowerBound, places: 2))...\(formatFixed(range.upperBound, places: 2))")
            }
            return n.doubleValue
        }
        if let currency = root["currency"] {
            guard let code = currency as? String, code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw .invalid(path, "currency must be a three-letter code such as EUR")
            }
            valuation.currency = code.uppercased()
        }
        valuation.hourValue = try number(root["hour_value"], "hour_value", range: 0...1e6) ?? valuation.hourValue
        valuation.costPerParticipant = try number(root["cost_per_participant"], "cost_per_participant", range: 0...1e9) ?? valuation.costPerParticipant
        if let proxies = root["proxies"] {
            guard let table = proxies as? [String: Any] else { throw .invalid(path, "proxies must be an object") }
            for (key, value) in table {
                guard let dimension = OutcomeDimension(rawValue: key) else {
                    throw .invalid(path, "proxies.\(key) is not a dimension (\(OutcomeDimension.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                valuation.proxies[dimension] = try number(value, "proxies.\(key)", range: 0...1e9)
            }
        }
        func adjustment(_ key: String, _ current: Adjustment) throws(ValuationError) -> Adjustment {
            guard let raw = root[key] else { return current }
            if let n = try? number(raw, key, range: 0...1) { return Adjustment(value: n, least: current.least, most: current.most) }
            guard let table = raw as? [String: Any] else {
                throw .invalid(path, "\(key) must be a number or an object {\"value\", \"least\", \"most\"}")
            }
            return Adjustment(value: try number(table["value"], "\(key).value", range: 0...1) ?? current.value,
                              least: try number(table["least"], "\(key).least", range: 0...1) ?? current.least,
                              most: try number(table["most"], "\(key).most", range: 0...1) ?? current.most)
        }
        valuation.deadweight = try adjustment("deadweight", valuation.deadweight)
        valuation.attribution = try adjustment("attribution", valuation.attribution)
        valuation.displacement = try adjustment("displacement", valuation.displacement)
        return valuation
    }
}

public enum ValuationError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(String)
    case invalid(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path): "\(path): valuation file not found or not readable"
        case .invalid(let path, let why): "\(path): \(why)"
        }
    }
}
