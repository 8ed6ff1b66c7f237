"""Shared pytest fixtures: the newsgraph binary and helpers to run it.

The binary comes from $NEWSGRAPH_BIN, else `swift build --product newsgraph` is run once per
session and .build/debug/newsgraph is used. Tests run the real binary; nothing is mocked.
"""
import os
import subprocess
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = REPO_ROOT / "Schemas"
QUERIES = Path(__file__).resolve().parent / "queries"


@pytest.fixture(scope="session")
def newsgraph_bin() -> Path:
    """Path to a built newsgraph executable."""
    env_bin = os.environ.get("NEWSGRAPH_BIN")
    if env_bin:
        path = Path(env_bin)
        if not path.is_absolute():
            path = REPO_ROOT / path
        if not path.exists():
            pytest.fail(f"NEWSGRAPH_BIN={env_bin} does not exist")
        return path
    subprocess.run(["swift", "build", "--product", "newsgraph"], cwd=REPO_ROOT, check=True)
    path = REPO_ROOT / ".build" / "debug" / "newsgraph"
    assert path.exists(), f"swift build did not produce {path}"
    return path


@pytest.fixture(scope="session")
def run_newsgraph(newsgraph_bin):
    """Runs newsgraph with arguments; returns the CompletedProcess. `check=True` fails the test
    with stderr on a non-zero exit."""

    def run(*args, check=True, timeout=600, **kwargs):
        result = subprocess.run([str(newsgraph_bin), *map(str, args)], capture_output=True, text=True,
                                timeout=timeout, **kwargs)
        if check and result.returncode != 0:
            pytest.fail(f"newsgraph {' '.join(map(str, args))} exited {result.returncode}:\n{result.stderr}")
        return result

    return run


@pytest.fixture(scope="session")
def fixture_export(run_newsgraph, tmp_path_factory):
    """Writes the hand-built fixture corpus in the given formats (once per format list per session)
    and returns the directory."""
    cache = {}

    def export(formats="all", *extra):
        key = (formats, extra)
        if key not in cache:
            out = tmp_path_factory.mktemp("fixture")
            run_newsgraph("fixture", "--out", out, "--format", formats, *extra)
            cache[key] = out
        return cache[key]

    return export
