/// One allowed move of a milestone into a status, from the statuses listed, under its guards.
///
/// Moves straight from `notStarted` to a result exist so that a person can record what already
/// happened (Step 1 passed two years ago) without walking through every status; the guards
/// still hold.
public struct Transition: Sendable {
    public let milestone: MilestoneID
    public let to: Status
    public let from: [Status]
    public let guards: [Guard]
    /// How the goal reads before "needs": "ECFMG certification needs Step 2 CK passed".
    public let goal: String
}
