import FuzzDriver
import PathwayCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// libFuzzer entry: any bytes given to the snapshot loader either load or are refused with a
/// `StoreError`, never a crash; what loads survives a save-and-load round trip unchanged. The
/// same bytes read as a history line either decode or are refused, and a decoded line encodes
/// back to the same line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let line = try? JSONDecoder().decode(HistoryLine.self, from: Data(bytes)) {
        guard let encoded = try? JSONEncoder().encode(line),
            let again = try? JSONDecoder().decode(HistoryLine.self, from: encoded)
        else { fatalError("a decoded history line failed to round-trip") }
        if again != line { fatalError("the round trip changed the history line") }
    }
    guard let decoded = try? PathwayDocument.decode(bytes, path: "fuzz.json") else { return 0 }
    let (pathway, head): (Pathway, HistoryHead)
    // Written back in the layout it was read in: schema 2 with every program, schema 3 with the
    // programs in play and the glance.
    var programFile: String?
    switch decoded {
    case .current(let p, let h, let layout):
        (pathway, head) = (p, h)
        if case .separate(let file) = layout { programFile = file }
    case .legacy(let history, _):
        (pathway, head) = (Journal(replaying: history).pathway, Journal(replaying: history).head)
    }
    let encoded = PathwayDocument.encode(
        pathway, head: head, historyFile: "fuzz.history.jsonl", programFile: programFile)
    guard case .current(let again, let againHead, _)? = try? PathwayDocument.decode(encoded, path: "fuzz.json") else {
        fatalError("a saved snapshot failed to load")
    }
    if again != pathway || againHead != head { fatalError("the round trip changed the snapshot") }
    return 0
}

/// SwiftPM links the executable's `main` to this symbol; it hands control to libFuzzer.
@_cdecl("FuzzLoader_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzLoader)
}
