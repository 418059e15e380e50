/// The rows the figures read, decoded once into compact values. People are referred to by
/// their index in `SnapshotData.users` (`UserRef`), never by name or id, so nothing downstream
/// of the loader can leak an identifier by accident.

/// Index into `SnapshotData.users`; `nil` where the snapshot points at a user that does not exist.
public typealias UserRef = Int32

public enum UserRole: UInt8, Sendable {
    case participant, volunteer, companyUser, admin, other

    init(_ text: String?) {
        switch text?.lowercased() {
        case "participant": self = .participant
        case "volunteer": self = .volunteer
        case "company_user": self = .companyUser
        case "admin": self = .admin
        default: self = .other
        }
    }
}

public struct UserRow: Sendable {
    public let id: UUIDKey
    public let role: UserRole
}

public struct CompanyRow: Sendable, Equatable {
    public let id: UUIDKey
    /// The name as the snapshot holds it: CSV cells keep it whole.
    public let name: String
    /// `companies.country` as stored (ISO 3166-1 alpha-2 expected); picks the SROI hour value.
    public let country: String?

    public init(id: UUIDKey, name: String, country: String? = nil) {
        self.id = id
        self.name = name
        self.country = country
    }

    /// The longest name shown in a page, an email or a message (characters, and UTF-8 bytes so
    /// that one character of a thousand combining marks cannot get around it).
    public static let displayNameLimit = (characters: 120, bytes: 480)

    /// The name as pages, emails and messages show it: cut after `displayNameLimit` with an
    /// ellipsis, so that a 200,000-character name cannot make `email.html` 600 KB.
    public var displayName: String { Self.displayName(of: name) }

    /// `name` cut as `displayName` cuts a company's name.
    public static func displayName(of name: String) -> String {
        let limit = displayNameLimit
        guard name.count > limit.characters || name.utf8.count > limit.bytes else { return name }
        var shown = ""
        var bytes = 0
        for character in name {
            let size = character.utf8.count
            if shown.count == limit.characters - 1 || bytes + size > limit.bytes - 3 { break }
            shown.append(character)
            bytes += size
        }
        if shown.isEmpty {
            // One enormous character (a base and endless combining marks): keep its first scalars.
            for scalar in name.unicodeScalars {
                if bytes + scalar.utf8.count > limit.bytes - 3 { break }
                shown.unicodeScalars.append(scalar)
                bytes += scalar.utf8.count
            }
        }
        return shown + "…"
    }
}

public struct MembershipRow: Sendable {
    public let company: Int32         // index into SnapshotData.companies
    public let user: UserRef
    public let joinedAt: Timestamp?   // nil: always joined (spec 3)
}

public struct SessionRow: Sendable {
    public let id: UUIDKey
    public let participant: UserRef?
    public let volunteer: UserRef?
    public let completedAt: Timestamp
    public let durationMinutes: Int?
    /// CEFR level 1 (A1) ... 6 (C2); nil when missing or not a CEFR level.
    public let languageLevel: UInt8?
}

extension SessionRow {
    /// Spec 4: the longest session that counts as volunteer time, one day.
    public static let countedMinutes = 0...1440

    /// The minutes this session adds to volunteer hours (and to VIS): a NULL duration, or one
    /// outside 0..1440, counts as missing and adds 0.
    public var countedMinutes: Int {
        guard let durationMinutes, Self.countedMinutes.contains(durationMinutes) else { return 0 }
        return durationMinutes
    }
}

public struct MatchRow: Sendable {
    public let participant: UserRef?
    public let buddy: UserRef?
    public let matchedAt: Timestamp?
    public let endedAt: Timestamp?
}

/// A buddy event or check-in: a dated row on a match.
public struct MatchActivityRow: Sendable {
    public let match: Int32   // index into SnapshotData.matches
    public let date: Timestamp
}

public enum LearningStatus: UInt8, Sendable {
    case enrolled, inProgress, completed, dropped, other

    init(_ text: String?) {
        switch text?.lowercased() {
        case "enrolled": self = .enrolled
        case "in_progress": self = .inProgress
        case "completed": self = .completed
        case "dropped": self = .dropped
        default: self = .other
        }
    }
}

public struct LearningRow: Sendable {
    public let user: UserRef
    public let status: LearningStatus
    public let startedAt: Timestamp?
    public let completedAt: Timestamp?
    public let updatedAt: Timestamp?
    public let createdAt: Timestamp?
}

