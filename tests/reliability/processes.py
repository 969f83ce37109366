"""Run a function in several forked processes at once and collect what each returned (as JSON)."""

from __future__ import annotations

import json
import mmap
import os
import time
import traceback
from collections.abc import Callable


def run_in_processes(count: int, target: Callable[[int], object], *, timeout: float = 300) -> list[object]:
    """Fork ``count`` children that start ``target(index)`` together; return their results in order.

    A child that raises makes this raise with the child's traceback. Open engines of the parent
    must be disposed before calling: a child opens its own connections.
    """
    go = mmap.mmap(-1, 1)
    children = []
    for index in range(count):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            os.close(read_fd)
            code = 0
            try:
                while go[0] == 0:
                    time.sleep(0.001)
                payload = {"ok": target(index)}
            except BaseException:
                payload = {"error": traceback.format_exc()}
                code = 1
            data = json.dumps(payload).encode()
            while data:
                data = data[os.write(write_fd, data):]
            os._exit(code)
        os.close(write_fd)
        children.append((pid, read_fd))
    go[0] = 1
    results, errors = [], []
    deadline = time.monotonic() + timeout
    for pid, fd in children:
        chunks = []
        while chunk := os.read(fd, 65536):
            chunks.append(chunk)
        os.close(fd)
        os.waitpid(pid, 0)
        payload = json.loads(b"".join(chunks) or b'{"error": "child died without a word"}')
        if "error" in payload:
            errors.append(payload["error"])
        else:
            results.append(payload["ok"])
        assert time.monotonic() < deadline, "processes took too long"
    assert not errors, "\n".join(errors)
    return results
