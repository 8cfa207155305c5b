/// An export sink that keeps the bytes in memory, for tests and small outputs.
public struct ByteSink: ExportSink {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ bytes: [UInt8]) throws { self.bytes.append(contentsOf: bytes) }

    /// The bytes as text (exports are UTF-8).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
