/// Why an export could not be written. Every case names the path.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The folder the output should go in does not exist.
    case missingFolder(path: String, folder: String)
    /// The output path is a folder.
    case isFolder(path: String)
    /// The output path is one of the pathway's own files (`PathwayStore.ownFiles`, `role` says
    /// which); exporting over it would lose the data or leave the pathway unreadable.
    case wouldOverwriteData(path: String, role: String)
    /// The operating system refused an operation.
    case io(path: String, operation: String, reason: String)

    public var description: String {
        switch self {
        case .missingFolder(let path, let folder):
            return "\(path): cannot write the export: the folder \(folder) does not exist"
        case .isFolder(let path):
            return "\(path): cannot write the export: it is a folder; give a file name"
        case .wouldOverwriteData(let path, let role):
            return "\(path) is \(role); writing the export there would lose your data. Choose another output file"
        case .io(let path, let operation, let reason):
            return "\(path): cannot \(operation): \(reason)"
        }
    }
}
