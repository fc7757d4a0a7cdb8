"""The dataset for the app: loaded and validated once per version of its files, shared by every session.

st.cache_resource, not st.cache_data: every run gets the one read-only Dataset, not a copy unpickled per call.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from coalition import DataError, Dataset, load_dataset
from coalition.load import Signature, signature

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"


def data_dir() -> Path:
    """The data package to serve: $COALITION_DATA if set, else the shipped data/."""
    return Path(os.environ.get("COALITION_DATA", DATA_DIR)).resolve()


@st.cache_resource(show_spinner=False)
def _cached_dataset(path: str, files: Signature) -> Dataset:
    """Loaded once per version of the files: `files` changes whenever one of them does."""
    return load_dataset(path)


def files() -> Signature:
    """The version of the data files (name, modification time, size of each): a cache key that changes with them."""
    return signature(data_dir())


def load() -> Dataset:
    """The validated dataset; raises DataError listing every problem."""
    return _cached_dataset(str(data_dir()), files())


def problems() -> DataError | None:
    """The data's problems, or None when it is valid."""
    try:
        load()
    except DataError as error:
        return error
    return None
