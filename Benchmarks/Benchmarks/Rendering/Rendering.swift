// The engine benchmarks of issue 12: the default theme's order page rendered by our engine,
// swift-mustache and Stencil from the same page context, the floor (the finished page's lines
// appended to one buffer), and JSON text to HTML (our `TemplateValue(json:)` then render, against
// swift-mustache's `JSONSerialization` then render). `check-pages` proves first that the engines
// make the same page.
import Benchmark
import Foundation
import PageFixtures

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal],
        warmupIterations: 20,
        maxDuration: .seconds(2),
        maxIterations: 1_000_000
    )
    let engines: Engines
    do {
        engines = try Engines()
    } catch {
        fatalError("cannot compile the theme: \(error)")
    }
    for name in BenchmarkPage.fixtureNames {
        let page: BenchmarkPage
        do {
            page = try BenchmarkPage.fixture(name, engines: engines)
        } catch {
            fatalError("cannot read fixture \(name): \(error)")
        }
        Benchmark("render ours \(name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? engines.renderOursBytes(page.context))
            }
        }
        Benchmark("render swift-mustache \(name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(engines.renderMustache(page.mustacheContext))
            }
        }
        Benchmark("render stencil \(name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? engines.renderStencil(page.stencilContext))
            }
        }
        Benchmark("floor \(name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(BenchmarkPage.appendLines(page.pageLines))
            }
        }
        Benchmark("json ours \(name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? engines.renderOursBytes(json: page.contextJSON))
            }
        }
        Benchmark("json swift-mustache \(name)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? engines.renderMustache(json: page.contextJSON))
            }
        }
    }
}
