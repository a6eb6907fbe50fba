"""Plain-language helpers: the glossary, the jargon checker, the resistance
diagnostic and the tips library.  Every module here is plain Python (no Textual)
and cheap to import; data is built or compiled on first use."""
