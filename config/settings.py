"""Typed settings, layered and validated once at start-up (STYLE.md #7).

Layers, later wins: ``config/default.toml`` (shipped, documents every key) → the operator's
TOML file (``--config FILE`` or ``RAPPORT_CONFIG``) → ``RAPPORT_<SECTION>_<KEY>`` environment
variables → command-line flags. Every value remembers where it came from, so a bad setting
fails with the key, the file (or variable, or flag) and the reason. Secrets never live here:
sources read their credentials from the environment themselves.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from config.errors import ConfigError

DEFAULT_TOML = Path(__file__).with_name("default.toml")
ENV_PREFIX = "RAPPORT_"
# Environment variables that are not settings: the config path, test wiring and secrets.
NON_SETTING_ENV = frozenset(
    {
        "RAPPORT_CONFIG",
        "RAPPORT_TEST_DATABASE_URL",
        "RAPPORT_SMTP_PASSWORD",
        "RAPPORT_TWITTER_BEARER_TOKEN",
        "RAPPORT_TWITTER_CONSUMER_KEY",
        "RAPPORT_TWITTER_CONSUMER_SECRET",
        "RAPPORT_TWITTER_ACCESS_TOKEN",
        "RAPPORT_TWITTER_ACCESS_TOKEN_SECRET",
        "RAPPORT_REDDIT_CLIENT_ID",
        "RAPPORT_REDDIT_CLIENT_SECRET",
        "RAPPORT_REDDIT_USERNAME",
        "RAPPORT_REDDIT_PASSWORD",
        "RAPPORT_REDDIT_REFRESH_TOKEN",
        "RAPPORT_REDDIT_USER_AGENT",
        "RAPPORT_SECRET_KEY",
    }
)


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BrandSettings(_Section):
    """Who we are and what counts as a mention of us."""

    name: str = "Rapport"
    handles: dict[str, list[str]] = Field(default_factory=dict)
    communities: dict[str, list[str]] = Field(default_factory=dict)
    keywords: list[str] = Field(default_factory=list)
    required_terms: list[str] = Field(default_factory=list)
    exclusions: list[str] = Field(default_factory=list)
    lexicon: dict[str, float] = Field(default_factory=dict)
    products: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    support_email: str = ""

    @field_validator("lexicon")
    @classmethod
    def _valence_in_vader_range(cls, value: dict[str, float]) -> dict[str, float]:
        for word, valence in value.items():
            if not -4.0 <= valence <= 4.0:
                raise ValueError(f"valence of {word!r} is {valence}; VADER valences lie in -4..4")
        return value

    @field_validator("handles", "communities")
    @classmethod
    def _known_platforms(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for platform in value:
            if platform not in ("twitter", "reddit"):
                raise ValueError(f"unknown platform {platform!r}; use twitter or reddit")
        return value


class ReplaySourceSettings(_Section):
    """The file source: JSONL/CSV exports of mentions from another tool."""

    enabled: bool = False
    paths: list[str] = Field(default_factory=list)
    interval_seconds: int = Field(default=300, ge=5)


class TwitterSourceSettings(_Section):
    """X / Twitter through tweepy's API v2 ``Client``; credentials come from the environment."""

    enabled: bool = False
    interval_seconds: int = Field(default=120, ge=5)
    api_base_url: str = "https://api.twitter.com"
    search: bool = True
    mentions: bool = True
    user_id: str = ""
    exclude_retweets: bool = True
    lang: str = ""
    max_results: int = Field(default=100, ge=10, le=100)
    max_pages: int = Field(default=10, ge=1, le=100)
    requests_per_15min: int = Field(default=60, ge=1)
    requests_per_month: int = Field(default=10000, ge=1)
    max_rate_limit_wait_seconds: int = Field(default=60, ge=0)
    timeout_seconds: float = Field(default=30.0, gt=0)


