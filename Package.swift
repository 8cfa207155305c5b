// swift-tools-version: 6.1
import PackageDescription

/// Concrete generic types (`KeyedDecodingContainer<Program.CodingKeys>` in every synthesized
/// `init(from:)`) reach their metadata through the type's own accessor instead of demangling its
/// name at run time. Demangling checks each generic requirement (`CodingKeys: CodingKey`) by a
/// scan of every protocol conformance in the static executable, the first time each type is
/// used: about a third of the work of reading a pathway file before the first frame.
let directMetadata: [SwiftSetting] = [
    .unsafeFlags(
        ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
        .when(platforms: [.linux], configuration: .release))
]

/// A release build on Linux is one static executable (the Swift libraries, Foundation, ncursesw
/// and the C library linked in): no dynamic loader resolving thousands of symbols and relocations
/// before `main`, which was a third of the start-up time. tinfo is named because a static
/// ncursesw does not bring it in by itself; the three Foundation libraries because only
/// `--static-swift-stdlib` names them by itself, and a plain `swift build -c release` must link too.
let staticExecutable: [LinkerSetting] = [
    .unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release)),
    .linkedLibrary("tinfo", .when(platforms: [.linux], configuration: .release)),
    .linkedLibrary("_FoundationCollections", .when(platforms: [.linux], configuration: .release)),
    .linkedLibrary("_FoundationCShims", .when(platforms: [.linux], configuration: .release)),
    .linkedLibrary("swiftSynchronization", .when(platforms: [.linux], configuration: .release)),
]

let package = Package(
    name: "imgpath",
    // Linux only: the code calls Glibc directly (see README, Development). No `platforms` entry,
    // since SwiftPM's platform list names only Apple systems and a macOS entry promised a build
    // that does not exist.
    products: [
        .executable(name: "imgpath", targets: ["imgpath"]),
        // The libraries, for the fuzz targets in Fuzz/ (a package of its own).
        .library(name: "PathwayCore", targets: ["PathwayCore"]),
        .library(name: "PathwayTUI", targets: ["PathwayTUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // The domain: milestones, rules, history and the crash-safe file. No terminal.
        .target(name: "PathwayCore", swiftSettings: directMetadata),
        // The terminal UI as pure code: state, reducer, key map, views into a cell grid, themes.
        .target(name: "PathwayTUI", dependencies: ["PathwayCore", "CWidth"], swiftSettings: directMetadata),
        // The C library's wcwidth, which Swift's Glibc module does not declare, for measuring text.
        .target(name: "CWidth"),
        // Turns Themes/*.json into Swift values (PathwayTUI's BundledThemes+Generated.swift), so
        // no JSON is decoded to show a built-in theme. Run by Themes/embed.sh; not a build-tool
        // plugin, because the fuzz build's -Xswiftc -sanitize=fuzzer also reaches a plugin's
        // tool, which then cannot link.
        .executableTarget(name: "ThemeCodegen"),
        // Turns Facts/*.json into Swift values (PathwayCore's FactBook+Generated.swift), so no JSON
        // is decoded for a built-in fact. Run by Facts/embed.sh, for the same reason as ThemeCodegen.
        .executableTarget(name: "FactsCodegen", dependencies: ["PathwayCore"]),
        // The system ncursesw library; only the executable's backend imports it.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .executableTarget(
            name: "imgpath",
            dependencies: [
                "PathwayCore",
                "PathwayTUI",
                "CNcursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: directMetadata,
            linkerSettings: staticExecutable
        ),
        // The C floor's own drawing (Benchmarks/hello.c), as a function for imgpath-floor.
        .target(name: "FloorHello", path: "Benchmarks/FloorHello"),
        // The floor in Swift: a static executable like imgpath that reads a pathway's snapshot as
        // imgpath does before its first frame, then draws the C floor's frame (Benchmarks/
        // season_scale.sh): what reading the file costs, apart from everything else imgpath does.
        .executableTarget(
            name: "imgpath-floor", dependencies: ["PathwayCore", "FloorHello", "CNcursesw"],
            path: "Benchmarks/imgpath-floor", swiftSettings: directMetadata, linkerSettings: staticExecutable),
        // Measures load, save, key handling and memory at growing history sizes (Benchmarks/run.sh).
        .executableTarget(
            name: "imgpath-bench", dependencies: ["PathwayCore", "PathwayTUI"], path: "Benchmarks/imgpath-bench"),
        // Fixtures/ holds files written by earlier releases, read by path.
        .testTarget(name: "PathwayCoreTests", dependencies: ["PathwayCore", "FactsCodegen"], exclude: ["Fixtures"]),
        .testTarget(
            name: "PathwayTUITests", dependencies: ["PathwayTUI", "PathwayCore", "ThemeCodegen"], exclude: ["Golden"]),
        // The executable's own code: the command line, read with and without ArgumentParser.
        .testTarget(
            name: "imgpathTests",
            dependencies: ["imgpath", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // Runs the built `imgpath` binary: the command-line contract, and the screen under tmux;
        // the plan-agreement test also draws the screen in process from the same file.
        .testTarget(name: "EndToEndTests", dependencies: ["imgpath", "PathwayCore", "PathwayTUI"]),
    ],
    swiftLanguageModes: [.v6]
)
