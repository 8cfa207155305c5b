/// The eight milestones of the road to a US license, in pathway order.
///
/// The raw values are part of the command-line and file contract: `imgpath mark step1 passed`.
public enum MilestoneID: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    case step1
    case step2ck
    case ecfmg
    case eras
    case match
    case residency
    case step3
    case license

    /// Position in the pathway, starting at zero.
    public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: MilestoneID, rhs: MilestoneID) -> Bool { lhs.order < rhs.order }

    /// Whether this milestone is a USMLE exam with attempts and an attempt limit.
    public var isExam: Bool { self == .step1 || self == .step2ck || self == .step3 }
}
