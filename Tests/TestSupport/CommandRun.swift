import Foundation

/// Runs the built `download-pages` executable (or a shell pipeline that uses it), as a user or a
/// CI step would, and collects what it printed.
public struct CommandRun: Sendable {
    public var status: Int32
    public var output: String
    public var error: String

    /// The executable sits beside the test bundle in the build folder.
    public static var executable: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("download-pages").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("download-pages")
    }

    /// Runs `download-pages ARGUMENTS`, or `/bin/sh -c SHELL` with the executable as `$DOWNLOAD_PAGES`.
    ///
    /// The wait happens on a thread of its own: blocking the few threads of Swift's concurrency
    /// pool would leave none for an in-process test server to answer the very command waited for.
    public static func run(
        _ arguments: [String] = [], in directory: URL? = nil, environment: [String: String] = [:], shell: String? = nil,
        removing removed: [String] = []
    ) async throws -> CommandRun {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(
                    with: Result {
                        try runBlocking(arguments, in: directory, environment: environment, shell: shell, removing: removed)
                    })
            }
        }
    }

    /// The same, waiting on the calling thread, for tests with no server in the process.
    public static func runBlocking(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:], shell: String? = nil,
        removing removed: [String] = []
    ) throws -> CommandRun {
        let process = Process()
        var base = ProcessInfo.processInfo.environment
        for name in removed { base[name] = nil }
        base["DOWNLOAD_PAGES"] = executable.path
        process.environment = base.merging(environment) { _, new in new }
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shell]
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRun(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }
}
