import Foundation

@testable import TemplateEngine

/// Runs `body` on a new thread with a 512 KB stack (what macOS gives secondary threads, and
/// less than Swift concurrency tasks may get) and waits for it: a test of the nesting bounds
/// must show that the deepest template allowed still fits there, not only on the main thread.
func onSmallStack<Result: Sendable>(_ body: @escaping @Sendable () -> Result) -> Result {
    let box = SmallStackResult<Result>()
    let thread = Thread {
        box.result = body()
        box.done.signal()
    }
    thread.stackSize = 512 * 1024
    thread.start()
    box.done.wait()
    return box.result!
}

/// The result handed back from the thread; written once before `done` is signalled.
private final class SmallStackResult<Result>: @unchecked Sendable {
    var result: Result?
    let done = DispatchSemaphore(value: 0)
}

/// The diagnostics `body` fails with, or none.
func failure(_ body: () throws(TemplateError) -> Void) -> [TemplateDiagnostic] {
    do {
        try body()
        return []
    } catch {
        return error.diagnostics
    }
}
