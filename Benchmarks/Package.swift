// swift-tools-version: 6.1
// The benchmarks of issue 12, a package of their own so the tool never depends on benchmark code.
// Run them with `make bench` from the repository root (see the README's Development section).
import PackageDescription

let package = Package(
    name: "Benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "download-pages", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        // Peers: the same page rendered by two other Swift template engines.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/stencilproject/Stencil", exact: "0.15.1"),
    ],
    targets: [
        // What every benchmark shares: the benchmark orders, their page contexts, the same page
        // template for each engine, and the check that the engines' pages are identical.
        .target(
            name: "PageFixtures",
            dependencies: [
                .product(name: "TemplateEngine", package: "download-pages"),
                .product(name: "SiteGenerator", package: "download-pages"),
                .product(name: "DigitalDownloads", package: "download-pages"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Stencil", package: "Stencil"),
            ],
            path: "Sources/PageFixtures",
            exclude: ["Fixtures"]
        ),
        .executableTarget(
            name: "Rendering",
            dependencies: [
                "PageFixtures",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Rendering",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // `swift run -c release check-pages`: our pages equal swift-mustache's for every benchmark order.
        .executableTarget(
            name: "check-pages",
            dependencies: ["PageFixtures"],
            path: "Sources/CheckPages"
        ),
        // `render-loop WHAT FIXTURE COUNT`: one engine's renders alone, for callgrind's instruction counts.
        .executableTarget(
            name: "render-loop",
            dependencies: ["PageFixtures"],
            path: "Sources/RenderLoop"
        ),
    ],
    swiftLanguageModes: [.v6]
)
