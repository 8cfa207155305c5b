extension SeasonBudget {
    /// "Paid: $1,050 recorded on 12 programs" or that none is recorded.
    public var paidText: String {
        programsWithFee == 0
            ? "Paid: none recorded (a program's fee field)"
            : "Paid: \(Self.money(paidCents)) recorded on \(programsWithFee) "
                + (programsWithFee == 1 ? "program" : "programs")
    }

    /// "Expected: $797 from the fees found; no sourced figure for NRMP registration".
    public var expectedText: String {
        var text = "Expected for the \(cycle) Match: \(Self.money(expectedCents))"
        if !missing.isEmpty {
            text += " from the fees found; " + Self.noFigure + " for " + missing.joined(separator: ", ")
        }
        return text
    }

    /// An item as one line: "ERAS applications: $797 (43 programs: ...; aamc.org ...)".
    public static func line(_ item: Item) -> String {
        let amount = item.cents.map(money) ?? "none"
        var details = [item.basis]
        if let source = item.source { details.append(source) }
        return "\(item.label): \(amount) (\(details.joined(separator: "; ")))"
    }

    /// The budget as lines: paid, expected, then each item.
    public var lines: [String] { [paidText, expectedText] + items.map(Self.line) }
}
