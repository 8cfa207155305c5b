/// Where each part of the main screen goes for a window size.
public struct Layout: Equatable, Sendable {
    public let title: Rect
    public let checklist: Rect
    public let detail: Rect
    public let nextLine: Rect
    public let messageLine: Rect
    public let keyBar: Rect

    public init(width: Int, height: Int) {
        let paneHeight = max(3, height - 4)
        // The checklist gets a bit over a third of the width, within limits that keep the
        // milestone names and statuses readable.
        let listWidth = width >= 80 ? min(38, max(32, width * 3 / 8)) : 30
        title = Rect(x: 0, y: 0, width: width, height: 1)
        checklist = Rect(x: 0, y: 1, width: listWidth, height: paneHeight)
        detail = Rect(x: listWidth, y: 1, width: max(0, width - listWidth), height: paneHeight)
        nextLine = Rect(x: 0, y: 1 + paneHeight, width: width, height: 1)
        messageLine = Rect(x: 0, y: 2 + paneHeight, width: width, height: 1)
        keyBar = Rect(x: 0, y: 3 + paneHeight, width: width, height: 1)
    }
}
