/// What can stop a build from writing the site, each a one-line message naming the path.
public enum BundleError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotWrite(String, String)
    case outputIsAFile(String)
    /// Another build holds the lock on the same `--out`.
    case outputLocked(String)
    /// The snapshot lives inside the output folder (the site would be built over its own input).
    case snapshotInsideOutput(snapshot: String, out: String)
    /// A file the tool did not write sits where the build must write one of its own.
    case foreignFileInTheWay(out: String, path: String)
    /// A fault injected by a test through `CSR_REPORT_TEST_FAULT`.
    case injectedFault(String, String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let why): "\(path): cannot write (\(why))"
        case .outputIsAFile(let path): "--out \(path): is a file, not a folder"
        case .outputLocked(let path):
            "--out \(path): another csr-report build is writing this site; wait for it to finish (nothing was written)"
        case .snapshotInsideOutput(let snapshot, let out):
            "--db \(snapshot) is inside --out \(out): keep the snapshot outside the site (nothing was written)"
        case .foreignFileInTheWay(let out, let path):
            "--out \(out): \(path) was not written by csr-report (no manifest lists it) but the build must write that path; "
                + "move it away (nothing was written)"
        case .injectedFault(let path, let operation): "\(path): cannot write (injected fault at \(operation))"
        }
    }
}
