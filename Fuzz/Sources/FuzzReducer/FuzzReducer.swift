import FuzzDriver
import PathwayCore
import PathwayTUI

/// libFuzzer entry: bytes become a window size and a stream of keys fed to the reducer; every
/// state renders into a grid of exactly the window's size, and the journal always replays to
/// the pathway on screen.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReducer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard bytes.count >= 2 else { return 0 }
    var state = AppState(journal: Journal(), filePath: "/tmp/fuzz.json", themeName: "default-dark", unicode: true)
    state.width = Int(bytes[0] % 140) + 1
    state.height = Int(bytes[1] % 50) + 1
    let now = Timestamp(secondsSince1970: 1_790_000_000)
    let special: [Key] = [
        .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .escape, .tab, .backTab, .backspace,
        .delete, .control("r"), .control("u"), .function(1), .click(x: 3, y: 4),
    ]
    for byte in bytes.dropFirst(2) {
        let key: Key =
            byte >= 0x80 ? special[Int(byte) % special.count] : .character(Character(Unicode.Scalar(byte)))
        // q and Ctrl-C would end a real session; the fuzzer keeps going instead.
        _ = AppReducer.reduce(&state, .key(key), now: now)
        let canvas = ScreenRenderer.render(state)
        if canvas.cells.count != state.width * state.height { fatalError("the screen does not fit the window") }
    }
    // Every change's line holds the slice it replaced: undoing them all gives the empty pathway.
    var back = state.journal
    while case .success = back.undo() {}
    if back.pathway != Pathway() { fatalError("undoing every change does not give the empty pathway") }
    return 0
}

/// SwiftPM links the executable's `main` to this symbol; it hands control to libFuzzer.
@_cdecl("FuzzReducer_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzReducer)
}
