"""One run of a page: what every widget and card of it needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from coalition.i18n import Locale
from coalition.models import Dataset
from coalition.viewstate import ViewState

S = TypeVar("S", bound=ViewState, covariant=True)


@dataclass(frozen=True)
class View(Generic[S]):
    """The page's state from the URL, the dataset, the Locale, whether it is embedded, where the app lives, URL notices."""

    state: S
    data: Dataset
    loc: Locale
    embedded: bool
    base_url: str
    notices: tuple[str, ...] = ()
