import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session", autouse=True)
def cache_dir(tmp_path_factory):
    """The audit's analyses of the shapes' queries (kehoach.audit.memo) are kept in a directory of
    the test session's own, not in the user's, for the tests and the CLI processes they start."""
    before = os.environ.get("KEHOACH_CACHE_DIR")
    os.environ["KEHOACH_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("KEHOACH_CACHE_DIR", None)
    else:
        os.environ["KEHOACH_CACHE_DIR"] = before


def run(store: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run the kehoach CLI as a user would, against `store`."""
    env = dict(os.environ, KEHOACH_STORE=str(store), PYTHONIOENCODING="utf-8")
    p = subprocess.run([sys.executable, "-m", "kehoach.cli", *args], capture_output=True,
                       text=True, env=env, cwd=ROOT)
    if check and p.returncode != 0:
        raise AssertionError(f"kehoach {' '.join(args)} failed ({p.returncode}):\n{p.stderr}")
    return p


def run_json(store: Path, *args: str):
    return json.loads(run(store, *args, "--format", "json").stdout)


def ingested(directory: Path, texts: dict[str, str]) -> Path:
    """A store holding the documents `texts` gives (file name -> text), written to `directory` and ingested through
    the CLI in that order."""
    for name, text in texts.items():
        (directory / name).write_text(text, encoding="utf-8")
    store = directory / "store"
    run(store, "ingest", *(str(directory / name) for name in texts))
    return store


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seeds not found at {SEEDS}: ../shared is not beside the repository (set KEHOACH_SHARED)")
    store = tmp_path_factory.mktemp("seed-store")
    run(store, "ingest", *sorted(str(p) for p in SEEDS.glob("*.txt") if p.name != "README.md"))
    return store
