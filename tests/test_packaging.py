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
    for f in ("kehoach/_data/ontology/kehoach.ttl", "kehoach/_data/ontology/agencies.ttl",
              "kehoach/_data/queries/tasks.rq", "kehoach/_data/queries/documents.rq",
              "kehoach/ingest/reader.py", "kehoach/cli.py"):
        assert f in names, f
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
