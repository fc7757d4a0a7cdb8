"""The dataset for the app: loaded and validated once per version of its files, shared by every session."""

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


@st.cache_data(show_spinner=False)
def _cached_dataset(path: str, files: Signature) -> Dataset:
    """Loaded once per version of the files: `files` changes whenever one of them does."""
    return load_dataset(path)


def load() -> Dataset:
    """The validated dataset; raises DataError listing every problem."""
    path = data_dir()
    return _cached_dataset(str(path), signature(path))


def problems() -> DataError | None:
    """The data's problems, or None when it is valid."""
    try:
        load()
    except DataError as error:
        return error
    return None
