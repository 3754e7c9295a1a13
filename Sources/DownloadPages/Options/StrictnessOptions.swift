import ArgumentParser

/// How forgiving rendering is; shared by `build` and `preview` (`check` is always strict).
struct StrictnessOptions: ParsableArguments {
    @Flag(
        name: .customLong("strict-templates"),
        help: "Fail an order when a template name resolves to nothing or a partial is missing.")
    var strictTemplates = false
}
