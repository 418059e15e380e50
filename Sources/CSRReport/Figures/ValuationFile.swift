import Foundation

/// Reads a valuation file (spec 5) with `Codable` and lays it over a base value set: top-level
/// keys replace the base one by one; inside `outcomes`, `hour_value_by_country` and `sources`
/// entry by entry (an outcome entry is replaced whole; `null` removes an entry, so
/// `"well_being": null` stops valuing well-being). Every mistake is one `ValuationError` naming
/// the file and the key.
///
/// ```swift
/// let valuation = try ValuationFile.load(path: "my-valuation.json")   // over the built-in set
/// ```
public enum ValuationFile {
    public static func load(path: String) throws(ValuationError) -> Valuation {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        var valuation = try apply(data, file: path, to: .builtIn)
        valuation.origin = .file(name: URL(fileURLWithPath: path).lastPathComponent, sha256: sha256Hex(data))
        return valuation
    }

    /// The built-in set: the embedded `data/valuation.json`, where every top-level key is required.
    static func builtIn() throws(ValuationError) -> Valuation {
        let empty = Valuation(currency: "", priceYear: 0, hourValue: 0, hourValueByCountry: [:], costPerParticipant: 0,
                              discountRate: .init(central: 0, low: 0, high: 0), deadweight: .init(central: 0, low: 0, high: 0),
                              attribution: .init(central: 0, low: 0, high: 0), displacement: .init(central: 0, low: 0, high: 0),
                              outcomes: [:], sources: [:], origin: .builtIn)
        return try apply(Data(Valuation.builtInJSON.utf8), file: "data/valuation.json", to: empty, requireAll: true)
    }

    static let topLevelKeys = ["currency", "price_year", "hour_value", "hour_value_by_country", "cost_per_participant",
                               "discount_rate", "deadweight", "attribution", "displacement", "outcomes", "sources"]

    /// Lays the file's values over `base`.
    static func apply(_ data: Data, file: String, to base: Valuation, requireAll: Bool = false) throws(ValuationError) -> Valuation {
        let parsed: ValuationOverride
        do {
            parsed = try JSONDecoder().decode(ValuationOverride.self, from: data)
        } catch let error as ValuationKeyError {
            throw .invalid(file, error.key, error.message)
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
            throw .invalid(file, nil, "is not valid JSON (\(Self.underlyingReason(context)))")
        } catch let DecodingError.typeMismatch(_, context) where context.codingPath.isEmpty {
            throw .invalid(file, nil, "the top level must be a JSON object {...}")
        } catch {
            throw .invalid(file, nil, "cannot be read as a valuation: \(error)")
        }
        if requireAll, let missing = topLevelKeys.first(where: { !parsed.present.contains($0) }) {
            throw .invalid(file, missing, "is missing")
        }
        var v = base
        if let x = parsed.currency { v.currency = x }
        if let x = parsed.priceYear { v.priceYear = x }
        if let x = parsed.hourValue { v.hourValue = x }
        if let x = parsed.costPerParticipant { v.costPerParticipant = x }
        if let x = parsed.discountRate { v.discountRate = x }
        if let x = parsed.deadweight { v.deadweight = x }
        if let x = parsed.attribution { v.attribution = x }
        if let x = parsed.displacement { v.displacement = x }
        for (code, value) in parsed.hourValueByCountry { v.hourValueByCountry[code] = value }
        for (dimension, value) in parsed.outcomes { v.outcomes[dimension] = value }
        for (key, text) in parsed.sources { v.sources[key] = text }
        v.origin = base.origin
        return v
    }

    private static func underlyingReason(_ context: DecodingError.Context) -> String {
        if let underlying = context.underlyingError as NSError? {
            return (underlying.userInfo[NSDebugDescriptionErrorKey] as? String) ?? underlying.localizedDescription
        }
        return context.debugDescription
    }
}

/// What is wrong in a valuation file: the file, the key (`deadweight.low`), and why.
public enum ValuationError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(String)
    case invalid(String, String?, String)

    public var description: String {
        switch self {
        case .unreadable(let path): "\(path): valuation file not found or not readable"
        case .invalid(let path, let key?, let why): "\(path): \(key): \(why)"
        case .invalid(let path, nil, let why): "\(path): \(why)"
        }
    }
}

/// A mistake found while decoding, before the file name is known.
struct ValuationKeyError: Error {
    let key: String
    let message: String
}

