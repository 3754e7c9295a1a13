// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "download-pages",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "download-pages", targets: ["DownloadPages"]),
        .library(name: "TemplateEngine", targets: ["TemplateEngine"]),
        .library(name: "MarkdownRendering", targets: ["MarkdownRendering"]),
        .library(name: "SiteOutput", targets: ["SiteOutput"]),
        .library(name: "DigitalDownloads", targets: ["DigitalDownloads"]),
        .library(name: "DigitalDownloadsClient", targets: ["DigitalDownloadsClient"]),
        .library(name: "SiteGenerator", targets: ["SiteGenerator"]),
        .library(name: "PreviewServer", targets: ["PreviewServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.21.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.70.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // Test only: property-based tests of the template engine.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // JSON text to a flat document of values in one pass over the bytes, with line/column errors and
        // value paths: what the engine and the order decoder read JSON with. No dependencies.
        .target(name: "JSONParsing"),
        // The Mustache engine: depends only on the JSON parser, knows nothing of orders.
        .target(name: "TemplateEngine", dependencies: ["JSONParsing"]),
        // Debian's libcmark (the CommonMark reference implementation), linked as a system library.
        .systemLibrary(
            name: "CCmark",
            path: "Sources/CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Merchant text (Markdown) to safe HTML.
        .target(name: "MarkdownRendering", dependencies: ["CCmark"]),
        // The Digital Downloads API: response models, field decoding with JSON-path errors, order ids, link checks.
        .target(name: "DigitalDownloads", dependencies: ["JSONParsing"]),
        // The HTTP side of the API: one pooled transport, timeouts, retries with backoff, rate limits, a response cache.
        .target(
            name: "DigitalDownloadsClient",
            dependencies: [
                "SiteOutput",
                "DigitalDownloads",
                "JSONParsing",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // Files compiled into the tool at build time: the tool that writes them as Swift, and the
        // plugin that runs it for the targets below (resource bundles would be lost when the binary
        // is copied alone).
        .executableTarget(name: "EmbedFiles"),
        .plugin(name: "EmbedFilesPlugin", capability: .buildTool(), dependencies: ["EmbedFiles"]),
        // The sample orders that ship with the tool, compiled in from Sources/SampleOrders/orders.
        .target(name: "SampleOrders", exclude: ["orders"], plugins: ["EmbedFilesPlugin"]),
        // The default theme, compiled in from Templates/ and Public/.
        .target(name: "BuiltInTheme", plugins: ["EmbedFilesPlugin"]),
        // Writing files safely: atomic, unchanged bytes left alone, nothing outside the output folder.
        .target(name: "SiteOutput"),
        // Orders to a static site: page model, theme rendering, the build pipeline, pruning.
        .target(
            name: "SiteGenerator",
            dependencies: [
                "TemplateEngine", "MarkdownRendering", "DigitalDownloads", "DigitalDownloadsClient", "SiteOutput", "BuiltInTheme",
                "JSONParsing",
            ]
        ),
        // `download-pages preview`: serve the built site, watch, rebuild, live-reload.
        .target(
            name: "PreviewServer",
            dependencies: [
                "SiteGenerator",
                "DigitalDownloads",
                "TemplateEngine",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        // The command-line tool: thin commands over the libraries, option groups, and what the tool prints
        // (tables, progress, the flag hints added to library errors).
        .executableTarget(
            name: "DownloadPages",
            dependencies: [
                "TemplateEngine",
                "DigitalDownloads",
                "SiteGenerator",
                "SampleOrders",
                "DigitalDownloadsClient",
                "PreviewServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "JSONParsingTests",
            dependencies: ["JSONParsing"]
        ),
        .testTarget(
            name: "TemplateEngineTests",
            dependencies: ["TemplateEngine", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        // A real HTTP server on 127.0.0.1, virtual time and recorders, for the tests that talk HTTP.
        // A seeded random generator for the differential and mutation tests, in a module of its own
        // so that importing it brings nothing else into a test target.
        .target(name: "TestRandom", path: "Tests/TestRandom"),
        .target(
            name: "TestSupport",
            dependencies: [
                "DigitalDownloads",
                "DigitalDownloadsClient",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "DigitalDownloadsClientTests",
            dependencies: [
                "DigitalDownloads",
                "DigitalDownloadsClient",
                "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "DigitalDownloadsTests",
            dependencies: [
                "DigitalDownloads", "JSONParsing", "TestRandom", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["DigitalDownloads", "SiteGenerator", "DigitalDownloadsClient", "TestSupport", "DownloadPages"]
        ),
        .testTarget(
            name: "PreviewServerTests",
            dependencies: [
                "PreviewServer", "DigitalDownloads", "SiteGenerator", "TestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "SiteGeneratorTests",
            dependencies: [
                "SiteGenerator", "DigitalDownloads", "TemplateEngine", "SiteOutput", "SampleOrders", "TestSupport", "TestRandom",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "SiteOutputTests",
            dependencies: ["SiteOutput", "TestSupport"]
        ),
        .testTarget(
            name: "MarkdownRenderingTests",
            dependencies: ["MarkdownRendering"]
        ),
        .testTarget(
            name: "DownloadPagesTests",
            dependencies: ["DownloadPages", "DigitalDownloads", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
