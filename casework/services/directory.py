"""Teams, sites and users: who works where, and signing in."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from ..errors import AuthenticationFailed, NotFound, ValidationError
from ..passwords import hash_password, verify_password
from ..store.models import Nation, Role, Site, SiteKind, Team, User
from . import audit
from .actor import Actor, require
from .context import Context
from .views import SiteView, TeamView, UserView

_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{1,79}$")


def _name(value: str, field: str, limit: int) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, "required", f"{field.replace('_', ' ')} is required")
    if len(text) > limit:
        raise ValidationError(field, "too_long", f"{field.replace('_', ' ')} is longer than {limit} characters")
    return text


def _team_view(team: Team) -> TeamView:
    return TeamView(team.id, team.name)


def _user_view(user: User) -> UserView:
    return UserView(user.id, user.username, user.display_name, user.role.value,
                    user.team.name if user.team else None, user.active)


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
            raise ValidationError("user", "already_initialised", "this database already has users")
        user = User(username=username, display_name=display_name or username, role=Role.ADMIN,
                    password_hash=hash_password(password), active=True, created_at=ctx.clock.now())
        s.add(user)
        s.flush()
        audit.record(s, None, ctx.clock.now(), "create_first_admin", "user", user.id,
                     after={"username": username, "role": "admin"})
        s.refresh(user, ["team"])
        return _user_view(user)


def _check_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not _USERNAME.fullmatch(name):
        raise ValidationError("username", "username_format",
                              "a user name is 2-80 characters: lower-case letters, digits, . _ - , starting with a letter")
    return name


def authenticate(ctx: Context, username: str, password: str) -> Actor:
    with ctx.read() as s:
        user = s.scalar(select(User).where(User.username == (username or "").strip().lower()))
    ok = verify_password(user.password_hash if user else None, password)
    if not ok or user is None or not user.active:
        raise AuthenticationFailed()
    return Actor.of(user)


def create_team(ctx: Context, actor: Actor, name: str) -> TeamView:
    require(actor, "manage_teams")
    name = _name(name, "team", 120)
    with ctx.write() as s:
        if s.scalar(select(Team.id).where(func.lower(Team.name) == name.lower())):
            raise ValidationError("team", "duplicate", f"a team called {name!r} already exists")
        team = Team(name=name, created_at=ctx.clock.now())
        s.add(team)
        s.flush()
        audit.record(s, actor, ctx.clock.now(), "create", "team", team.id, after={"name": name})
        return _team_view(team)


def create_site(ctx: Context, actor: Actor, code: str, name: str, kind: str, local_authority: str,
                nation: str) -> SiteView:
    require(actor, "manage_sites")
    code = _name(code, "code", 40).lower()
    name = _name(name, "name", 200)
    local_authority = _name(local_authority, "local_authority", 120)
    try:
        site_kind = SiteKind(kind)
    except ValueError:
        raise ValidationError("kind", "choice", f"site kind must be one of {', '.join(k.value for k in SiteKind)}") from None
    try:
        site_nation = Nation(nation)
    except ValueError:
        raise ValidationError("nation", "choice", f"nation must be one of {', '.join(n.value for n in Nation)}") from None
    with ctx.write() as s:
        if s.scalar(select(Site.id).where(Site.code == code)):
            raise ValidationError("code", "duplicate", f"a site with code {code!r} already exists")
        site = Site(code=code, name=name, kind=site_kind, local_authority=local_authority, nation=site_nation,
                    created_at=ctx.clock.now())
        s.add(site)
        s.flush()
        audit.record(s, actor, ctx.clock.now(), "create", "site", site.id,
                     after={"code": code, "name": name, "kind": kind, "local_authority": local_authority,
                            "nation": nation})
        return _site_view(site)


def create_user(ctx: Context, actor: Actor, username: str, password: str, role: str, team: str | None = None,
                display_name: str | None = None) -> UserView:
    require(actor, "manage_users")
    username = _check_username(username)
    try:
        user_role = Role(role)
    except ValueError:
        raise ValidationError("role", "choice", f"role must be one of {', '.join(r.value for r in Role)}") from None
    if user_role in (Role.CASEWORKER, Role.TEAM_LEAD) and not team:
        raise ValidationError("team", "required", f"a {user_role.value} belongs to a team")
    password_hash = hash_password(password)
    with ctx.write() as s:
        if s.scalar(select(User.id).where(User.username == username)):
            raise ValidationError("username", "duplicate", f"the user name {username!r} is taken")
        team_row = find_team(s, team) if team else None
        user = User(username=username, display_name=(display_name or "").strip() or username, role=user_role,
                    team_id=team_row.id if team_row else None, password_hash=password_hash, active=True,
                    created_at=ctx.clock.now())
        s.add(user)
        s.flush()
        audit.record(s, actor, ctx.clock.now(), "create", "user", user.id,
                     after={"username": username, "role": user_role.value, "team": team})
        s.refresh(user, ["team"])
        return _user_view(user)


def find_team(session, name: str, field: str = "team") -> Team:
    team = session.scalar(select(Team).where(func.lower(Team.name) == name.strip().lower()))
    if team is None:
        raise ValidationError(field, "unknown_team", f"no team called {name!r}")
    return team


def find_site(session, code: str, field: str = "site") -> Site:
    site = session.scalar(select(Site).where(Site.code == code.strip().lower()))
    if site is None:
        raise ValidationError(field, "unknown_site", f"no site with code {code!r}")
    return site


def find_user(session, username: str, field: str = "user") -> User:
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise ValidationError(field, "unknown_user", f"no user called {username!r}")
    return user


def list_teams(ctx: Context, actor: Actor) -> list[TeamView]:
    with ctx.read() as s:
        return [_team_view(t) for t in s.scalars(select(Team).order_by(Team.name))]


def list_sites(ctx: Context, actor: Actor) -> list[SiteView]:
    with ctx.read() as s:
        return [_site_view(x) for x in s.scalars(select(Site).order_by(Site.name))]


def list_users(ctx: Context, actor: Actor) -> list[UserView]:
    with ctx.read() as s:
        users = s.scalars(select(User).order_by(User.username)).all()
        return [_user_view(u) for u in users]


def get_user(ctx: Context, actor: Actor, username: str) -> UserView:
    with ctx.read() as s:
        user = s.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None:
            raise NotFound("user", username)
        return _user_view(user)
