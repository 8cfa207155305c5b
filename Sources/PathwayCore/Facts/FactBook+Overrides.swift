#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#endif

extension FactBook {
    /// What reading the override folder gave: the book to use and the problems found.
    public struct OverrideOutcome: Sendable {
        public let book: FactBook
        /// One problem per file that was left out (a file is used whole or not at all).
        public let problems: [FactFileError]
        /// The files read, in the order they were applied.
        public let files: [String]
    }

    /// The person's facts folder: `$XDG_CONFIG_HOME/imgpath/facts`, or `~/.config/imgpath/facts`.
    public static func overrideFolder(environment: [String: String]) -> String {
        DataFileLocation.configHome(environment: environment) + "/imgpath/facts"
    }

    /// This book with the `*.json` files of `folder` applied in name order (a later file wins).
    /// A folder that does not exist costs one `stat` and changes nothing.
    public func applyingOverrides(inFolder folder: String) -> OverrideOutcome {
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            return OverrideOutcome(book: self, problems: [], files: [])
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        let files = names.map { name -> (path: String, bytes: [UInt8]?) in
            let path = folder + "/" + name
            return (path, FileManager.default.contents(atPath: path).map(Array.init))
        }
        return applyingOverrides(files)
    }

    /// This book with the given files applied in order; nil bytes: the file could not be read.
    public func applyingOverrides(_ files: [(path: String, bytes: [UInt8]?)]) -> OverrideOutcome {
        var book = self
        var problems: [FactFileError] = []
        for (path, bytes) in files {
            guard let bytes else {
                problems.append(FactFileError(path: path, line: nil, id: nil, reason: "cannot be read"))
                continue
            }
            do throws(FactFileError) {
                let file = try FactFile.parse(bytes, path: path)
                book = try book.applying(file)
            } catch {
                problems.append(error)
            }
        }
        return OverrideOutcome(book: book, problems: problems, files: files.map(\.path))
    }

    /// This book with every fact of `file` in place of the one with its id.
    ///
    /// - Throws: for an id the program does not read, or a value of another type than the
    ///   built-in fact's.
    func applying(_ file: FactFile) throws(FactFileError) -> FactBook {
        var facts = self.facts
        for (fact, line) in file.entries {
            guard let expected = expectedValue(for: fact.id) else {
                throw FactFileError(
                    path: file.path, line: line, id: fact.id,
                    reason: "unknown id; `imgpath facts` lists the ids imgpath reads")
            }
            guard fact.value.hasSameType(as: expected) else {
                throw FactFileError(
                    path: file.path, line: line, id: fact.id, reason: "the value must be \(expected.typeName)")
            }
            if let today, fact.checked > today {
                throw FactFileError(
                    path: file.path, line: line, id: fact.id,
                    reason: "\"checked\" is \(fact.checked), a day that has not come (today is \(today))")
            }
            if case .integer(let number) = fact.value, let range = FactFamily.of(fact.id)?.plausibleNumbers,
                !range.contains(number)
            {
                throw FactFileError(
                    path: file.path, line: line, id: fact.id,
                    reason: "\(number) is not a value it can have (\(range.lowerBound) to \(range.upperBound))")
            }
            if FactFamily.of(fact.id) == .passingScore, fact.from == nil {
                throw FactFileError(
                    path: file.path, line: line, id: fact.id, reason: "a passing score needs \"from\": its first day")
            }
            // The budget adds fees up, so each must be in the one currency it adds: US dollars.
            if FactFamily.of(fact.id) == .fee, fact.unit != FactFamily.feeUnit {
                throw FactFileError(
                    path: file.path, line: line, id: fact.id,
                    reason: "a fee needs \"unit\": \"\(FactFamily.feeUnit)\" (whole US dollars)")
            }
            // A season date belongs to the cycle its id names, even when the file leaves it out.
            if let key = FactBook.seasonKey(of: fact.id), FactFamily.of(fact.id) == .seasonDate {
                guard fact.cycle == nil || fact.cycle == key.cycle else {
                    throw FactFileError(
                        path: file.path, line: line, id: fact.id,
                        reason: "\"cycle\" must be \(key.cycle), as the id says")
                }
                if case .date(let day) = fact.value, let refusal = key.event.yearRefusal(day, cycle: key.cycle) {
                    throw FactFileError(path: file.path, line: line, id: fact.id, reason: refusal)
                }
                facts.append(fact.inCycle(key.cycle))
            } else {
                facts.append(fact)
            }
        }
        return FactBook(facts, today: today)
    }
}
