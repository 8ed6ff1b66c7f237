"""Helpers for the end-to-end tests of the main job (export of seeds/)."""
import os
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def binary() -> str:
    path = os.environ.get("NEWSGRAPH_BIN", str(ROOT / ".build" / "debug" / "newsgraph"))
    if not os.access(path, os.X_OK):
        subprocess.run(["swift", "build", "--product", "newsgraph"], cwd=ROOT, check=True)
    return path


def run(*args, stdin=None, cwd=ROOT, check=False):
    result = subprocess.run([binary(), *map(str, args)], cwd=cwd, input=stdin, capture_output=True, timeout=900)
    if check and result.returncode != 0:
        raise AssertionError(f"newsgraph {' '.join(map(str, args))} exited {result.returncode}:\n"
                             f"{result.stderr.decode(errors='replace')}")
    return result


def tree(directory: pathlib.Path) -> dict:
    """Relative path → bytes for every file below directory."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}
