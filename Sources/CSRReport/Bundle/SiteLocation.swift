import Foundation

/// Where a site lives and where the build prepares the next one.
///
/// ```
/// parent/site/                    the site (--out): always a complete build
/// parent/.site.csr-report/lock    held (flock) by the build writing the site
/// parent/.site.csr-report/build-<pid>/   the next site while it is assembled
/// ```
/// The work folder sits beside `--out`, not inside it, so it is on the same file system (the
/// final switch is a rename) and never part of what gets published.
struct SiteLocation {
    /// `--out` as an absolute path with its own symbolic link (if any) resolved.
    let out: String
    /// The tool's own folder beside the site; everything in it was written by the tool.
    let workspace: String

    init(_ outputFolder: String) throws(BundleError) {
        let fm = FileManager.default
        var path = outputFolder.hasPrefix("/") ? outputFolder : fm.currentDirectoryPath + "/" + outputFolder
        path = (path as NSString).standardizingPath
        // A symbolic link as --out is followed: the site is built where it points.
        if let target = try? fm.destinationOfSymbolicLink(atPath: path) {
            path = ((target.hasPrefix("/") ? target : (path as NSString).deletingLastPathComponent + "/" + target) as NSString).standardizingPath
        }
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { throw .outputIsAFile(outputFolder) }
        let parent = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        guard !name.isEmpty, name != "/", parent != path else { throw .cannotWrite(outputFolder, "the root folder cannot be a site") }
        // The next site is assembled beside --out and switched by rename: both must be on one
        // file system, which a mount point as --out is not.
        var parentInfo = stat()
        if stat(path, &info) == 0, stat(parent, &parentInfo) == 0, info.st_dev != parentInfo.st_dev {
            throw .cannotWrite(outputFolder, "a mount point cannot be switched in one step; use a folder inside it as --out")
        }
        out = path
        workspace = parent + "/." + name + ".csr-report"
    }

    /// A snapshot inside the site would be carried, overwritten or published with it.
    func refuseSnapshotInside(_ snapshot: String, out outputFolder: String) throws(BundleError) {
        let resolvedOut = Self.realPath(out) ?? out
        guard let resolvedSnapshot = Self.realPath(snapshot) else { return }
        for folder in [resolvedOut, Self.realPath(workspace) ?? workspace] where resolvedSnapshot.hasPrefix(folder + "/") {
            throw .snapshotInsideOutput(snapshot: snapshot, out: outputFolder)
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// The build's exclusive hold on one `--out` (an advisory `flock` on `.<name>.csr-report/lock`):
/// a second build into the same folder stops at once with one line instead of interleaving.
/// The kernel drops the lock when the process ends, so a killed build never leaves it held.
final class SiteLock {
    private let fd: Int32

    init(_ location: SiteLocation, outputFolder: String) throws(BundleError) {
        let path = location.workspace + "/lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path, String(cString: strerror(errno))) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(fd)
            throw busy ? .outputLocked(outputFolder) : .cannotWrite(path, reason)
        }
        self.fd = fd
    }

    deinit { close(fd) }
}

/// What a killed build can leave in the work folder, put right by the next build (which holds
/// the lock, so none of it belongs to a build still running).
enum SiteRecovery {
    /// A kill between the two renames of the fallback switch leaves no `--out` and the complete
    /// previous site in `previous-<pid>`: it is put back. Every other leftover (a half-assembled
    /// `build-<pid>`, a replaced site not yet removed) is removed. Only names the tool gives
    /// its own folders are touched.
    static func recover(_ location: SiteLocation, _ fs: SiteFileSystem) throws(BundleError) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: location.workspace)) ?? []).sorted()
        var info = stat()
        if lstat(location.out, &info) != 0, let previous = names.last(where: { $0.hasPrefix("previous-") }) {
            try fs.rename(location.workspace + "/" + previous, location.out)
        }
        for name in names where name.hasPrefix("build-") || name.hasPrefix("previous-") {
            let path = location.workspace + "/" + name
            if lstat(path, &info) == 0 { try fs.removeTree(path) }
        }
    }
}
