"""The command line: each subcommand's output, exit code and what it wrote."""
