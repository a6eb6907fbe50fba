"""`rmcoach agreement`: print the pair agreement as Markdown."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rmcoach.cli import Context

NAME = "agreement"
HELP = "print the pair agreement as Markdown (the latest version, or --version N)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", type=int, metavar="N", dest="agreement_version", default=None,
                        help="print version N instead of the latest")


def run(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.features import agreement
    from rmcoach.storage import locations
    from rmcoach.infra.textsafe import printable

    store_path_exists = (ctx.data_dir / locations.STORE_NAME).exists()
    pair = ctx.pair() if store_path_exists else None
    if pair is None:
        ctx.stderr.write("rmcoach: no pair set up yet - run `rmcoach` to set up your pair, "
                         "then draft the agreement under Trust and agreement (key t).\n")
        return 1
    records = agreement.versions(ctx.store())
    if not records:
        ctx.stderr.write("rmcoach: no agreement yet - run `rmcoach`, press t (Trust and agreement), "
                         "open the Agreement tab and press e to draft one from the template.\n")
        return 1
    if args.agreement_version is None:
        record = records[-1]
    else:
        found = agreement.get_version(ctx.store(), args.agreement_version)
        if found is None:
            numbers = ", ".join(str(r.version) for r in records)
            ctx.stderr.write(f"rmcoach: there is no version {args.agreement_version}; the versions are {numbers}.\n")
            return 1
        record = found
    ctx.stdout.write(printable(agreement.agreement_markdown(record, pair)))
    return 0
