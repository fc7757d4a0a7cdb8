"""The coalition statement dataset: load, validate, filter, draw and export it."""

from coalition.errors import DataError, Problem
from coalition.load import load_dataset
from coalition.models import Dataset

__all__ = ["DataError", "Dataset", "Problem", "load_dataset"]
