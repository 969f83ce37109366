"""What a service needs: sessions, the clock and the pathways. Passed in, never global."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..clock import Clock, SystemClock
from ..errors import Conflict, NotPermitted
from ..passwords import LockoutPolicy
from ..pathways import PathwayRegistry, load_pathways
from ..store.engine import make_engine, make_sessionmakers, write_gate
from ..store.migrate import ensure_schema
from ..store.quick import QuickReader


class StatementCache:
    """A small LRU of built statements, by whatever key the caller gives (thread-safe)."""

    def __init__(self, size: int = 256) -> None:
        from collections import OrderedDict

        self._size = size
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, build):
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        built = build()
        with self._lock:
            self._items[key] = built
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return built


@dataclass
class Context:
    engine: Engine
    reader: sessionmaker[Session]
    writer: sessionmaker[Session]
    clock: Clock
    pathways: PathwayRegistry
    # Failed sign-ins before a lock-out, and its length ($CASEWORK_LOCKOUT_FAILURES / _MINUTES).
    lockout: LockoutPolicy = field(default_factory=LockoutPolicy.from_environment)
    # How deep this thread is in read()/write() blocks: a refusal is audited when it leaves the outermost.
    _blocks: threading.local = field(default_factory=threading.local, repr=False, compare=False)
    # Statements a service builds once and runs again (casework.services.caseload: per query shape).
    statements: StatementCache = field(default_factory=lambda: StatementCache(), repr=False, compare=False)
    # Small reads run every minute whatever anyone does (the sweep's "anything due?"), on a held
    # connection outside any session (casework.store.quick).
    quick: QuickReader = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.quick = QuickReader(self.engine)

    @classmethod
    def open(cls, url: str | None = None, *, clock: Clock | None = None,
             pathways: PathwayRegistry | None = None, migrate: bool = True) -> Context:
        """Open (and by default create or upgrade) the database at ``url``."""
        engine = make_engine(url)
        if migrate:
            ensure_schema(engine)
        reader, writer = make_sessionmakers(engine)
        return cls(engine, reader, writer, clock or SystemClock(), pathways or load_pathways())

    @classmethod
    def from_engine(cls, engine: Engine, *, clock: Clock | None = None,
                    pathways: PathwayRegistry | None = None) -> Context:
        """A Context over an engine already made (e.g. with a database key or TLS options)."""
        reader, writer = make_sessionmakers(engine)
        return cls(engine, reader, writer, clock or SystemClock(), pathways or load_pathways())

    @property
    def in_transaction(self) -> bool:
        """Whether this thread is inside a read() or write() block of this context."""
        return getattr(self._blocks, "depth", 0) > 0

    @contextmanager
    def _guarded(self) -> Iterator[None]:
        """Audit a NotPermitted that leaves the outermost block, once its transaction has rolled back."""
        depth = getattr(self._blocks, "depth", 0)
        self._blocks.depth = depth + 1
        try:
            yield
        except NotPermitted as exc:
            self._blocks.depth = depth
            if depth == 0:
                self.audit_refusal(exc)
            raise
        finally:
            self._blocks.depth = depth

    def audit_refusal(self, exc: NotPermitted) -> None:
        """Write ``exc`` to the audit trail in its own transaction (once; only when it names the actor)."""
        if exc.audited or exc.actor is None:
            return
        from . import audit  # audit imports the models; imported here to keep this module light

        exc.audited = True
        try:
            audit.record_refusal(self, exc.actor, exc.action, exc.entity_type, exc.entity_id,  # type: ignore[arg-type]
                                 exc.reason)
        except Exception:  # the refusal stands even if the trail cannot be written; say so, without details
            logging.getLogger(__name__).exception("a refused attempt could not be written to the audit trail")

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._guarded(), self.reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self._guarded():
            try:
                with write_gate(self.engine), self.writer.begin() as session:
                    yield session
            except StaleDataError as exc:
                # The version column caught a concurrent update between our read and our write.
                raise Conflict("record", "being saved") from exc

    def close(self) -> None:
        self.quick.close()
        self.engine.dispose()
