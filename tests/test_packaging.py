"""The wheel carries ontology/, shapes/ and queries/, and the installed package finds them."""

import os
import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_ships_data_and_runs(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path / "dist"), str(ROOT)], check=True, capture_output=True)
    wheel = next((tmp_path / "dist").glob("kehoach-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    # every module of the source tree is in the wheel (a package left out of pyproject fails here)
    modules = [p.relative_to(ROOT).as_posix() for pkg in ("kehoach", "ingest") for p in (ROOT / pkg).rglob("*.py")
               if "__pycache__" not in p.parts]
    kinds = (("ontology", "ttl"), ("shapes", "ttl"), ("queries", "rq"))
    data = [f"kehoach/_data/{kind}/{p.name}" for kind, ext in kinds for p in (ROOT / kind).glob(f"*.{ext}")]
    missing = [f for f in modules + data if f not in names]
    assert not missing, missing
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                    str(wheel)], check=True, capture_output=True)
    env = dict(os.environ, PYTHONPATH=str(target))
    p = subprocess.run([sys.executable, "-c", "import kehoach.resources as r, kehoach.cli; "
                        "print(r.data_dir('queries'))"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    assert str(target) in p.stdout
    p = subprocess.run([sys.executable, "-m", "kehoach.cli", "queries", "--format", "json"],
                       capture_output=True, text=True, env=env, cwd=tmp_path)
    assert '"tasks"' in p.stdout and '"documents"' in p.stdout
    # the installed package ingests and audits (ingest, store, audit packages and their data)
    store = tmp_path / "store"
    for args in (["ingest", str(ROOT / "examples" / "example_tsv.txt")], ["audit", "--fail-on", "never"]):
        p = subprocess.run([sys.executable, "-m", "kehoach.cli", "--store", str(store), *args],
                           capture_output=True, text=True, env=env, cwd=tmp_path)
        assert p.returncode == 0, p.stderr