/// A JSON object key, any string.
private struct AnyKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// The file as written: `nil` for what it leaves out; inside the three maps, a `nil` value is
/// an explicit `null` (remove the entry).
private struct ValuationOverride: Decodable {
    var present: Set<String> = []
    var currency: String?
    var priceYear: Int?
    var hourValue: Double?
    var costPerParticipant: Double?
    var discountRate, deadweight, attribution, displacement: Valuation.Bounds?
    var hourValueByCountry: [String: Double?] = [:]
    var outcomes: [OutcomeDimension: Valuation.OutcomeValue?] = [:]
    var sources: [String: String?] = [:]

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        let r = Reader(c, path: "")
        try r.rejectUnknown(ValuationFile.topLevelKeys)
        present = Set(c.allKeys.map(\.stringValue))
        if let code = try r.string("currency") {
            guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw ValuationKeyError(key: "currency", message: "must be a three-letter currency code such as EUR, got \"\(code)\"")
            }
            currency = code.uppercased()
        }
        priceYear = try r.integer("price_year", in: 1900...2200)
        hourValue = try r.number("hour_value", in: 0...1e6)
        costPerParticipant = try r.number("cost_per_participant", in: 0...1e9)
        discountRate = try r.bounds("discount_rate")
        deadweight = try r.bounds("deadweight")
        attribution = try r.bounds("attribution")
        displacement = try r.bounds("displacement")
        if let countries = try r.object("hour_value_by_country") {
            for key in countries.c.allKeys {
                let code = key.stringValue
                guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                    throw ValuationKeyError(key: "hour_value_by_country.\(code)", message: "is not a country code: use two letters (ISO 3166-1 alpha-2, such as NO or DE)")
                }
                let value: Double? = try countries.isNull(code) ? nil : countries.number(code, in: 0...1e6)
                hourValueByCountry.updateValue(value, forKey: code.uppercased())
            }
        }
        if let table = try r.object("outcomes") {
            for key in table.c.allKeys {
                guard let dimension = OutcomeDimension(rawValue: key.stringValue) else {
                    throw ValuationKeyError(key: "outcomes.\(key.stringValue)", message: "is not an outcome dimension (\(OutcomeDimension.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                let value: Valuation.OutcomeValue? = try table.isNull(key.stringValue) ? nil : table.outcome(key.stringValue)
                outcomes.updateValue(value, forKey: dimension)
            }
        }
        if let table = try r.object("sources") {
            for key in table.c.allKeys {
                let text: String? = try table.isNull(key.stringValue) ? nil : table.string(key.stringValue)
                sources.updateValue(text, forKey: key.stringValue)
            }
        }
    }

    /// Reads typed values out of one JSON object, naming the full key in every error.
    struct Reader {
        let c: KeyedDecodingContainer<AnyKey>
        let path: String

        init(_ c: KeyedDecodingContainer<AnyKey>, path: String) {
            self.c = c
            self.path = path
        }

        func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

        func rejectUnknown(_ known: [String]) throws {
            if let unknown = c.allKeys.map(\.stringValue).sorted().first(where: { !known.contains($0) }) {
                throw ValuationKeyError(key: name(unknown), message: "unknown key (known here: \(known.joined(separator: ", ")))")
            }
        }

        func isNull(_ key: String) throws -> Bool {
            (try? c.decodeNil(forKey: AnyKey(key))) ?? false
        }

        /// The value, `nil` when absent; an explicit `null` is an error here.
        private func decode<T: Decodable>(_ type: T.Type, _ key: String, expected: String) throws -> T? {
            guard c.contains(AnyKey(key)) else { return nil }
            if try isNull(key) { throw ValuationKeyError(key: name(key), message: "must be \(expected), not null") }
            do {
                return try c.decode(T.self, forKey: AnyKey(key))
            } catch is DecodingError {
                throw ValuationKeyError(key: name(key), message: "must be \(expected)")
            }
        }

        func string(_ key: String) throws -> String? {
            try decode(String.self, key, expected: "text in quotes")
        }

        func number(_ key: String, in range: ClosedRange<Double>) throws -> Double? {
            guard let n = try decode(Double.self, key, expected: "a number") else { return nil }
            guard range.contains(n) else {
                throw ValuationKeyError(key: name(key), message: "must lie in \(Self.show(range.lowerBound))..\(Self.show(range.upperBound)), got \(Self.show(n))")
            }
            return n
        }

        func integer(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
            guard let n = try decode(Double.self, key, expected: "a whole number") else { return nil }
            guard n.rounded() == n, n >= Double(range.lowerBound), n <= Double(range.upperBound) else {
                throw ValuationKeyError(key: name(key), message: "must be a whole number in \(range.lowerBound)..\(range.upperBound), got \(Self.show(n))")
            }
            return Int(n)
        }

        func object(_ key: String) throws -> Reader? {
            guard c.contains(AnyKey(key)) else { return nil }
            if try isNull(key) { throw ValuationKeyError(key: name(key), message: "must be an object {...}, not null") }
            do {
                return Reader(try c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey(key)), path: name(key))
            } catch is DecodingError {
                throw ValuationKeyError(key: name(key), message: "must be an object {...}")
            }
        }

        /// `{"central", "low", "high"}`, all three, each in 0..1, low <= central <= high.
        func bounds(_ key: String) throws -> Valuation.Bounds? {
            guard let o = try object(key) else { return nil }
            try o.rejectUnknown(["central", "low", "high"])
            func required(_ k: String) throws -> Double {
                guard let n = try o.number(k, in: 0...1) else { throw ValuationKeyError(key: o.name(k), message: "is missing (\(key) needs central, low and high)") }
                return n
            }
            let b = Valuation.Bounds(central: try required("central"), low: try required("low"), high: try required("high"))
            if b.low > b.central {
                throw ValuationKeyError(key: o.name("low"), message: "must not be above central (\(Self.show(b.low)) > \(Self.show(b.central)))")
            }
            if b.central > b.high {
                throw ValuationKeyError(key: o.name("central"), message: "must not be above high (\(Self.show(b.central)) > \(Self.show(b.high)))")
            }
            return b
        }

        /// An outcome entry, replaced whole, so all three keys are required.
        func outcome(_ key: String) throws -> Valuation.OutcomeValue? {
            guard let o = try object(key) else { return nil }
            try o.rejectUnknown(["value_per_point_year", "duration_years", "drop_off"])
            func missing(_ k: String) -> ValuationKeyError {
                ValuationKeyError(key: o.name(k), message: "is missing (an outcome entry needs value_per_point_year, duration_years and drop_off)")
            }
            guard let value = try o.number("value_per_point_year", in: 0...1e9) else { throw missing("value_per_point_year") }
            guard let years = try o.integer("duration_years", in: 1...10) else { throw missing("duration_years") }
            guard let dropOff = try o.number("drop_off", in: 0...1) else { throw missing("drop_off") }
            return Valuation.OutcomeValue(valuePerPointYear: value, durationYears: years, dropOff: dropOff)
        }

        static func show(_ x: Double) -> String {
            x.rounded() == x && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
        }
    }
}
