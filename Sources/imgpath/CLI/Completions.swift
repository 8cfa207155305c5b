import ArgumentParser
import PathwayCore

/// What the shell completion scripts offer for arguments whose values depend on other words:
/// a milestone's statuses, checklist items and fields, and the deadline ids in the file.
///
/// ArgumentParser runs these closures in the `imgpath` binary when the shell asks
/// (`imgpath ---completion ...`), with the words typed so far.
enum Completions {
    /// The milestone named among the words typed so far, if any.
    static func milestone(in words: [String]) -> MilestoneID? {
        words.lazy.compactMap(MilestoneID.init(rawValue:)).first
    }

    /// The statuses of the milestone typed before (every status name when none is).
    static let statuses = CompletionKind.custom { words, _, _ in
        guard let id = milestone(in: words) else {
            var seen = Set<String>()
            return MilestoneCatalog.all.flatMap { $0.statuses.map(\.rawValue) }.filter { seen.insert($0).inserted }
        }
        return MilestoneCatalog[id].statuses.map(\.rawValue)
    }

    /// The checklist item ids of the milestone typed before.
    static let items = CompletionKind.custom { words, _, _ in
        let infos = milestone(in: words).map { [MilestoneCatalog[$0]] } ?? MilestoneCatalog.all
        return infos.flatMap { $0.items.map(\.id) }
    }

    /// The field ids of the milestone typed before, and `date` and `score`.
    static let fields = CompletionKind.custom { words, _, _ in
        let infos = milestone(in: words).map { [MilestoneCatalog[$0]] } ?? MilestoneCatalog.all
        return infos.flatMap { $0.fields.map(\.id) } + ["date", "score"]
    }

    /// The season calendar's event ids.
    static let events = CompletionKind.list(SeasonEventID.allCases.map(\.rawValue))

    /// The deadline ids in the file (`--file` among the words, else `IMGPATH_FILE` or the default).
    static let deadlines = CompletionKind.custom { words, _, _ in
        let given = words.firstIndex(of: "--file").flatMap { $0 + 1 < words.count ? words[$0 + 1] : nil }
        let path = DataFileLocation.resolve(explicit: given, environment: FileOptions.environment)
        guard let (_, journal) = try? PathwayStore.open(path: path, lock: false) else { return [] }
        return journal.pathway.deadlines.map(\.id)
    }

    /// The pathway named among the words (`--file`), else `IMGPATH_FILE` or the default, if it reads.
    private static func pathway(in words: [String]) -> Pathway? {
        let given = words.firstIndex(of: "--file").flatMap { $0 + 1 < words.count ? words[$0 + 1] : nil }
        let path = DataFileLocation.resolve(explicit: given, environment: FileOptions.environment)
        return (try? PathwayStore.open(path: path, lock: false))?.1.pathway
    }

    /// The experience ids in the file.
    static let experiences = CompletionKind.custom { words, _, _ in
        pathway(in: words)?.experiences.map(\.id) ?? []
    }

    /// The letter ids in the file.
    static let letters = CompletionKind.custom { words, _, _ in
        pathway(in: words)?.letters.map(\.id) ?? []
    }

    /// The program ids in the file.
    static let programs = CompletionKind.custom { words, _, _ in
        pathway(in: words)?.programs.map(\.id) ?? []
    }
}
