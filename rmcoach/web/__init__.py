"""rmcoach outside the terminal: the app in a web browser (``serve``) and on paper (``paper``).

Nothing here imports Textual: the browser's app runs in its own process per tab."""
