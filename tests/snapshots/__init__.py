"""A few pictures of key screens at a fixed size (Textual is pinned)."""
