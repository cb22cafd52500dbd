"""Fixtures shared by the whole suite."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "articles"
DEV_CORPUS = Path(__file__).resolve().parent / "data" / "dev"


@pytest.fixture
def data_dir(tmp_path):
    """An empty data folder."""
    return tmp_path / "kerjasama-data"


@pytest.fixture(scope="session")
def samples_dir():
    return SAMPLES
