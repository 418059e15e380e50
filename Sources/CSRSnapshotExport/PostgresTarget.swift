import CLibPQ
import Foundation

/// The server a URL names, for messages and `snapshot_meta.source`: host, port, database and
/// user as libpq resolves them from the URL (and the `PG*` variables for what it leaves out),
/// never the password.
///
/// ```swift
/// let target = try PostgresTarget(url: "postgresql://reports:secret@db.internal/platform")
/// target.description   // "db.internal:5432/platform (user reports)"
/// ```
public struct PostgresTarget: Sendable, CustomStringConvertible {
    public let host: String
    public let port: String
    public let database: String
    public let user: String

    /// Whether the text is meant as a PostgreSQL URL (what `build --db` branches on).
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Parses the URL with libpq's own parser, so that it accepts exactly what the connection will.
    public init(url: String) throws(SnapshotExportError) {
        guard Self.isURL(url) else { throw .invalidURL("it must start with postgresql:// or postgres://") }
        var message: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(url, &message) else {
            let reason = message.map { String(cString: $0) } ?? "cannot parse it"
            if let message { PQfreemem(message) }
            throw .invalidURL(PostgresMessage.oneLine(reason, hiding: url))
        }
        defer { PQconninfoFree(options) }
        var values: [String: String] = [:]
        var option = options
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val { values[String(cString: keyword)] = String(cString: value) }
            option += 1
        }
        let env = PostgresTarget.environment
        host = values["host"] ?? values["hostaddr"] ?? env["PGHOST"] ?? "localhost (Unix socket)"
        port = values["port"] ?? env["PGPORT"] ?? "5432"
        user = values["user"] ?? env["PGUSER"] ?? "(current user)"
        database = values["dbname"] ?? env["PGDATABASE"] ?? user
    }

    init(host: String, port: String, database: String, user: String) {
        self.host = host
        self.port = port
        self.database = database
        self.user = user
    }

    public var description: String { "\(host):\(port)/\(database) (user \(user))" }

    /// `snapshot_meta.source`: where the data came from, without user or credentials.
    public var source: String { "postgresql://\(host):\(port)/\(database)" }

    private static var environment: [String: String] {
        var result: [String: String] = [:]
        for name in ["PGHOST", "PGPORT", "PGUSER", "PGDATABASE"] {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }
}

/// libpq's messages end in newlines and sometimes span lines (one per address tried).
/// libpq's URL parser quotes the part it could not read, which may be the password: the
/// password of `url`, as written there, is replaced by `***`.
enum PostgresMessage {
    static func oneLine(_ text: String, hiding url: String? = nil) -> String {
        var line = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
        for password in url.map(passwords) ?? [] where !password.isEmpty {
            line = line.replacingOccurrences(of: password, with: "***")
        }
        return line
    }

    /// `postgresql://user:PASSWORD@host/db?password=PASSWORD` -> the passwords as written (percent-encoded).
    static func passwords(in url: String) -> [String] {
        var found: [String] = []
        if let query = url.firstIndex(of: "?") {
            for pair in url[url.index(after: query)...].split(separator: "&") where pair.hasPrefix("password=") {
                found.append(String(pair.dropFirst("password=".count)))
            }
        }
        return found + [userInfoPassword(in: url)].compactMap { $0 }
    }

    private static func userInfoPassword(in url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" }
        guard let at = authority.lastIndex(of: "@") else { return nil }
        let userInfo = authority[..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return nil }
        return String(userInfo[userInfo.index(after: colon)...])
    }
}
