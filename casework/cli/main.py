"""`casework`: argument parsing, dispatch, and turning the core's errors into messages and exit codes.

Exit codes: 0 ok; 2 invalid input (including usage errors, a broken pathway file and a database newer
than this version); 3 not permitted or sign-in failed; 4 not found; 5 conflict (a stale
--expected-version); 1 anything else that stopped the command (e.g. the database server unreachable).
"""

from __future__ import annotations

import argparse
import os
import sys

from sqlalchemy import exc as sa_exc

from .. import __version__
from ..clock import Clock
from ..errors import CaseworkError, DatabaseTooNew, PathwayFileError, ValidationError
from ..pathways import load_pathways
from ..store.engine import SSLMODES
from . import admin, audit, datafile, outcomes, pathway, privacy, referral, report, sla
from . import people as people_cli
from . import spreadsheet as spreadsheet_cli
from .session import Invocation

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INVALID = 2
EXIT_INTERRUPTED = 130

EPILOG = """\
environment:
  CASEWORK_DB            database URL when --db is not given (default: a SQLite file in the user data folder)
  CASEWORK_USER          acting user when --user is not given (default: admin)
  CASEWORK_PASSWORD      the acting user's password (else asked on a terminal)
  CASEWORK_NEW_PASSWORD  the password of a user being added by `user add` (else asked twice)
  CASEWORK_PATHWAYS_DIR  a folder of extra or overriding pathway files
  CASEWORK_DB_PASSPHRASE the passphrase of an encrypted SQLite database (when its key is not in the
                         system keyring; else asked on a terminal)
  CASEWORK_NEW_DB_PASSPHRASE  the new passphrase for `rekey --passphrase` (else asked twice)
  CASEWORK_DB_SSLMODE, CASEWORK_DB_SSLROOTCERT, CASEWORK_DB_SSLCERT, CASEWORK_DB_SSLKEY
                         PostgreSQL TLS settings when the --db-ssl* options are not given

exit codes: 0 ok, 2 invalid input, 3 not permitted or sign-in failed, 4 not found, 5 conflict,
            6 `audit verify` found the audit trail tampered with
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casework", description="Case management for youth-violence referral pathways.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"casework {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL, e.g. sqlite:///casework.sqlite3 or "
                                                    "postgresql+psycopg://host/db (default: $CASEWORK_DB)")
    parser.add_argument("--user", metavar="NAME", help="acting user (default: $CASEWORK_USER, else admin)")
    tls = parser.add_argument_group("PostgreSQL TLS (libpq settings; default sslmode prefer, verify-full recommended)")
    tls.add_argument("--db-sslmode", metavar="MODE", choices=SSLMODES,
                     help=f"one of {', '.join(SSLMODES)} (default: $CASEWORK_DB_SSLMODE, else libpq's prefer)")
    tls.add_argument("--db-sslrootcert", metavar="FILE", help="the CA certificate(s) that signed the server's "
                                                              "certificate (default: $CASEWORK_DB_SSLROOTCERT)")
    tls.add_argument("--db-sslcert", metavar="FILE", help="a client certificate (default: $CASEWORK_DB_SSLCERT)")
    tls.add_argument("--db-sslkey", metavar="FILE", help="the client certificate's key (default: $CASEWORK_DB_SSLKEY)")
    # The same two options are accepted after the command too; SUPPRESS keeps a value given
    # before the command from being reset by the subcommand's default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")
    common.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help="acting user")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    admin.register(sub, common)
    pathway.register(sub, common)
    referral.register(sub, common)
    sla.register(sub, common)
    report.register(sub, common)
    privacy.register(sub, common)
    audit.register(sub, common)
    datafile.register(sub, common)
    outcomes.register(sub, common)
    people_cli.register(sub, common)
    spreadsheet_cli.register(sub, common)
    return parser


def _error(message: str) -> None:
    sys.stderr.write(f"error: {message}\n")


def _tls_hint(reason: str) -> str:
    lowered = reason.lower()
    if "certificate verify failed" in lowered:
        return (" (the server's certificate is not signed by a CA in --db-sslrootcert / $CASEWORK_DB_SSLROOTCERT, "
                "or has expired)")
    if "does not match host name" in lowered or "server certificate for" in lowered:
        return " (sslmode verify-full: the server's certificate is for another host name than the one in the URL)"
    if "server does not support ssl" in lowered:
        return " (the server does not offer TLS; ask its administrator, or lower --db-sslmode)"
    return ""


def run(args: argparse.Namespace, clock: Clock | None) -> int:
    """Run a parsed command; every deliberate error becomes a message and its exit code."""
    invocation: Invocation | None = None
    try:
        invocation = Invocation(args, load_pathways(), clock)
        return args.handler(invocation)
    except PathwayFileError as exc:
        _error(f"broken pathway file {exc.file}: at {exc.key}: {exc.problem}")
        return EXIT_INVALID
    except DatabaseTooNew as exc:
        _error(str(exc))
        return EXIT_INVALID
    except ValidationError as exc:
        _error(f"{exc.field}: {exc.message}")
        return exc.exit_code
    except CaseworkError as exc:
        _error(str(exc))
        return exc.exit_code
    except (sa_exc.ArgumentError, sa_exc.NoSuchModuleError) as exc:
        _error(f"database: not a usable database URL ({exc})")
        return EXIT_INVALID
    except sa_exc.OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else "unknown reason"
        _error(f"database: cannot use the database: {reason}{_tls_hint(reason)}")
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (`casework referral list | head`): say nothing more, write nothing more.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return EXIT_FAILED
    except KeyboardInterrupt:
        sys.stderr.write("\ninterrupted; nothing more was saved\n")
        return EXIT_INTERRUPTED
    finally:
        if invocation is not None:
            invocation.close()


def main(argv: list[str] | None = None, *, clock: Clock | None = None) -> int:
    """Entry point. Returns the exit code; the installed `casework` script exits with it."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors (2) and --help / --version (0)
        return exc.code if isinstance(exc.code, int) else EXIT_INVALID if exc.code else EXIT_OK
    return run(args, clock)


if __name__ == "__main__":
    sys.exit(main())
