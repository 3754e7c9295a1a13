import ArgumentParser

/// What `orders list` and `orders show` include and how they print it.
struct OrderOutputOptions: ParsableArguments {
    @Flag(
        name: .customLong("with-assets"),
        help: "Include the assets attached to each order (not those of its products).")
    var withAssets = false

    @Flag(help: "One JSON object an order, a line (JSON Lines), with the API's field names.")
    var json = false
}
