"""What a service needs: sessions, the clock and the pathways. Passed in, never global."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..clock import Clock, SystemClock
from ..errors import Conflict
from ..pathways import PathwayRegistry, load_pathways
from ..store.engine import make_engine, make_sessionmakers, write_gate
from ..store.migrate import ensure_schema


@dataclass
class Context:
    engine: Engine
    reader: sessionmaker[Session]
    writer: sessionmaker[Session]
    clock: Clock
    pathways: PathwayRegistry

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

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        try:
            with write_gate(self.engine), self.writer.begin() as session:
                yield session
        except StaleDataError as exc:
            # The version column caught a concurrent update between our read and our write.
            raise Conflict("record", "being saved") from exc

    def close(self) -> None:
        self.engine.dispose()
