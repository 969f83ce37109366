"""Casework must not assume Linux: a static scan of the code the app and the bundle run, and the
data folder and write gate with the platform swapped for Windows and macOS.

No Windows machine runs this suite; these checks catch the usual ways a Linux-only assumption slips in
(a POSIX-only module, a fixed /tmp or /usr path, a text file opened in the platform's encoding, a path
built with "/" by hand). Anything the scan finds must be fixed or listed in ALLOWED with the reason it
is safe on Windows.
"""

from __future__ import annotations

import ast
import threading
import time
from pathlib import Path

import pytest
from platformdirs.macos import MacOS
from platformdirs.unix import Unix
from platformdirs.windows import Windows

from casework.store import engine as engine_module

ROOT = Path(__file__).resolve().parents[1]

# What the installed app and the bundle build run.
SCANNED = (
    sorted((ROOT / "casework").rglob("*.py")) + sorted((ROOT / "ui").glob("*.py"))
    + sorted((ROOT / "migrations").rglob("*.py")) + sorted((ROOT / "installer").glob("*.py"))
    + [ROOT / "installer" / "casework.spec", ROOT / "scripts" / "translations", ROOT / "resources" / "__init__.py"]
)

POSIX_ONLY_MODULES = {"fcntl", "pwd", "grp", "termios", "tty", "pty", "resource", "posix", "syslog", "crypt"}
POSIX_ONLY_CALLS = {"getuid", "geteuid", "getgid", "getegid", "getpgid", "setsid", "fork", "forkpty", "killpg",
                    "uname", "getloadavg", "sync", "chown", "lchown", "mkfifo", "statvfs"}
