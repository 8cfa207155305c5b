import ArgumentParser
import PathwayCore

/// `imgpath facts [ID] [--json]`: every fact imgpath uses, with its source, kind and age.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts", abstract: "List the dates, figures and rule parameters imgpath uses, with sources.",
        discussion: """
            Each fact has an id, a value, its source, the date it was checked and its kind: published (by the
            body itself), secondary (found only in a secondary source) or estimated (worked out, saying how).
            A fact past its review date (a season date once its cycle is over, anything else a year after it
            was checked) reads "may be out of date".
            Override a fact with a JSON file in $XDG_CONFIG_HOME/imgpath/facts/ holding a list of facts of the
            shape `imgpath facts --json` prints. A broken file makes this command exit 2, naming the file, line
            and id; other commands warn and use the built-in facts.
            Examples:
              imgpath facts
              imgpath facts nrmp.2027.matchDay
              imgpath facts --json
            """)

    @OptionGroup var options: FileOptions
    @Flag(help: "Print JSON.") var json = false
    @Argument(help: "Only this fact, with what uses it.") var id: String?

    /// One fact as `--json` prints it; an override file has the same shape (`origin` and the
    /// fields after it are ignored there).
    struct Row: Encodable {
        enum Value: Encodable {
            case integer(Int)
            case text(String)

            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                switch self {
                case .integer(let number): try container.encode(number)
                case .text(let text): try container.encode(text)
                }
            }
        }
        let id: String
        let value: Value
        let kind: String
        let source: String
        let url: String?
        let checked: String
        let cycle: Int?
        let from: String?
        let until: String?
        let how: String?
        let unit: String?
        let origin: String
        let mayBeOutOfDate: Bool
        let reviewBy: String?
        let usedBy: String

        init(_ fact: Fact, today: CalendarDay) {
            id = fact.id
            switch fact.value {
            case .integer(let number): value = .integer(number)
            case .date(let day): value = .text(day.description)
            case .text(let text): value = .text(text)
            }
            kind = fact.kind.rawValue
            source = fact.source
            url = fact.url
            checked = fact.checked.description
            cycle = fact.cycle
            from = fact.from?.description
            until = fact.until?.description
            how = fact.how
            unit = fact.unit
            origin = fact.originText
            mayBeOutOfDate = fact.mayBeOutOfDate(today: today)
            reviewBy = fact.reviewDate?.description
            usedBy = FactBook.usedBy(fact.id)
        }
    }

    func run() throws {
        let outcome = FactsLoading.load()
        if !outcome.problems.isEmpty {
            for problem in outcome.problems { Output.error("imgpath: " + Output.field(problem.description)) }
            Output.error("imgpath: fix or remove the file; the facts folder is " + Output.field(FactsLoading.folder))
            throw ExitStatus.unreadableFile.code
        }
        let book = outcome.book
        let today = book.today ?? FileOptions.clock.today
        if let id {
            guard let fact = book[id] else {
                throw ValidationError("unknown fact \"\(id)\"; `imgpath facts` lists them")
            }
            if json {
                try JSONOutput.print(Row(fact, today: today))
            } else {
                printDetail(fact, today: today)
            }
            return
        }
        if json {
            try JSONOutput.print(book.facts.map { Row($0, today: today) })
            return
        }
        for fact in book.facts {
            Output.line(Output.field("\(fact.id) = \(fact.value)"))
            Output.line("    " + Output.field(summary(of: fact, today: today)))
        }
        Output.line("")
        Output.line(
            "\(book.facts.count) facts. Override one with a JSON file in " + Output.field(FactsLoading.folder)
                + " (see `imgpath facts --help`).")
    }

    /// "published; usmle.org, ...; checked 2026-12-06; built in".
    private func summary(of fact: Fact, today: CalendarDay) -> String {
        var parts = [fact.kind.rawValue, fact.source, fact.ageNote(today: today) ?? "checked \(fact.checked)"]
        if fact.kind == .estimated, let how = fact.how { parts.append("estimated as " + how) }
        if let origin = fact.origin { parts.append("from " + origin) }
        return parts.joined(separator: "; ")
    }

    private func printDetail(_ fact: Fact, today: CalendarDay) {
        let value = fact.value.description + (fact.unit.map { " " + $0 } ?? "")
        var rows: [(String, String)] = [("value", value), ("kind", kindText(fact.kind))]
        rows.append(("source", fact.source))
        if let url = fact.url { rows.append(("page", url)) }
        let review = fact.reviewDate.map { "review after \($0)" } ?? "does not go out of date"
        let stale = fact.mayBeOutOfDate(today: today)
        rows.append(("checked", "\(fact.checked)" + (stale ? "; may be out of date" : " (\(review))")))
        var applies: [String] = []
        if let cycle = fact.cycle { applies.append("the \(cycle) Match cycle") }
        if let from = fact.from { applies.append("from \(from)") }
        if let until = fact.until { applies.append("until \(until)") }
        if !applies.isEmpty { rows.append(("applies", applies.joined(separator: ", "))) }
        if let how = fact.how { rows.append((fact.kind == .estimated ? "how" : "note", how)) }
        rows.append(("origin", fact.originText))
        rows.append(("used by", FactBook.usedBy(fact.id)))
        Output.line(Output.field(fact.id))
        for (name, value) in rows { Output.line("  \(name.padding(to: 8)) " + Output.field(value)) }
    }

    private func kindText(_ kind: Fact.Kind) -> String {
        switch kind {
        case .published: "published (by the body itself)"
        case .secondary: "secondary (found only in a secondary source)"
        case .estimated: "estimated (not published yet)"
        }
    }
}
