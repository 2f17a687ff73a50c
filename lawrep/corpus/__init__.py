"""Corpora: finding inputs under directories, reading reports back from JSON and JSONL, and
checking them (``validate``). Later: the corpus database, the panel and year-on-year comparison."""
