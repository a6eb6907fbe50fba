"""The store's header (table ``_meta``, one record): which app wrote the file,
its schema and the document-id high-water marks the store keeps."""

from __future__ import annotations

from typing import ClassVar

from rmcoach.records import tables
from rmcoach.records.base import REF, STAMP, TEXT, Record, fld, integer, mapping, optional

ID_MAX = 2**53  # JSON numbers stay exact up to here


class StoreHeader(Record):
    TABLE: ClassVar[str] = tables.META

    app: str = fld(TEXT, "", required="it marks an rmcoach data file")
    schema: int = fld(integer(1, 1_000_000), 1, required="it says which rmcoach wrote the file")
    store_uuid: str | None = fld(optional(REF))
    created: str | None = fld(optional(STAMP))
    next_ids: dict[str, int] = fld(mapping(integer(1, ID_MAX)), None)
