import Foundation

/// A test's request to break the build at one file operation (`CSR_REPORT_TEST_FAULT`):
/// `N` or `N:fail` makes the N-th operation fail, `N:full` fail as a full disk does (ENOSPC),
/// `N:kill` kills the process (SIGKILL) just before it. Only the tests set it.
public struct FaultPlan: Sendable, Equatable {
    public enum Kind: String, Sendable { case fail, full, kill }
    public let operation: Int
    public let kind: Kind

    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let n = Int(parts[0]), n >= 1,
              let kind = parts.count == 2 ? Kind(rawValue: String(parts[1])) : .fail else { return nil }
        operation = n
        self.kind = kind
    }
}

/// Every change a build makes to the file system goes through here, one counted operation at a
/// time, so that the fault-injection test can stop the build at each of them and check that the
/// site is still the old one or already the new one.
final class SiteFileSystem {
    private let faults: FaultPlan?
    private(set) var operations = 0

    init(faults: FaultPlan?) { self.faults = faults }

    private func step(_ operation: String, _ path: String) throws(BundleError) {
        operations += 1
        guard let faults, faults.operation == operations else { return }
        switch faults.kind {
        case .kill: kill(getpid(), SIGKILL)
        case .fail: throw .injectedFault(path, operation)
        case .full: throw .cannotWrite(path, String(cString: strerror(ENOSPC)))
        }
    }

    private static func failure(_ path: String) -> BundleError {
        .cannotWrite(path, String(cString: strerror(errno)))
    }

    /// `mkdir -p` that says why it failed (Foundation's message for a read-only or missing
    /// parent is only "the file doesn't exist").
    func makeFolder(_ path: String, mode: mode_t = 0o755) throws(BundleError) {
        var info = stat()
        if lstat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { return }
            if info.st_mode & S_IFMT == S_IFLNK, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return }
            throw .cannotWrite(path, "a file of that name is in the way")
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeFolder(parent) }
        try step("mkdir", path)
        if mkdir(path, mode) != 0, errno != EEXIST {
            throw .cannotWrite(path, "cannot create the folder: \(String(cString: strerror(errno)))")
        }
    }

    /// Creates a new file (never one that exists) with these bytes; a short write (a full disk)
    /// is an error, not a truncated file.
    func write(_ bytes: [UInt8], to path: String) throws(BundleError) {
        try step("write", path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Self.failure(path) }
        var written = 0
        let ok = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 { if errno == EINTR { continue }; return false }
                written += n
            }
            return true
        }
        let error = ok ? nil : Self.failure(path)
        if close(fd) != 0, ok { throw Self.failure(path) }
        if let error { throw error }
    }

    /// Keeps a file of the previous site in the new one: a hard link (same file, nothing
    /// copied), or a copy where the file system refuses the link.
    func carry(_ from: String, to: String) throws(BundleError) {
        try step("link", to)
        if linkat(AT_FDCWD, from, AT_FDCWD, to, 0) == 0 { return }
        let linkError = Self.failure(to)
        do {
            try FileManager.default.copyItem(atPath: from, toPath: to)
        } catch {
            throw linkError
        }
    }

    func chmod(_ path: String, _ mode: mode_t) throws(BundleError) {
        try step("chmod", path)
        if Foundation.chmod(path, mode) != 0 { throw Self.failure(path) }
    }

    func rename(_ from: String, _ to: String) throws(BundleError) {
        try step("rename", to)
        if Foundation.rename(from, to) != 0 {
            if errno == EBUSY || errno == EXDEV { throw .cannotWrite(from, "a mount point cannot be switched in one step; use a folder inside it as --out") }
            throw Self.failure(to)
        }
    }

    /// Swaps two paths in one step (Linux `renameat2(RENAME_EXCHANGE)`). False where the
    /// kernel, the C library or the file system does not offer it.
    func exchange(_ a: String, _ b: String) throws(BundleError) -> Bool {
        guard let renameat2 = Self.renameat2 else { return false }
        try step("exchange", b)
        if renameat2(AT_FDCWD, a, AT_FDCWD, b, 2 /* RENAME_EXCHANGE */) == 0 { return true }
        if errno == EINVAL || errno == ENOSYS || errno == ENOTSUP { return false }
        if errno == EBUSY || errno == EXDEV { throw .cannotWrite(b, "a mount point cannot be switched in one step; use a folder inside it as --out") }
        throw Self.failure(b)
    }

    func removeTree(_ path: String) throws(BundleError) {
        try step("remove", path)
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw .cannotWrite(path, "cannot remove: \(error.localizedDescription)")
        }
    }

    /// glibc has `renameat2` since 2.28 but Swift's Glibc module does not import it (it is a
    /// GNU extension), so it is looked up at run time.
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameat2: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()
}
