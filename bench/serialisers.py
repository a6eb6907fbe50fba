"""Which JSON serialiser the store uses, on evidence: each candidate turns the same
heavy-pair database into bytes, and only those whose bytes are identical to the
stdlib's compact output (plain JSON that TinyDB reads) qualify."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from bench.figures import median_ms


def candidates() -> dict[str, Callable[[Any], bytes] | None]:
    found: dict[str, Callable[[Any], bytes] | None] = {
        "stdlib json": lambda d: json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
    }
    try:
        import orjson

        found["orjson"] = orjson.dumps
    except ImportError:
        found["orjson"] = None
    try:
        import msgspec

        found["msgspec"] = msgspec.json.Encoder().encode
    except ImportError:
        found["msgspec"] = None  # not a dependency: `pip install msgspec` to compare it too
    return found


def bench_serialisers(store_file: Path, repeat: int) -> dict[str, tuple[float, bool] | None]:
    """Median ms to serialise the whole store per candidate, and whether its bytes
    equal the stdlib's (None when the candidate is not installed)."""
    data = json.loads(store_file.read_bytes())
    reference = candidates()["stdlib json"](data)  # type: ignore[misc]
    results: dict[str, tuple[float, bool] | None] = {}
    for name, encode in candidates().items():
        if encode is None:
            results[name] = None
            continue
        results[name] = (median_ms(lambda: encode(data), repeat), encode(data) == reference)
    return results