/// An outcome dimension; its name in a report is the catalog's `dimension.<raw value>`.
public enum OutcomeDimension: String, CaseIterable, Sendable, Comparable, Codable {
    case confidence, belonging
    case langLevelProxy = "lang_level_proxy"
    case jobReadiness = "job_readiness"
    case wellBeing = "well_being"

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Where a quoted text comes from; its attribution in a report (a role and a programme, never a
/// person, spec 8) is the catalog's `attribution.<raw value>`.
public enum SourceTextType: String, CaseIterable, Sendable, Codable {
    case buddyFeedback = "buddy_feedback"
    case kintellFeedback = "kintell_feedback"
    case checkinNote = "checkin_note"

    /// The table a score's `text_id` points into (spec 3).
    public var sourceTable: String {
        switch self {
        case .buddyFeedback: "buddy_feedback"
        case .kintellFeedback: "kintell_sessions"
        case .checkinNote: "buddy_checkins"
        }
    }
}

/// An outcome score whose source text resolved to a participant (others are excluded at load).
public struct OutcomeScoreRow: Sendable {
    public let id: UUIDKey
    public let participant: UserRef
    public let textID: UUIDKey
    public let textType: SourceTextType
    public let dimension: OutcomeDimension
    public let score: Double
    public let confidence: Double?
    public let createdAt: Timestamp
}

public struct EvidenceSnippetRow: Sendable {
    /// `evidence_snippets.id` as stored (for the review sheet and `--exclude-evidence`).
    public var id = ""
    public let score: Int32   // index into SnapshotData.scores
    public let text: String
    public let hash: String?  // lower-cased
}

/// A `metrics_company_period` row: the platform's own figures, only for reconciliation.
public struct PlatformMetricsRow: Sendable {
    public let company: Int32
    public let periodStart: CivilDate
    public let periodEnd: CivilDate
    public let values: [String: Double]   // column name -> value, for the non-NULL columns
}

/// What `snapshot_meta` says, when present.
public struct SnapshotMeta: Sendable, Equatable {
    public var schemaVersion: String?
    public var exportedAt: Timestamp?
    public var source: String?
}

/// A data-quality problem found while loading or validating: counts and row ids, never text.
public struct DataQualityFinding: Sendable, Equatable, Codable {
    public enum Severity: String, Sendable, Codable { case error, warning }
    public let severity: Severity
    public let table: String
    public let column: String
    public let problem: String
    public var count: Int
    /// Up to three row ids, for the operator (`validate`, build summary); never put in a client bundle.
    public var exampleIDs: [String]

    /// snake_case in `validate --json`, like every JSON the tool writes.
    private enum CodingKeys: String, CodingKey {
        case severity, table, column, problem, count
        case exampleIDs = "example_ids"
    }

    public init(severity: Severity, table: String, column: String, problem: String, count: Int = 0, exampleIDs: [String] = []) {
        self.severity = severity
        self.table = table
        self.column = column
        self.problem = problem
        self.count = count
        self.exampleIDs = exampleIDs
    }
}

/// Everything the figures are computed from: plain values, shareable across threads.
public struct SnapshotData: Sendable {
    public var path: String
    public var meta: SnapshotMeta
    public var companies: [CompanyRow] = []
    public var users: [UserRow] = []
    /// Every distinct first and last name of the users, sorted, for the redactor's dictionary.
    public var personNames: [String] = []
    public var memberships: [MembershipRow] = []
    /// Completed sessions (NULL `completed_at` never counts), sorted by `completedAt`.
    public var sessions: [SessionRow] = []
    public var matches: [MatchRow] = []
    public var events: [MatchActivityRow] = []
    public var checkins: [MatchActivityRow] = []
    public var learning: [LearningRow] = []
    public var scores: [OutcomeScoreRow] = []
    public var snippets: [EvidenceSnippetRow] = []
    /// `safety_flags.content_id` of every flag, whatever its review status.
    public var flaggedContent: Set<UUIDKey> = []
    public var platformMetrics: [PlatformMetricsRow] = []
    /// Rows left out of the figures by the rules of the spec, counted (spec 3).
    public var findings: [DataQualityFinding] = []
    /// Company ids held by more than one `companies` row (the same UUID, in any case), with
    /// the number of rows: which row is the tenant cannot be known.
    public var duplicateCompanyIDs: [(id: String, rows: Int)] = []

    /// Stops a build (or `figures`) when the snapshot does not say who a tenant is: a second
    /// `companies` row with the same id, even in other letter case, would rename a real client
    /// (or hand it another's name) in every file. `validate` lists the rows.
    public func checkTenantIdentity() throws(SnapshotError) {
        if let first = duplicateCompanyIDs.first {
            throw .duplicateCompanyID(path: path, id: first.id, rows: first.rows, others: duplicateCompanyIDs.count - 1)
        }
    }
    /// The newest session completion, for the default period when `exported_at` is missing.
    public var newestSessionCompletion: Timestamp? { sessions.last?.completedAt }

    /// The year the snapshot's texts were written up to: the export year, else the newest
    /// session's. The redactor judges a date's age against it, so that the same snapshot
    /// redacts the same way in any year it is rebuilt. Nil when the snapshot has neither.
    public var textYear: Int? { (meta.exportedAt ?? newestSessionCompletion)?.date.year }
}
