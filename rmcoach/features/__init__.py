"""One module per feature of the pair's journey; plain Python, no Textual."""
