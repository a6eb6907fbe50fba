"""The crash-safe store and everything on disk: locations, preferences, import and export."""
