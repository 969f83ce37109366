"""What an install carries and reports: every resource file is packaged, the version is the metadata's,
and nothing assumes a Linux file system."""

from __future__ import annotations

import fnmatch
import re
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import casework

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _matches(relative: str, pattern: str) -> bool:
    # setuptools' "**/" also matches files at the top of the package
    return fnmatch.fnmatch(relative, pattern) or (pattern.startswith("**/") and fnmatch.fnmatch(relative, pattern[3:]))


def test_every_resource_file_is_matched_by_a_package_data_pattern():
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["casework_resources"]
    resources = ROOT / "resources"
    left_out = []
    for path in resources.rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".py", ".pyc"):
            continue
        relative = path.relative_to(resources).as_posix()
        if not any(_matches(relative, pattern) for pattern in patterns):
            left_out.append(relative)
    assert not left_out, f"add a package-data pattern to pyproject.toml for: {left_out}"


def test_the_version_comes_from_the_package_metadata():
    assert casework.__version__ == metadata.version("casework") == PYPROJECT["project"]["version"]
    assert not re.search(r'__version__\s*=\s*["\']', (ROOT / "casework" / "__init__.py").read_text())


def test_casework_version_prints_the_metadata_version():
    result = subprocess.run([sys.executable, "-m", "casework.cli.main", "--version"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"casework {metadata.version('casework')}"


def test_tzdata_is_a_dependency_so_windows_has_europe_london():
    assert any(re.match(r"tzdata\b", requirement) for requirement in PYPROJECT["project"]["dependencies"])
    import tzdata  # noqa: F401 - installed with the package

    from importlib.resources import files
    assert (files("tzdata") / "zoneinfo" / "Europe" / "London").is_file()


def test_no_code_names_a_linux_only_path():
    """Data and settings folders come from platformdirs/QSettings, never from a spelled-out path."""
    linux_only = re.compile(r"""["'](/home/|/tmp/|/var/|/etc/|/usr/|~/\.local|~/\.config)""")
    # The report fonts are looked for in each system's font folders, Windows' and macOS' first.
    searched_per_system = {"casework/reports/fonts.py"}
    offenders = []
    for folder in ("casework", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.relative_to(ROOT).as_posix() in searched_per_system:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if linux_only.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
