"""Fixtures for the deployment tests: the browser tests' Chromium (one launch per session)."""

from tests.browser.conftest import browser

__all__ = ["browser"]
