"""The storage layer: what rmcoach needs from the file system, on every platform."""
