"""The pair's records: typed views of each table, who the pair is, who may see what."""
