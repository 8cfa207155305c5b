import FuzzDriver
import PathwayCore

/// libFuzzer entry: any bytes given to the loader either load or are refused with a
/// `StoreError`, never a crash; what loads survives a save-and-load round trip unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? PathwayDocument.decode(bytes, path: "fuzz.json") else { return 0 }
    guard let encoded = try? document.encoded() else { fatalError("a loaded document failed to encode") }
    guard let again = try? PathwayDocument.decode(encoded, path: "fuzz.json") else {
        fatalError("a saved document failed to load")
    }
    if again.journal != document.journal { fatalError("the round trip changed the journal") }
    return 0
}

/// SwiftPM links the executable's `main` to this symbol; it hands control to libFuzzer.
@_cdecl("FuzzLoader_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzLoader)
}
