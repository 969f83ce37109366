"""Teams, sites and users: who works where, and signing in."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from ..errors import AuthenticationFailed, NotFound, ValidationError  # noqa: F401 - AuthenticationFailed re-exported
from ..passwords import hash_password
from ..store.models import Nation, Role, Site, SiteKind, Team, User
from ..validation import bad_character, check_characters, clean_text, field_words
from . import audit
from .access import require
from .actor import ROLE_WORDS, Actor
from .context import Context
from .views import SiteView, TeamView, UserView
from ..i18n import _, said

_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,79}$")


def _name(value: str, field: str, limit: int) -> str:
    return clean_text(value, field, limit, required=True) or ""


def _lookup(value: str, field: str) -> str:
    """A name to look something up by: text that can be sent to the database (it may not exist)."""
    if not isinstance(value, str):
        raise ValidationError(field, "text", _("{field} must be text").format(field=field_words(field)))
    return check_characters(value, field).strip()


def _team_view(team: Team) -> TeamView:
    return TeamView(team.id, team.name)


def _user_view(user: User, locked_until=None) -> UserView:
    return UserView(user.id, user.username, user.display_name, user.role.value,
                    user.team.name if user.team else None, user.active,
                    bool(user.is_admin) or user.role is Role.ADMIN, locked_until)


def _site_view(site: Site) -> SiteView:
    return SiteView(site.id, site.code, site.name, site.kind.value, site.local_authority, site.nation.value)


def has_users(ctx: Context) -> bool:
    with ctx.read() as s:
        return (s.scalar(select(func.count(User.id))) or 0) > 0


def create_first_admin(ctx: Context, username: str, password: str, display_name: str | None = None) -> UserView:
    """The first administrator of a new database. Refused once any user exists."""
    username = _check_username(username)
    with ctx.write() as s:
        if s.scalar(select(func.count(User.id))):
            raise ValidationError("user", "already_initialised", _("this database already has users"))
        user = User(username=username, display_name=display_name or username, role=Role.ADMIN,
                    is_admin=True, password_hash=hash_password(password), active=True, created_at=ctx.clock.now())
        s.add(user)
        s.flush()
        audit.record(s, None, ctx.clock.now(), "create_first_admin", "user", user.id,
                     after={"username": username, "role": "admin", "is_admin": True})
        s.refresh(user, ["team"])
        return _user_view(user)


def _check_username(username: str) -> str:
    name = (username or "").strip().lower() if isinstance(username, str) else ""
    if not _USERNAME.fullmatch(name):
        raise ValidationError("username", "username_format",
                              _("a user name is 2-80 characters: lower-case letters, digits, . _ - , starting with a letter"))
    return name


def authenticate(ctx: Context, username: str, password: str) -> Actor:
    """Sign in (``casework.services.signin.authenticate``: failures counted, audited and locked out)."""
    from . import signin  # signin needs this module's neighbours; imported late to keep imports simple

    return signin.authenticate(ctx, username, password)


def create_team(ctx: Context, actor: Actor, name: str) -> TeamView:
    require(ctx, actor, "manage_teams")
    name = _name(name, "team", 120)
    with ctx.write() as s:
        if _team_named(s, name) is not None:
            raise ValidationError("team", "duplicate", _("a team called {name} already exists").format(name=repr(name)))
        team = Team(name=name, created_at=ctx.clock.now())
        s.add(team)
        s.flush()
        audit.record(s, actor, ctx.clock.now(), "create", "team", team.id, after={"name": name})
        return _team_view(team)


def create_site(ctx: Context, actor: Actor, code: str, name: str, kind: str, local_authority: str,
                nation: str) -> SiteView:
    require(ctx, actor, "manage_sites")
    code = _name(code.lower() if isinstance(code, str) else code, "code", 40)  # lower() can lengthen: "İ"
    name = _name(name, "name", 200)
    local_authority = _name(local_authority, "local_authority", 120)
    try:
        site_kind = SiteKind(kind)
    except ValueError:
        raise ValidationError("kind", "choice", _("site kind must be one of {kinds}").format(
            kinds=", ".join(k.value for k in SiteKind))) from None
    try:
        site_nation = Nation(nation)
    except ValueError:
        raise ValidationError("nation", "choice", _("nation must be one of {nations}").format(
            nations=", ".join(n.value for n in Nation))) from None
    with ctx.write() as s:
        if s.scalar(select(Site.id).where(Site.code == code)):
            raise ValidationError("code", "duplicate", _("a site with code {code} already exists").format(code=repr(code)))
        site = Site(code=code, name=name, kind=site_kind, local_authority=local_authority, nation=site_nation,
                    created_at=ctx.clock.now())
        s.add(site)
        s.flush()
        audit.record(s, actor, ctx.clock.now(), "create", "site", site.id,
                     after={"code": code, "name": name, "kind": kind, "local_authority": local_authority,
                            "nation": nation})
        return _site_view(site)


def _role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError("role", "choice", _("role must be one of {roles}").format(
            roles=", ".join(r.value for r in Role))) from None


def create_user(ctx: Context, actor: Actor, username: str, password: str, role: str, team: str | None = None,
                display_name: str | None = None, *, admin: bool = False) -> UserView:
    """A new user with a case role (``admin`` as the role: none) and, with ``admin=True``, the administrator grant."""
    require(ctx, actor, "manage_users")
    username = _check_username(username)
    user_role = _role(role)
    if user_role in (Role.CASEWORKER, Role.TEAM_LEAD) and not team:
        raise ValidationError("team", "required", _("a {role} belongs to a team").format(role=said(ROLE_WORDS[user_role.value])))
    clean_text(display_name, "display_name", 200)
    is_admin = bool(admin) or user_role is Role.ADMIN
    password_hash = hash_password(password)
    with ctx.write() as s:
        if s.scalar(select(User.id).where(User.username == username)):
            raise ValidationError("username", "duplicate", _("the user name {name} is taken").format(name=repr(username)))
        team_row = find_team(s, team) if team else None
        user = User(username=username, display_name=clean_text(display_name, "display_name", 200) or username,
                    role=user_role,
                    team_id=team_row.id if team_row else None, password_hash=password_hash, active=True,
                    is_admin=is_admin, created_at=ctx.clock.now())
        s.add(user)
        s.flush()
        audit.record(s, actor, ctx.clock.now(), "create", "user", user.id,
                     after={"username": username, "role": user_role.value, "team": team, "is_admin": is_admin})
        s.refresh(user, ["team"])
        return _user_view(user)


def find_team(session, name: str, field: str = "team") -> Team:
    team = _team_named(session, _lookup(name, field))
    if team is None:
        raise ValidationError(field, "unknown_team", _("no team called {name}").format(name=repr(name)))
    return team


def _team_named(session, name: str) -> Team | None:
    """The team of this name, in any case. Exact first: SQLite's lower() folds only A-Z, so a name
    with other capitals ("Ysbyty Ŵ") would otherwise not find itself there."""
    exact = session.scalar(select(Team).where(Team.name == name))
    if exact is not None:
        return exact
    return session.scalar(select(Team).where(func.lower(Team.name) == name.lower()).order_by(Team.id).limit(1))


def find_site(session, code: str, field: str = "site") -> Site:
    site = session.scalar(select(Site).where(Site.code == _lookup(code, field).lower()))
    if site is None:
        raise ValidationError(field, "unknown_site", _("no site with code {code}").format(code=repr(code)))
    return site


def find_user(session, username: str, field: str = "user") -> User:
    user = session.scalar(select(User).where(User.username == _lookup(username, field).lower()))
    if user is None:
        raise ValidationError(field, "unknown_user", _("no user called {name}").format(name=repr(username)))
    return user


def list_teams(ctx: Context, actor: Actor) -> list[TeamView]:
    with ctx.read() as s:
        return [_team_view(t) for t in s.scalars(select(Team).order_by(Team.name))]


def list_sites(ctx: Context, actor: Actor) -> list[SiteView]:
    with ctx.read() as s:
        return [_site_view(x) for x in s.scalars(select(Site).order_by(Site.name))]


def list_users(ctx: Context, actor: Actor) -> list[UserView]:
    from .signin import locks_of

    with ctx.read() as s:
        users = s.scalars(select(User).order_by(User.username)).all()
        locks = locks_of(s, list(users), ctx.clock.now())
        return [_user_view(u, locks.get(u.id)) for u in users]


def get_user(ctx: Context, actor: Actor, username: str) -> UserView:
    if not isinstance(username, str) or bad_character(username):
        raise NotFound("user", username)
    with ctx.read() as s:
        user = s.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None:
            raise NotFound("user", username)
        return _user_view(user)


_UNCHANGED = object()


def update_user(ctx: Context, actor: Actor, username: str, *, role: str | None = None,
                team: str | None | object = _UNCHANGED, admin: bool | None = None, active: bool | None = None,
                display_name: str | None = None) -> UserView:
    """Change a user's case role, team, administrator grant, active flag or name (administrators only).

    ``team=None`` takes the user out of any team. The last active administrator cannot lose the
    grant or be made inactive, so a database always has someone who can manage it.
    """
    require(ctx, actor, "manage_users", entity_type="user")
    new_role = _role(role) if role is not None else None
    with ctx.write() as s:
        user = s.scalar(select(User).where(User.username == (username or "").strip().lower()).with_for_update())
        if user is None:
            raise ValidationError("username", "unknown_user", _("no user called {name}").format(name=repr(username)))
        before = {"role": user.role.value, "team_id": user.team_id, "is_admin": user.is_admin, "active": user.active,
                  "display_name": user.display_name}
        if new_role is not None:
            user.role = new_role
        if team is not _UNCHANGED:
            user.team_id = find_team(s, team).id if team else None  # type: ignore[arg-type]
        if display_name is not None:
            user.display_name = _name(display_name, "display_name", 200)
        if admin is not None:
            user.is_admin = bool(admin)
        if user.role is Role.ADMIN:
            user.is_admin = True  # "admin" as the case role is the administrator without one
        if active is not None:
            user.active = bool(active)
        if user.role in (Role.CASEWORKER, Role.TEAM_LEAD) and user.team_id is None:
            raise ValidationError("team", "required", _("a {role} belongs to a team").format(role=said(ROLE_WORDS[user.role.value])))
        if (before["is_admin"] and before["active"]) and not (user.is_admin and user.active):
            others = s.scalar(select(func.count(User.id)).where(User.id != user.id, User.is_admin.is_(True),
                                                                User.active.is_(True)))
            if not others:
                raise ValidationError("admin", "last_administrator",
                                      _("this is the only active administrator; make someone else one first"))
        s.flush()
        after = {"role": user.role.value, "team_id": user.team_id, "is_admin": user.is_admin, "active": user.active,
                 "display_name": user.display_name}
        audit.record(s, actor, ctx.clock.now(), "update", "user", user.id,
                     before={k: v for k, v in before.items() if after[k] != v},
                     after={k: v for k, v in after.items() if before[k] != v})
        s.refresh(user, ["team"])
        return _user_view(user)