class RedditSourceSettings(_Section):
    """Reddit through praw; credentials come from the environment."""

    enabled: bool = False
    interval_seconds: int = Field(default=120, ge=5)
    oauth_url: str = "https://oauth.reddit.com"
    reddit_url: str = "https://www.reddit.com"
    search: bool = True
    search_subreddits: list[str] = Field(default_factory=list)
    watch_subreddits: list[str] = Field(default_factory=list)
    mentions: bool = True
    limit: int = Field(default=100, ge=1, le=1000)
    timeout_seconds: float = Field(default=30.0, gt=0)


class SourcesSettings(_Section):
    replay: ReplaySourceSettings = ReplaySourceSettings()
    twitter: TwitterSourceSettings = TwitterSourceSettings()
    reddit: RedditSourceSettings = RedditSourceSettings()


class ScheduleSettings(_Section):
    misfire_grace_seconds: int = Field(default=60, ge=1)
    draft_interval_seconds: int = Field(default=60, ge=5)
    max_backoff_seconds: int = Field(default=3600, ge=1)


class DraftingSettings(_Section):
    signature: str = ""
    repeat_window_days: int = Field(default=30, ge=0)
    alternatives: int = Field(default=2, ge=1, le=5)
    reply_to_praise: bool = True
    reply_to_other: bool = False
    twitter_max_length: int = Field(default=280, ge=20)
    reddit_max_length: int = Field(default=10000, ge=100)
    loyal_tiers: list[str] = Field(default_factory=lambda: ["gold", "platinum"])
    min_reach_followers: int = Field(default=10000, ge=0)


class AlertsSettings(_Section):
    enabled: bool = True
    negative_threshold: float = Field(default=-0.6, ge=-1.0, le=1.0)


class DigestSettings(_Section):
    enabled: bool = True
    time: str = "18:00"
    timezone: str = "UTC"
    recipients: list[str] = Field(default_factory=list)
    skip_empty: bool = False

    @field_validator("time")
    @classmethod
    def _hh_mm(cls, value: str) -> str:
        parts = value.split(":")
        if len(parts) != 2 or not all(p.isdigit() for p in parts):
            raise ValueError("expected HH:MM, for example 18:00")
        hour, minute = int(parts[0]), int(parts[1])
        if not (0 <= hour < 24 and 0 <= minute < 60):
            raise ValueError("expected HH:MM within 00:00..23:59")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value


class DatabaseSettings(_Section):
    url: str = "sqlite:///var/rapport.db"
    busy_timeout_ms: int = Field(default=10000, ge=0)
    batch_size: int = Field(default=500, ge=1, le=10000)
    auto_upgrade: bool = True

    @field_validator("url")
    @classmethod
    def _supported_url(cls, value: str) -> str:
        if not value.startswith(("sqlite:", "postgresql:", "postgresql+psycopg:")):
            raise ValueError("use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB")
        return value


class IngestSettings(_Section):
    parallel_scoring: bool = True
    workers: int = Field(default=0, ge=0, le=64)
    parallel_min_batch: int = Field(default=2000, ge=1)


class WebSettings(_Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    base_url: str = "http://127.0.0.1:8000"


class Settings(_Section):
    """The whole configuration. ``dry_run`` keeps every reply off the platforms."""

    dry_run: bool = True
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    brand: BrandSettings = BrandSettings()
    sources: SourcesSettings = SourcesSettings()
    schedule: ScheduleSettings = ScheduleSettings()
    drafting: DraftingSettings = DraftingSettings()
    alerts: AlertsSettings = AlertsSettings()
    digest: DigestSettings = DigestSettings()
    database: DatabaseSettings = DatabaseSettings()
    ingest: IngestSettings = IngestSettings()
    web: WebSettings = WebSettings()


def leaf_paths(model: type[BaseModel] = Settings, prefix: tuple[str, ...] = ()) -> list[tuple]:
    """Every settable key as a tuple path, e.g. ``("database", "url")``."""
    paths: list[tuple] = []
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            paths.extend(leaf_paths(annotation, (*prefix, name)))
        else:
            paths.append((*prefix, name))
    return paths


def env_name(path: tuple[str, ...]) -> str:
    """The environment variable that sets ``path``: ``RAPPORT_DATABASE_URL``."""
    return ENV_PREFIX + "_".join(path).upper()


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ConfigError(f"config file {path} does not exist") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"config file {path} cannot be read: {exc}") from exc


