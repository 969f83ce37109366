"""init, team, site, user and demo: setting a database up and who works in it."""

from __future__ import annotations

import argparse
import importlib
import sys

from ..errors import CaseworkError, ValidationError
from ..services import directory, signin
from ..store.models import Nation, Role, SiteKind
from ..timeutil import format_local
from . import output, prompts
from .session import Invocation, display_url


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create or upgrade the database; create the first administrator",
                       description="Create the database (or upgrade it to this version, after a backup). On a "
                                   "database with no users, create the first administrator: the name from --user "
                                   "(default admin), the password from $CASEWORK_PASSWORD or asked twice.")
    p.add_argument("--display-name", help="the administrator's full name")
    p.add_argument("--encrypt", action=argparse.BooleanOptionalAction, default=True,
                   help="encrypt a new SQLite database with SQLCipher (default: yes); the key goes to the "
                        "system keyring, or comes from a passphrase ($CASEWORK_DB_PASSPHRASE, else asked twice) "
                        "where there is no keyring")
    p.add_argument("--passphrase", action="store_true",
                   help="protect a new encrypted database with a passphrase even when a keyring is available")
    p.set_defaults(handler=init)

    team = sub.add_parser("team", help="teams").add_subparsers(dest="action", metavar="ACTION", required=True)
    p = team.add_parser("add", parents=[common], help="add a team")
    p.add_argument("name")
    p.set_defaults(handler=team_add)
    p = team.add_parser("list", parents=[common], help="list teams")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=team_list)

    site = sub.add_parser("site", help="custody suites, emergency departments and offices").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = site.add_parser("add", parents=[common], help="add a site")
    p.add_argument("code", help="short code, e.g. mk-custody")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, choices=[k.value for k in SiteKind])
    p.add_argument("--local-authority", required=True)
    p.add_argument("--nation", required=True, choices=[n.value for n in Nation])
    p.set_defaults(handler=site_add)
    p = site.add_parser("list", parents=[common], help="list sites")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=site_list)

    user = sub.add_parser("user", help="users and their roles").add_subparsers(dest="action", metavar="ACTION",
                                                                               required=True)
    p = user.add_parser("add", parents=[common], help="add a user",
                        description="Add a user. The new user's password comes from $CASEWORK_NEW_PASSWORD, "
                                    "or is asked twice on a terminal.")
    p.add_argument("name", help="user name: lower-case letters, digits, . _ -")
    p.add_argument("--role", required=True, choices=[r.value for r in Role],
                   help="the case role; 'admin' means none (an administrator who reads no case records)")
    p.add_argument("--team", help="the team (required for a caseworker or team lead)")
    p.add_argument("--display-name")
    p.add_argument("--admin", action="store_true",
                   help="also an administrator (manages users, teams, sites and settings)")
    p.set_defaults(handler=user_add)
    p = user.add_parser("list", parents=[common], help="list users")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=user_list)
    p = user.add_parser("unlock", parents=[common], help="lift a lock-out after failed sign-ins",
                        description="Lift a lock-out after repeated failed sign-ins (administrators only).")
    p.add_argument("name")
    p.set_defaults(handler=user_unlock)
    p = user.add_parser("reset-password", parents=[common], help="set a user's password (and unlock them)",
                        description="Set a user's password (administrators only). The new password comes "
                                    "from $CASEWORK_NEW_PASSWORD, or is asked twice on a terminal.")
    p.add_argument("name")
    p.set_defaults(handler=user_reset_password)

    p = sub.add_parser("password", parents=[common], help="change your own password",
                       description="Change the signed-in user's password. The current password is the one "
                                   "signed in with ($CASEWORK_PASSWORD or the prompt); the new one comes from "
                                   "$CASEWORK_NEW_PASSWORD, or is asked twice on a terminal.")
    p.set_defaults(handler=change_own_password)

    p = user.add_parser("update", parents=[common], help="change a user's case role, team, administrator grant",
                        description="Change a user (administrators only). Only the options given change.")
    p.add_argument("name")
    p.add_argument("--role", choices=[r.value for r in Role], help="the case role ('admin': none)")
    team_group = p.add_mutually_exclusive_group()
    team_group.add_argument("--team", help="move the user to this team")
    team_group.add_argument("--no-team", action="store_true", help="take the user out of any team")
    admin_group = p.add_mutually_exclusive_group()
    admin_group.add_argument("--admin", dest="admin", action="store_true", default=None,
                             help="give the administrator grant")
    admin_group.add_argument("--no-admin", dest="admin", action="store_false", help="take the grant away")
    active_group = p.add_mutually_exclusive_group()
    active_group.add_argument("--active", dest="active", action="store_true", default=None, help="may sign in")
    active_group.add_argument("--inactive", dest="active", action="store_false", help="may no longer sign in")
    p.add_argument("--display-name")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=user_update)

    p = sub.add_parser("demo", parents=[common], help="fill the database with generated demo data",
                       description="Generate demo teams, sites, users and referrals (administrators only).")
    p.add_argument("--referrals", type=_positive, default=200, metavar="N", help="how many referrals (default 200)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=demo)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


# --- init ---------------------------------------------------------------------------------------

def init(inv: Invocation) -> int:
    ctx, result = inv.open(create=True)
    where = display_url(inv.url)
    if result.before is None:
        print(f"created the database at {where} (revision {result.after})")
        if inv.key is not None:
            how = ("a random key kept in this computer's keyring" if inv.key.kind.value == "raw"
                   else "your passphrase (it cannot be recovered: keep it safe)")
            print(f"the database is encrypted (SQLCipher) with {how}")
        elif ctx.engine.dialect.name == "sqlite":
            print("the database is NOT encrypted (--no-encrypt); `casework encrypt` encrypts it later")
    elif result.before != result.after:
        print(f"upgraded the database at {where} from revision {result.before} to {result.after}")
        if result.backup is not None:
            print(f"backup of the database before the upgrade: {result.backup}")
    if directory.has_users(ctx):
        print(f"the database at {where} is up to date (revision {result.after}); it already has users, "
              "so no administrator was created")
        return 0
    username = prompts.acting_user(getattr(inv.args, "user", None))
    password = prompts.new_password(prompts.PASSWORD_ENV, username)
    created = directory.create_first_admin(ctx, username, password, inv.args.display_name)
    print(f"created the administrator {created.username}")
    return 0


# --- teams, sites, users ------------------------------------------------------------------------

def team_add(inv: Invocation) -> int:
    team = directory.create_team(inv.context(), inv.actor(), inv.args.name)
    print(f"created team {team.name!r} (id {team.id})")
    return 0


def team_list(inv: Invocation) -> int:
    teams = directory.list_teams(inv.context(), inv.actor())
    if inv.json:
        output.print_json([t.to_json() for t in teams])
    else:
        output.print_table(["ID", "NAME"], [(t.id, t.name) for t in teams])
    return 0


def site_add(inv: Invocation) -> int:
    a = inv.args
    site = directory.create_site(inv.context(), inv.actor(), a.code, a.name, a.kind, a.local_authority, a.nation)
    print(f"created site {site.code} ({site.name}, id {site.id})")
    return 0


def site_list(inv: Invocation) -> int:
    sites = directory.list_sites(inv.context(), inv.actor())
    if inv.json:
        output.print_json([s.to_json() for s in sites])
    else:
        output.print_table(["CODE", "NAME", "KIND", "LOCAL AUTHORITY", "NATION"],
                           [(s.code, s.name, s.kind, s.local_authority, s.nation) for s in sites])
    return 0


def user_add(inv: Invocation) -> int:
    a = inv.args
    ctx, actor = inv.context(), inv.actor()
    # Checked before asking for a password, so nobody types one twice only to be refused.
    if a.role in (Role.CASEWORKER.value, Role.TEAM_LEAD.value) and not a.team:
        raise ValidationError("team", "required", f"a {a.role} belongs to a team: give --team")
    password = prompts.new_password(prompts.NEW_PASSWORD_ENV, a.name)
    user = directory.create_user(ctx, actor, a.name, password, a.role, a.team, a.display_name, admin=a.admin)
    team = f", team {user.team}" if user.team else ""
    admin = ", administrator" if user.is_admin else ""
    print(f"created user {user.username} ({user.role}{team}{admin})")
    return 0


def user_unlock(inv: Invocation) -> int:
    lifted = signin.unlock_user(inv.context(), inv.actor(), inv.args.name)
    print(f"unlocked {inv.args.name.strip().lower()}" if lifted
          else f"{inv.args.name.strip().lower()} was not locked; any failed sign-ins are forgotten")
    return 0


def user_reset_password(inv: Invocation) -> int:
    ctx, actor = inv.context(), inv.actor()
    with ctx.read() as s:
        directory.find_user(s, inv.args.name, "username")  # before asking for a password twice
    password = prompts.new_password(prompts.NEW_PASSWORD_ENV, inv.args.name)
    signin.reset_password(ctx, actor, inv.args.name, password)
    print(f"set a new password for {inv.args.name.strip().lower()}")
    return 0


def change_own_password(inv: Invocation) -> int:
    ctx, actor = inv.context(), inv.actor()
    current = inv.signed_in_password()
    new = prompts.new_password(prompts.NEW_PASSWORD_ENV, actor.username)
    signin.change_password(ctx, actor, current, new)
    print(f"changed the password of {actor.username}")
    return 0


def user_update(inv: Invocation) -> int:
    a = inv.args
    changes: dict = {"role": a.role, "admin": a.admin, "active": a.active, "display_name": a.display_name}
    if a.team:
        changes["team"] = a.team
    elif a.no_team:
        changes["team"] = None
    user = directory.update_user(inv.context(), inv.actor(), a.name, **changes)
    if inv.json:
        output.print_json(user.to_json())
        return 0
    team = f", team {user.team}" if user.team else ""
    admin = ", administrator" if user.is_admin else ""
    state = "" if user.active else ", inactive"
    print(f"updated user {user.username} ({user.role}{team}{admin}{state})")
    return 0


def user_list(inv: Invocation) -> int:
    users = directory.list_users(inv.context(), inv.actor())
    if inv.json:
        output.print_json([u.to_json() for u in users])
    else:
        output.print_table(["USERNAME", "NAME", "ROLE", "TEAM", "ADMIN", "ACTIVE", "LOCKED UNTIL"],
                           [(u.username, u.display_name, u.role, u.team, u.is_admin, u.active,
                             format_local(u.locked_until) if u.locked_until else "")
                            for u in users])
    return 0


# --- demo ---------------------------------------------------------------------------------------

class DemoUnavailable(CaseworkError):
    exit_code = 1

    def __init__(self) -> None:
        super().__init__("the demo data generator (casework.demo) is not part of this build")


def _progress(done: int, total: int) -> None:
    sys.stderr.write(f"\rgenerating referrals: {done}/{total}")
    sys.stderr.flush()


def demo(inv: Invocation) -> int:
    try:  # imported here: only this command needs it
        generator = importlib.import_module("casework.demo")
    except ModuleNotFoundError as exc:
        if exc.name != "casework.demo":
            raise
        raise DemoUnavailable() from None
    ctx, actor = inv.context(), inv.actor()
    show_progress = not inv.json and sys.stderr.isatty()
    result = generator.generate(ctx, actor, referrals=inv.args.referrals, seed=inv.args.seed,
                                progress=_progress if show_progress else None)
    if show_progress:
        sys.stderr.write("\r" + " " * 60 + "\r")
    users = [{"username": u, "role": r, "team": t} for u, r, t in result.users]
    if inv.json:
        output.print_json({"counts": dict(result.counts), "users": users, "password": result.password})
        return 0
    print("created:")
    output.print_table(["WHAT", "COUNT"], list(result.counts.items()))
    print()
    print(f"demo users (password for each: {result.password}):")
    output.print_table(["USERNAME", "ROLE", "TEAM"], [(u["username"], u["role"], u["team"]) for u in users])
    return 0
