import Foundation

/// The site a build replaces, as far as the build needs to know it: which files the tool wrote
/// (its manifests list them) and which belong to someone else (everything else). Symbolic
/// links are never followed: a link in the site is a file like any other.
struct PreviousSite {
    /// Manifests of earlier builds at the top of the site, by file name.
    var manifests: [String: Manifest] = [:]
    /// Every file some manifest lists (and the manifests themselves), with the manifest's name.
    var owned: [String: String] = [:]
    /// Files (of any kind but folders) that no manifest lists, relative to the site.
    var foreignFiles: [String] = []
    /// Every folder of the site, relative to it, with its permission bits.
    var folders: [String: mode_t] = [:]
    /// The permission bits of the site folder itself.
    var rootMode: mode_t?

    init(at root: String) {
        var info = stat()
        guard lstat(root, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
        rootMode = info.st_mode & 0o7777
        var files: [String] = []
        var regular: Set<String> = []
        walk(root, relative: "", files: &files, regular: &regular)
        for name in files where Manifest.isManifestName(name) && regular.contains(name) {
            if let data = FileManager.default.contents(atPath: root + "/" + name), let manifest = Manifest(parsing: data) {
                manifests[name] = manifest
            }
        }
        // Only a regular file can be the tool's: a link put in its place is someone else's.
        let present = regular
        for (name, manifest) in manifests.sorted(by: { $0.key < $1.key }) {
            owned[name] = name
            for entry in manifest.entries where present.contains(entry.path) && owned[entry.path] == nil {
                owned[entry.path] = name
            }
        }
        foreignFiles = files.filter { owned[$0] == nil }
    }

    private mutating func walk(_ root: String, relative: String, files: inout [String], regular: inout Set<String>) {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() {
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(root + "/" + path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                folders[path] = info.st_mode & 0o7777
                walk(root, relative: path, files: &files, regular: &regular)
            } else {
                files.append(path)
                if info.st_mode & S_IFMT == S_IFREG { regular.insert(path) }
            }
        }
    }

    /// Top-level names no manifest lists that look like what versions before 0.2 left behind
    /// when killed (`<tenant>.previous`, `.csr-report-staging-<pid>`, `<file>.tmp-<pid>`). They
    /// are kept like every foreign file (a user's file may have such a name), but named in the
    /// summary so that the operator can remove them.
    var oldLeftovers: [String] {
        let topLevel = Set((foreignFiles + folders.keys).map { String($0.split(separator: "/", maxSplits: 1)[0]) })
        return topLevel.filter { name in
            name.hasSuffix(".previous") || name.hasPrefix(".csr-report-staging-")
                || name.range(of: #"\.tmp-[0-9]+$"#, options: .regularExpression) != nil
        }.sorted()
    }

    /// Folders that hold none of the tool's files: someone else's, kept even when empty.
    var foreignFolders: [String] {
        let ownedFolders = Set(owned.keys.flatMap { path in
            let parts = path.split(separator: "/")
            return (1..<max(parts.count, 1)).map { parts.prefix($0).joined(separator: "/") }
        })
        return folders.keys.filter { !ownedFolders.contains($0) }.sorted()
    }
}

extension String {
    /// The tenant a site path belongs to: its first component, without `.zip` for a bundle's
    /// archive at the top (`acme-1a2b3c4d.zip` and `acme-1a2b3c4d/index.html` are both `acme-1a2b3c4d`).
    var siteTopLevelKey: String {
        let first = split(separator: "/", maxSplits: 1).first.map(String.init) ?? self
        return !contains("/") && first.hasSuffix(".zip") ? String(first.dropLast(4)) : first
    }
}
