import CLibPQ
import Foundation

/// One blocking libpq connection, used from one thread: the export is a single sequential
/// pass, so nothing here needs an event loop.
///
/// ```swift
/// let db = try PostgresConnection(url: "postgresql://reports@db.internal/platform?sslmode=require")
/// try db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
/// ```
/// libpq resolves everything the URL leaves out from the `PG*` environment variables and
/// `~/.pgpass` (or `PGPASSFILE`), and negotiates TLS as `sslmode` says.
final class PostgresConnection {
    private let handle: OpaquePointer
    /// Host, port, database and user of the live connection (no password).
    let target: PostgresTarget

    /// Seconds to wait for a server that does not answer, unless the URL or `PGCONNECT_TIMEOUT`
    /// says otherwise (libpq's own default is to wait forever).
    static let defaultConnectTimeout = "10"

    init(url: String) throws(SnapshotExportError) {
        let named = try PostgresTarget(url: url)
        // Later keywords override earlier ones, including those the expanded URL sets:
        // the timeout goes first so the URL can change it; the encoding last, because the
        // snapshot's text must be UTF-8 whatever the URL or PGCLIENTENCODING say.
        var pairs: [(String, String)] = []
        if getenv("PGCONNECT_TIMEOUT") == nil { pairs.append(("connect_timeout", Self.defaultConnectTimeout)) }
        pairs.append(("application_name", "csr-report snapshot"))
        pairs.append(("dbname", url))
        pairs.append(("client_encoding", "UTF8"))
        let keywords = pairs.map { strdup($0.0) }
        let values = pairs.map { strdup($0.1) }
        defer {
            keywords.forEach { free($0) }
            values.forEach { free($0) }
        }
        let keywordList = keywords.map { UnsafePointer($0) } + [nil]
        let valueList = values.map { UnsafePointer($0) } + [nil]
        let connection = PQconnectdbParams(keywordList, valueList, 1)
        guard let connection else { throw .connectionFailed(target: named.description, reason: "out of memory") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let reason = PostgresMessage.oneLine(String(cString: PQerrorMessage(connection)), hiding: url)
            PQfinish(connection)
            throw .connectionFailed(target: named.description, reason: reason)
        }
        handle = connection
        func text(_ value: UnsafeMutablePointer<CChar>?) -> String? { value.map { String(cString: $0) } }
        target = PostgresTarget(host: text(PQhost(connection)) ?? named.host, port: text(PQport(connection)) ?? named.port,
                                database: text(PQdb(connection)) ?? named.database, user: text(PQuser(connection)) ?? named.user)
    }

    deinit { PQfinish(handle) }

    /// Whether the connection is encrypted (sslmode=prefer falls back to plain text silently).
    var usesTLS: Bool { PQsslInUse(handle) == 1 }

    /// Runs statements that return no rows.
    func execute(_ sql: String, what: String) throws(SnapshotExportError) {
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        guard PQresultStatus(result) == PGRES_COMMAND_OK else { throw failure(result, what: what) }
    }

    /// Runs a query and returns every row as text (NULL as nil); for the small catalogue queries only.
    func rows(_ sql: String, what: String) throws(SnapshotExportError) -> [[String?]] {
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        guard PQresultStatus(result) == PGRES_TUPLES_OK else { throw failure(result, what: what) }
        let fields = PQnfields(result)
        return (0..<PQntuples(result)).map { row in
            (0..<fields).map { column in
                PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
            }
        }
    }

    /// Streams `COPY (...) TO STDOUT` in text format: `line` gets each row's bytes (without the
    /// newline) while libpq holds one row in memory at a time.
    func copyOut(_ sql: String, what: String, line: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let start = PQexec(handle, sql)
        guard PQresultStatus(start) == PGRES_COPY_OUT else {
            defer { PQclear(start) }
            throw failure(start, what: what)
        }
        PQclear(start)
        var buffer: UnsafeMutablePointer<CChar>?
        while true {
            let length = PQgetCopyData(handle, &buffer, 0)
            if length > 0, let buffer {
                defer { PQfreemem(buffer) }
                let bytes = UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
                let end = bytes[Int(length) - 1] == UInt8(ascii: "\n") ? Int(length) - 1 : Int(length)
                // A throw leaves the COPY unfinished; the caller gives up and the connection closes.
                try line(UnsafeBufferPointer(start: bytes, count: end))
                continue
            }
            if length == -1 { break }
            throw SnapshotExportError.queryFailed(target: target.description, what: what,
                                                  reason: PostgresMessage.oneLine(String(cString: PQerrorMessage(handle))))
        }
        // The COPY's own result says whether the server finished it without error.
        var failed: SnapshotExportError?
        while let result = PQgetResult(handle) {
            if PQresultStatus(result) != PGRES_COMMAND_OK, failed == nil { failed = failure(result, what: what) }
            PQclear(result)
        }
        if let failed { throw failed }
    }

    private func failure(_ result: OpaquePointer?, what: String) -> SnapshotExportError {
        let message = result.flatMap { PQresultErrorMessage($0) }.map { String(cString: $0) } ?? ""
        let reason = message.isEmpty ? String(cString: PQerrorMessage(handle)) : message
        return .queryFailed(target: target.description, what: what, reason: PostgresMessage.oneLine(reason))
    }
}