def _merge(
    base: dict[str, Any],
    layer: Mapping[str, Any],
    origin: str,
    origins: dict[tuple, str],
    prefix: tuple[str, ...] = (),
) -> None:
    for key, value in layer.items():
        path = (*prefix, key)
        if (
            isinstance(value, Mapping)
            and isinstance(base.get(key), dict)
            and not _is_map_leaf(path)
        ):
            _merge(base[key], value, origin, origins, path)
        else:
            base[key] = dict(value) if isinstance(value, Mapping) else value
            origins[path] = origin


def _is_map_leaf(path: tuple[str, ...]) -> bool:
    """Dict-valued settings (``brand.lexicon``) are replaced whole by a later layer."""
    return path in {("brand", "lexicon"), ("brand", "handles"), ("brand", "communities")}


def _parse_env_value(raw: str) -> Any:
    text = raw.strip()
    if text[:1] in "[{" or text in ("true", "false") or _is_number(text):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return raw
    return raw


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _set_path(target: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for key in path[:-1]:
        target = target.setdefault(key, {})
    target[path[-1]] = value


def load_settings(
    *,
    config_file: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[tuple[str, ...], Any] | None = None,
) -> Settings:
    """Build ``Settings`` from every layer; raise ``ConfigError`` naming key, origin and reason.

    ``config_file`` defaults to ``RAPPORT_CONFIG``; ``overrides`` are command-line flags as
    path → value. Unknown ``RAPPORT_*`` variables are an error too: a typo in a variable name
    must not silently leave a default in force.
    """
    env = os.environ if environ is None else environ
    data: dict[str, Any] = {}
    origins: dict[tuple, str] = {}
    _merge(data, _read_toml(DEFAULT_TOML), str(DEFAULT_TOML), origins)
    chosen = config_file or env.get("RAPPORT_CONFIG")
    if chosen:
        _merge(data, _read_toml(Path(chosen)), str(chosen), origins)

    known = {env_name(path): path for path in leaf_paths()}
    for name, raw in env.items():
        if not name.startswith(ENV_PREFIX) or name in NON_SETTING_ENV:
            continue
        path = known.get(name)
        if path is None:
            raise ConfigError(
                f"environment variable {name} is not a Rapport setting "
                "(see config/default.toml for the keys; RAPPORT_SECTION_KEY sets section.key)"
            )
        _set_path(data, path, _parse_env_value(raw))
        origins[path] = f"environment variable {name}"
    for path, value in (overrides or {}).items():
        _set_path(data, path, value)
        origins[path] = "command-line flag --" + "-".join(path[-1:]).replace("_", "-")

    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, origins)) from None


def _describe(exc: ValidationError, origins: Mapping[tuple, str]) -> str:
    lines = ["invalid configuration:"]
    for error in exc.errors():
        loc = tuple(str(part) for part in error["loc"])
        key = ".".join(loc)
        origin = _origin_of(loc, origins)
        reason = error["msg"]
        if error["type"] == "extra_forbidden":
            reason = "unknown key (check the spelling against config/default.toml)"
        lines.append(f"  {key}: {reason} (set in {origin})")
    return "\n".join(lines)


def _origin_of(loc: tuple[str, ...], origins: Mapping[tuple, str]) -> str:
    for size in range(len(loc), 0, -1):
        if loc[:size] in origins:
            return origins[loc[:size]]
    return "the defaults"
