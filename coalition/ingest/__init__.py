"""Ingest: draft a statement's rows from a saved article, and merge a reviewed draft into the data package.

article (read .txt/.md/.html) → tokens (names, flags, separators) → lists (runs of names and their
role, with cues) → draft (rows, counts, quotes) → report (files under data/drafts/ID/) → apply.
"""
