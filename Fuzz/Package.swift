// swift-tools-version: 6.1
// Fuzz targets for the file loader and the screen reducer. Built apart from the main package
// because a libFuzzer target has no `main` of its own:
//   swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
// then run `Fuzz/run.sh` (CI runs it for a bounded time).
import PackageDescription

let package = Package(
    name: "imgpath-fuzz",
    dependencies: [.package(name: "imgpath", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzLoader",
            dependencies: ["FuzzDriver", .product(name: "PathwayCore", package: "imgpath")]),
        .executableTarget(
            name: "FuzzReducer",
            dependencies: [
                "FuzzDriver", .product(name: "PathwayCore", package: "imgpath"),
                .product(name: "PathwayTUI", package: "imgpath"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
