// The local preview server: serves a built site, watches the theme and data, rebuilds and reloads.
