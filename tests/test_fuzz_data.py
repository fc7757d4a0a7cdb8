"""The validator never crashes and never waves a wrong package through: every kind of mutation, a few seeds each."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from coalition import DataError, load_dataset
from tests.conftest import TINY
from tests.package_mutations import MUTATIONS, Mutation


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.name)
@pytest.mark.parametrize("seed", [1, 2])
def test_mutated_package_is_refused_or_accepted_as_declared(mutation: Mutation, seed: int, tmp_path: Path) -> None:
    package = tmp_path / "package"
    shutil.copytree(TINY, package)
    mutation.edit(package, random.Random(seed))
    try:
        load_dataset(package)
    except DataError as error:
        assert not mutation.valid, f"a harmless change was refused: {error}"
        assert all(p.problem and p.fix for p in error.problems)
        assert "Traceback" not in str(error)
        return
    assert mutation.valid, "a broken package was accepted"