POSIX_ONLY_SIGNALS = {"SIGKILL", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGCHLD", "SIGPIPE", "SIGSTOP"}
UNIX_FOLDERS = ("/tmp", "/var/", "/etc/", "/usr/", "/home/", "/opt/", "/proc/", "/dev/", "/run/", "/root")

# (file relative to the checkout, what was found): why it is safe on Windows.
ALLOWED = {
    ("casework/store/engine.py", "import fcntl"):
        "inside try/except ImportError; Windows takes the msvcrt branch (tested below)",
    ("casework/reports/fonts.py", "/usr/share/fonts/truetype/liberation"):
        "one of the candidate font folders, after %WINDIR%\\Fonts; a missing folder is skipped",
    ("casework/reports/fonts.py", "/usr/share/fonts/truetype/liberation2"): "as above",
    ("casework/reports/fonts.py", "/usr/share/fonts/liberation-sans"): "as above",
    ("casework/reports/fonts.py", "/usr/share/fonts/truetype/noto"): "as above",
    ("casework/reports/fonts.py", "/usr/share/fonts/noto"): "as above",
    ("casework/reports/fonts.py", "/usr/share/fonts/truetype/dejavu"): "as above",
    ("casework/reports/fonts.py", "/usr/share/fonts/dejavu"): "as above",
    ("casework/reports/fonts.py", "/usr/share/fonts/TTF"): "as above",
}


def _is_text_mode(call: ast.Call, mode_index: int) -> bool:
    """Whether an open()-like call opens in text mode (no "b" in a literal mode; the default is text)."""
    mode = None
    if len(call.args) > mode_index:
        mode = call.args[mode_index]
    for keyword in call.keywords:
        if keyword.arg == "mode":
            mode = keyword.value
    if mode is None:
        return True
    return not (isinstance(mode, ast.Constant) and isinstance(mode.value, str) and "b" in mode.value)


def _has_encoding(call: ast.Call) -> bool:
    return any(k.arg == "encoding" for k in call.keywords) or any(k.arg is None for k in call.keywords)


PATHLIKE = ("path", "dir", "folder", "file", "root", "home", "tmp", "temp", "base", "target", "dest")


def _pathlike(node: ast.AST) -> bool:
    """An expression whose name says it holds a path (``folder``, ``self.data_dir``, ``target.name``)."""
    text = ast.unparse(node.value if isinstance(node, ast.FormattedValue) else node).lower()
    return any(word in text for word in PATHLIKE)


def _guarded(tries: list[ast.Try]) -> set[int]:
    """Line numbers of imports inside a ``try`` that catches ImportError (optional, platform-specific)."""
    lines = set()
    for node in tries:
        if any(isinstance(h.type, ast.Name) and h.type.id in ("ImportError", "ModuleNotFoundError")
               for h in node.handlers):
            for inner in node.body:
                lines.update(sub.lineno for sub in ast.walk(inner) if isinstance(sub, (ast.Import, ast.ImportFrom)))
    return lines


def findings(source: str) -> list[tuple[int, str, str]]:
    """(line, what, why) for each Linux-only assumption in ``source``."""
    found: list[tuple[int, str, str]] = []
    imports: list[tuple[int, str]] = []
    tries: list[ast.Try] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Try):
            tries.append(node)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            imports += [(node.lineno, f"import {n.split('.')[0]}") for n in names if n.split(".")[0] in POSIX_ONLY_MODULES]
        elif isinstance(node, ast.Attribute):
            if isinstance(node.value, ast.Name) and node.value.id == "os" and node.attr in POSIX_ONLY_CALLS:
                found.append((node.lineno, f"os.{node.attr}", "not on Windows"))
            if isinstance(node.value, ast.Name) and node.value.id == "signal" and node.attr in POSIX_ONLY_SIGNALS:
                found.append((node.lineno, f"signal.{node.attr}", "not on Windows"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            if text.startswith(UNIX_FOLDERS) and "\n" not in text and " " not in text.strip():
                found.append((node.lineno, text, "a fixed Unix folder (use tempfile, platformdirs or Qt's paths)"))
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name == "open" and isinstance(func, ast.Name) and _is_text_mode(node, 1) and not _has_encoding(node):
                found.append((node.lineno, "open(...) in text mode", "no encoding: cp1252 on Windows"))
            elif name == "open" and isinstance(func, ast.Attribute) and not (
                    isinstance(func.value, ast.Name) and func.value.id in ("os", "webbrowser")) \
                    and node.args and _is_text_mode(node, 0) and not _has_encoding(node):
                found.append((node.lineno, "Path.open(...) in text mode", "no encoding: cp1252 on Windows"))
            elif name in ("read_text", "write_text") and isinstance(func, ast.Attribute) and not _has_encoding(node):
                found.append((node.lineno, f"{name}() without encoding", "cp1252 on Windows"))
            elif name in ("NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile") and \
                    _is_text_mode(node, 0) and not _has_encoding(node) and (node.args or any(
                        k.arg == "mode" for k in node.keywords)):
                found.append((node.lineno, f"{name} in text mode", "no encoding: cp1252 on Windows"))
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            for side, other in ((node.left, node.right), (node.right, node.left)):
                if isinstance(side, ast.Constant) and isinstance(side.value, str) and side.value.strip("/\\") == "" \
                        and side.value and _pathlike(other):
                    found.append((node.lineno, f"+ {side.value!r} +", "a path joined by hand (use pathlib)"))
        elif isinstance(node, ast.JoinedStr):
            parts = node.values
            for before, middle, after in zip(parts, parts[1:], parts[2:]):
                if isinstance(before, ast.FormattedValue) and isinstance(after, ast.FormattedValue) and \
                        isinstance(middle, ast.Constant) and middle.value in ("/", "\\") and \
                        (_pathlike(before) or _pathlike(after)):
                    found.append((node.lineno, f"f'{{...}}{middle.value}{{...}}'", "a path joined by hand (use pathlib)"))
    guarded = _guarded(tries)
    for line, what in imports:
        found.append((line, what, "guarded" if line in guarded else "a POSIX-only module, imported unconditionally"))
    return found


def test_the_scan_finds_each_kind_of_linux_assumption():
    """The checker itself: each pattern is caught; the portable spelling is not."""
    bad = '''
import fcntl
import os, signal
folder = "/tmp/casework"
os.getuid()
os.kill(1, signal.SIGKILL)
open(name, "w")
open(name)
Path(name).read_text()
Path(name).open("w")
target = folder + "/" + name
other = f"{folder}/{name}"
'''
    found = {what for _line, what, why in findings(bad) if why != "guarded"}
    assert found == {"import fcntl", "/tmp/casework", "os.getuid", "signal.SIGKILL", "open(...) in text mode",
                     "read_text() without encoding", "Path.open(...) in text mode", "+ '/' +",
                     "f'{...}/{...}'"}
    good = '''
try:
    import fcntl
except ImportError:
    fcntl = None
import tempfile
from pathlib import Path
folder = Path(tempfile.gettempdir()) / "casework"
open(name, "rb")
open(name, "w", encoding="utf-8", newline="")
Path(name).read_text(encoding="utf-8")
url = f"sqlite:///{folder}"
'''
    assert [f for f in findings(good) if f[2] != "guarded"] == []


def test_the_app_and_the_bundle_build_assume_no_linux_paths_or_modules():
    problems, used = [], set()
    for path in SCANNED:
        relative = path.relative_to(ROOT).as_posix()
        for line, what, why in findings(path.read_text(encoding="utf-8")):
            if (relative, what) in ALLOWED:
                used.add((relative, what))
                continue
            problems.append(f"{relative}:{line}: {what} — {why}")
    assert not problems, "Linux-only assumptions:\n" + "\n".join(problems)
    assert used == set(ALLOWED), f"allowances no longer needed: {set(ALLOWED) - used}"


# --- where the data lives, per platform -------------------------------------------------------------

def test_the_database_lives_in_the_users_data_folder_on_each_platform(monkeypatch, tmp_path):
    # Windows: %LOCALAPPDATA% (platformdirs asks the shell; here it is told)
    import platformdirs.windows as windows

    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    mac = engine_module.default_database_path(MacOS)
    assert mac.parts[-4:] == ("Library", "Application Support", "Casework", "casework.sqlite3")

    local = r"C:\Users\Siân\AppData\Local"
    monkeypatch.setattr(windows, "get_win_folder", lambda csidl: {"CSIDL_LOCAL_APPDATA": local}.get(csidl, r"C:\X"))
    path = engine_module.default_database_path(Windows)
    assert str(path).replace("/", "\\") == local + r"\Casework\casework.sqlite3"
    # Linux: $XDG_DATA_HOME, else ~/.local/share
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert engine_module.default_database_path(Unix) == tmp_path / "data" / "Casework" / "casework.sqlite3"


def test_a_windows_database_path_survives_the_url(monkeypatch):
    from sqlalchemy.engine import make_url

    path = Path(r"C:\Users\Siân O'Neil\AppData\Local\Casework\casework.sqlite3")
    monkeypatch.setattr(engine_module, "default_database_path", lambda: path)
    monkeypatch.delenv(engine_module.DB_ENV, raising=False)
    assert make_url(engine_module.resolve_url()).database == str(path)


# --- the SQLite write gate on Windows (msvcrt) -------------------------------------------------------

class FakeMsvcrt:
    """msvcrt.locking's contract: LK_NBLCK fails with OSError while another handle holds the byte."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self) -> None:
        self.holders: dict[str, int] = {}
        self.calls: list[tuple[int, int, int]] = []
        self.names: dict[int, str] = {}
        self.guard = threading.Lock()

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        import os

        self.calls.append((fd, mode, nbytes))
        name = os.path.realpath(f"/proc/self/fd/{fd}") if Path("/proc/self/fd").exists() else str(fd)
        with self.guard:
            if mode == self.LK_NBLCK:
                if name in self.holders and self.holders[name] != fd:
                    raise OSError(36, "Resource deadlock avoided")
                self.holders[name] = fd
            elif mode == self.LK_UNLCK:
                if self.holders.get(name) != fd:
                    raise OSError(13, "Permission denied")
                del self.holders[name]


def test_the_write_gate_uses_msvcrt_where_there_is_no_flock(monkeypatch, tmp_path):
    fake = FakeMsvcrt()
    monkeypatch.setattr(engine_module, "fcntl", None)
    monkeypatch.setattr(engine_module, "msvcrt", fake)
    gate = tmp_path / "casework.sqlite3-writers.lock"
    order: list[str] = []

    def second_writer() -> None:
        with engine_module._flock_gate(gate):  # noqa: SLF001
            order.append("second in")

    with engine_module._flock_gate(gate):  # noqa: SLF001
        order.append("first in")
        waiting = threading.Thread(target=second_writer)
        waiting.start()
        time.sleep(0.05)
        assert order == ["first in"], "the second writer did not wait for the gate"
        order.append("first out")
    waiting.join(timeout=5)
    assert order == ["first in", "first out", "second in"]
    modes = [mode for _fd, mode, nbytes in fake.calls if nbytes == 1]
    assert fake.LK_NBLCK in modes and modes.count(fake.LK_UNLCK) == 2  # each writer unlocked before closing
    assert fake.holders == {}


def test_the_write_gate_is_skipped_where_there_is_no_file_lock_at_all(monkeypatch):
    monkeypatch.setattr(engine_module, "fcntl", None)
    monkeypatch.setattr(engine_module, "msvcrt", None)

    class Url:
        database = "casework.sqlite3"

    class Dialect:
        name = "sqlite"

    class FakeEngine:
        url, dialect = Url(), Dialect()

    with engine_module.write_gate(FakeEngine()):
        pass  # nullcontext: SQLite's busy timeout alone


def test_backup_files_are_flushed_through_a_handle_that_may_write(tmp_path, monkeypatch):
    """Windows' FlushFileBuffers (os.fsync) refuses a read-only handle."""
    import os

    from casework.store import backup

    flushed = []
    real_fsync = os.fsync

    def fsync(fd):
        flags = getattr(os, "O_ACCMODE", 3)
        import fcntl as posix_fcntl  # the test runs on Linux: ask how the descriptor was opened

        mode = posix_fcntl.fcntl(fd, posix_fcntl.F_GETFL) & flags
        flushed.append(mode)
        return real_fsync(fd)

    monkeypatch.setattr(backup.os, "fsync", fsync)
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"x")
    backup._fsync(target)  # noqa: SLF001
    assert flushed == [os.O_RDWR]


def test_the_fake_lock_refuses_a_second_handle(tmp_path):
    """The stand-in behaves as msvcrt does, so the gate test above can fail."""
    fake = FakeMsvcrt()
    path = tmp_path / "gate"
    with open(path, "a+b") as first, open(path, "a+b") as second:
        fake.locking(first.fileno(), fake.LK_NBLCK, 1)
        with pytest.raises(OSError):
            fake.locking(second.fileno(), fake.LK_NBLCK, 1)
        fake.locking(first.fileno(), fake.LK_UNLCK, 1)
        fake.locking(second.fileno(), fake.LK_NBLCK, 1)
