"""One module per `rmcoach` subcommand (see rmcoach.cli for the contract)."""
