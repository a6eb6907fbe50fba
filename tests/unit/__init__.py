"""Pure tests of the core: features, records, storage, with tmp_path."""
