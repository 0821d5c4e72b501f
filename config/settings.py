"""Typed settings, layered and validated once at start-up (STYLE.md #7).

Layers, later wins: ``config/default.toml`` (shipped, documents every key) → the operator's
TOML file (``--config FILE`` or ``RAPPORT_CONFIG``) → ``RAPPORT_<SECTION>_<KEY>`` environment
variables → command-line flags. Every value remembers where it came from, so a bad setting
fails with the key, the file (or variable, or flag) and the reason. Secrets never live here:
sources read their credentials from the environment themselves, and so do the notification
channels (``RAPPORT_SMTP_PASSWORD``, ``RAPPORT_CHANNEL_*``).
"""

from __future__ import annotations

import json
import os
import re
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
        "RAPPORT_PATTERN_CACHE",  # listener/scoring/pattern_cache.py: a folder, or "off"
        "RAPPORT_TEST_DATABASE_URL",
        "RAPPORT_REQUIRE_POSTGRES",
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
        "RAPPORT_BLUESKY_HANDLE",
        "RAPPORT_BLUESKY_APP_PASSWORD",
        "RAPPORT_MASTODON_ACCESS_TOKEN",
        "RAPPORT_SECRET_KEY",
    }
)
# Secrets of notification channels: an apprise URL in notify.channels may say
# "${RAPPORT_CHANNEL_SLACK}" and the variable holds the URL or its token (.env.example).
NON_SETTING_ENV_PREFIXES = ("RAPPORT_CHANNEL_",)
# Platforms a brand may name handles and communities on (listener/sources/base.PLATFORMS).
BRAND_PLATFORMS = ("twitter", "reddit", "bluesky", "mastodon", "hackernews", "rss")


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
            if platform not in BRAND_PLATFORMS:
                raise ValueError(
                    f"unknown platform {platform!r}; use one of {', '.join(BRAND_PLATFORMS)}"
                )
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
    # X's pay-per-use plan: what a month may cost and what each operation costs (US dollars).
    monthly_budget_usd: float = Field(default=25.0, ge=0)
    post_read_usd: float = Field(default=0.005, ge=0)
    mention_read_usd: float = Field(default=0.001, ge=0)
    post_create_usd: float = Field(default=0.015, ge=0)
    post_with_link_usd: float = Field(default=0.20, ge=0)
    # The plan's limit on a search query's length; a longer brand query is split.
    max_query_length: int = Field(default=512, ge=64, le=4096)


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
    # The first read of a listing goes back this far (whichever bound ends first); 0: off.
    backfill_items: int = Field(default=500, ge=0, le=10000)
    backfill_hours: float = Field(default=24.0, ge=0)


class BlueskySourceSettings(_Section):
    """Bluesky through the atproto SDK; handle and app password come from the environment."""

    enabled: bool = False
    interval_seconds: int = Field(default=120, ge=5)
    service_url: str = "https://bsky.social"
    search: bool = True
    notifications: bool = True
    limit: int = Field(default=100, ge=1, le=100)
    max_pages: int = Field(default=10, ge=1, le=100)
    requests_per_hour: int = Field(default=1500, ge=1)
    timeout_seconds: float = Field(default=30.0, gt=0)


class MastodonSourceSettings(_Section):
    """One Mastodon instance through Mastodon.py; the access token comes from the environment."""

    enabled: bool = False
    interval_seconds: int = Field(default=120, ge=5)
    api_base_url: str = ""
    hashtags: list[str] = Field(default_factory=list)
    search: bool = True
    notifications: bool = True
    limit: int = Field(default=40, ge=1, le=40)
    max_pages: int = Field(default=10, ge=1, le=100)
    requests_per_hour: int = Field(default=1500, ge=1)
    timeout_seconds: float = Field(default=30.0, gt=0)


class HackerNewsSourceSettings(_Section):
    """Hacker News stories and comments through the Algolia search API (read-only)."""

    enabled: bool = False
    interval_seconds: int = Field(default=300, ge=5)
    api_url: str = "https://hn.algolia.com/api/v1"
    hits_per_page: int = Field(default=100, ge=1, le=1000)
    max_pages: int = Field(default=10, ge=1, le=100)
    requests_per_hour: int = Field(default=1000, ge=1)
    timeout_seconds: float = Field(default=30.0, gt=0)


class RssSourceSettings(_Section):
    """RSS and Atom feeds (Google Alerts, review sites, blogs) through feedparser (read-only)."""

    enabled: bool = False
    interval_seconds: int = Field(default=900, ge=5)
    feeds: list[str] = Field(default_factory=list)
    requests_per_hour: int = Field(default=600, ge=1)
    timeout_seconds: float = Field(default=30.0, gt=0)
    max_bytes: int = Field(default=10_000_000, ge=1000)


class SourcesSettings(_Section):
    replay: ReplaySourceSettings = ReplaySourceSettings()
    twitter: TwitterSourceSettings = TwitterSourceSettings()
    reddit: RedditSourceSettings = RedditSourceSettings()
    bluesky: BlueskySourceSettings = BlueskySourceSettings()
    mastodon: MastodonSourceSettings = MastodonSourceSettings()
    hackernews: HackerNewsSourceSettings = HackerNewsSourceSettings()
    rss: RssSourceSettings = RssSourceSettings()


class ScheduleSettings(_Section):
    misfire_grace_seconds: int = Field(default=60, ge=1)
    draft_interval_seconds: int = Field(default=60, ge=5)
    publish_interval_seconds: int = Field(default=30, ge=5)
    max_backoff_seconds: int = Field(default=3600, ge=1)


class WorkersSettings(_Section):
    """Procrastinate workers on PostgreSQL (docs/scaling.md); SQLite ignores this section."""

    concurrency: int = Field(default=4, ge=1, le=64)
    poll_seconds: float = Field(default=5.0, gt=0, le=60)
    heartbeat_seconds: float = Field(default=10.0, gt=0, le=60)
    stalled_after_seconds: float = Field(default=25.0, gt=0, le=3600)
    recover_every_seconds: int = Field(default=5, ge=1, le=60)
    idle_in_transaction_timeout_seconds: int = Field(default=30, ge=1, le=3600)
    lock_wait_seconds: int = Field(default=120, ge=1)


class DraftingSettings(_Section):
    signature: str = ""
    repeat_window_days: int = Field(default=30, ge=0)
    alternatives: int = Field(default=2, ge=1, le=5)
    reply_to_praise: bool = True
    reply_to_other: bool = False
    twitter_max_length: int = Field(default=280, ge=20)
    reddit_max_length: int = Field(default=10000, ge=100)
    bluesky_max_length: int = Field(default=300, ge=20, le=300)
    mastodon_max_length: int = Field(default=500, ge=20)
    loyal_tiers: list[str] = Field(default_factory=lambda: ["gold", "platinum"])
    min_reach_followers: int = Field(default=10000, ge=0)


class PublishingSettings(_Section):
    """Posting approved drafts once each (responders/publishing/, docs/publishing.md)."""

    max_attempts: int = Field(default=5, ge=1, le=100)
    backoff_base_seconds: int = Field(default=60, ge=1)
    backoff_max_seconds: int = Field(default=3600, ge=1)
    lease_seconds: int = Field(default=600, ge=60)
    batch_size: int = Field(default=20, ge=1, le=1000)
    undo_seconds: int = Field(default=30, ge=0, le=3600)


class ConversationSettings(_Section):
    """Grouping mentions into conversations (responders/conversations.py)."""

    window_hours: int = Field(default=72, ge=1, le=24 * 90)
    resolve_after_days: int = Field(default=7, ge=1, le=365)


class ReviewSettings(_Section):
    """The review flow in the web UI (docs/web.md)."""

    sla_minutes: int = Field(default=60, ge=1, le=60 * 24 * 30)
    assignee_emails: dict[str, str] = Field(default_factory=dict)


# Alert rules, most serious first: a mention that matches several is alerted once, by the first.
MENTION_RULES = ("urgent", "customer", "reach", "negative")
ALERT_RULES = (*MENTION_RULES, "spike", "silence")
# Where each rule's alerts go; "rollup" is the morning summary of what quiet hours held back.
ALERT_ROUTES = (*ALERT_RULES, "rollup")
# Channel names every install has: "email" (SMTP, [smtp]) and "eml" (files in notify.eml_dir).
BUILTIN_CHANNELS = ("email", "eml")
DEFAULT_COOLDOWNS = {
    "urgent": 0,
    "customer": 60,
    "reach": 60,
    "negative": 120,
    "spike": 1800,
    "silence": 21600,
}


def _hh_mm_value(value: str) -> tuple[int, int]:
    parts = value.split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise ValueError(f"expected HH:MM, for example 18:00 (got {value!r})")
    hour, minute = int(parts[0]), int(parts[1])
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise ValueError(f"expected HH:MM within 00:00..23:59 (got {value!r})")
    return hour, minute


def _check_timezone(value: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {value!r}") from exc
    return value


class AlertsSettings(_Section):
    """Alert rules on negative mentions, spikes and silent sources; see docs/notifications.md."""

    enabled: bool = True
    negative_threshold: float = Field(default=-0.6, ge=-1.0, le=1.0)
    urgent: bool = True
    customer_min_tier: str = "gold"
    tier_order: list[str] = Field(default_factory=lambda: ["bronze", "silver", "gold", "platinum"])
    reach_min_followers: int = Field(default=10000, ge=0)
    max_age_hours: int = Field(default=24, ge=1)
    interval_seconds: int = Field(default=60, ge=5)
    spike_window_minutes: int = Field(default=15, ge=1, le=1440)
    spike_baseline_days: int = Field(default=14, ge=1, le=90)
    spike_k: float = Field(default=3.0, ge=0.0)
    spike_min_count: int = Field(default=5, ge=1)
    silence_minutes: int = Field(default=360, ge=0)
    cooldown_seconds: dict[str, int] = Field(default_factory=lambda: dict(DEFAULT_COOLDOWNS))
    subject_cooldown_minutes: int = Field(default=30, ge=0)
    quiet_hours: str = ""
    quiet_hours_except: list[str] = Field(default_factory=lambda: ["urgent"])
    timezone: str = "UTC"
    recipients: list[str] = Field(default_factory=list)
    routes: dict[str, list[str]] = Field(
        default_factory=lambda: {route: ["email"] for route in ALERT_ROUTES}
    )
    max_listed: int = Field(default=20, ge=1, le=500)

    @field_validator("cooldown_seconds")
    @classmethod
    def _cooldowns(cls, value: dict[str, int]) -> dict[str, int]:
        for rule, seconds in value.items():
            if rule not in ALERT_RULES:
                raise ValueError(f"unknown rule {rule!r}; rules are {', '.join(ALERT_RULES)}")
            if seconds < 0:
                raise ValueError(f"cooldown of {rule!r} is negative")
        return value

    @field_validator("routes")
    @classmethod
    def _routes(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for route in value:
            if route not in ALERT_ROUTES:
                raise ValueError(f"unknown route {route!r}; routes are {', '.join(ALERT_ROUTES)}")
        return value

    @field_validator("quiet_hours_except")
    @classmethod
    def _except_rules(cls, value: list[str]) -> list[str]:
        for rule in value:
            if rule not in ALERT_RULES:
                raise ValueError(f"unknown rule {rule!r}; rules are {', '.join(ALERT_RULES)}")
        return value

    @field_validator("quiet_hours")
    @classmethod
    def _quiet_hours(cls, value: str) -> str:
        if value.strip():
            start, sep, end = value.partition("-")
            if not sep:
                raise ValueError("expected HH:MM-HH:MM, for example 22:00-07:00")
            if _hh_mm_value(start.strip()) == _hh_mm_value(end.strip()):
                raise ValueError("quiet hours start and end at the same time")
        return value

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        return _check_timezone(value)

    def route(self, name: str) -> list[str]:
        """The channels of rule or route ``name`` (``["email"]`` when not configured)."""
        return list(self.routes.get(name, ["email"]))

    def cooldown(self, rule: str) -> int:
        """Seconds after an alert of ``rule`` before the next one (the shipped default of the
        rule when the operator's table leaves it out)."""
        return int(self.cooldown_seconds.get(rule, DEFAULT_COOLDOWNS.get(rule, 120)))


class DigestSettings(_Section):
    """The nightly complaint digest; see docs/notifications.md."""

    enabled: bool = True
    time: str = "18:00"
    timezone: str = "UTC"
    recipients: list[str] = Field(default_factory=list)
    skip_empty: bool = False
    channels: list[str] = Field(default_factory=lambda: ["email"])
    unresolved_days: int = Field(default=7, ge=1, le=90)
    max_listed: int = Field(default=25, ge=1, le=500)
    themes: int = Field(default=6, ge=1, le=20)
    regular_min_mentions: int = Field(default=3, ge=1)

    @field_validator("time")
    @classmethod
    def _hh_mm(cls, value: str) -> str:
        _hh_mm_value(value)
        return value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        return _check_timezone(value)


class NotifySettings(_Section):
    """The notification outbox and its channels (apprise URLs, email, .eml files)."""

    channels: dict[str, str] = Field(default_factory=dict)
    eml_dir: str = "var/outbox"
    templates_dir: str = ""
    interval_seconds: int = Field(default=30, ge=1)
    max_attempts: int = Field(default=20, ge=1)
    backoff_base_seconds: int = Field(default=30, ge=1)
    backoff_max_seconds: int = Field(default=3600, ge=1)
    sending_timeout_seconds: int = Field(default=600, ge=10)
    batch_size: int = Field(default=50, ge=1, le=1000)

    @field_validator("channels")
    @classmethod
    def _channel_names(cls, value: dict[str, str]) -> dict[str, str]:
        for name, url in value.items():
            if name in BUILTIN_CHANNELS:
                raise ValueError(f"channel name {name!r} is built in; pick another name")
            if not name.replace("_", "").replace("-", "").isalnum():
                raise ValueError(f"channel name {name!r}: use letters, digits, - and _")
            if "://" not in url and not re.fullmatch(r"\$\{\w+\}", url.strip()):
                raise ValueError(
                    f"channel {name!r}: {url!r} is neither an apprise URL nor ${{VARIABLE}}"
                )
        return value


class SmtpSettings(_Section):
    """Outgoing mail for the "email" channel; the password comes from RAPPORT_SMTP_PASSWORD."""

    host: str = ""
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str = ""
    sender: str = "rapport@localhost"
    timeout_seconds: float = Field(default=10.0, gt=0)


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
    model_dir: str = "var/model"


class WebSettings(_Section):
    """The review web UI and JSON API (``run_bot.py serve``); RAPPORT_SECRET_KEY signs forms."""

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    base_url: str = "http://127.0.0.1:8000"
    session_hours: int = Field(default=12, ge=1, le=24 * 90)
    login_max_failures: int = Field(default=5, ge=1, le=100)
    login_lockout_seconds: int = Field(default=900, ge=1)
    page_size: int = Field(default=50, ge=5, le=500)
    forwarded_allow_ips: list[str] = Field(default_factory=lambda: ["127.0.0.1"])

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("expected an http:// or https:// URL")
        return value.rstrip("/")


class Settings(_Section):
    """The whole configuration. ``dry_run`` keeps every reply off the platforms."""

    dry_run: bool = True
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    brand: BrandSettings = BrandSettings()
    sources: SourcesSettings = SourcesSettings()
    schedule: ScheduleSettings = ScheduleSettings()
    workers: WorkersSettings = WorkersSettings()
    drafting: DraftingSettings = DraftingSettings()
    publishing: PublishingSettings = PublishingSettings()
    alerts: AlertsSettings = AlertsSettings()
    digest: DigestSettings = DigestSettings()
    notify: NotifySettings = NotifySettings()
    smtp: SmtpSettings = SmtpSettings()
    database: DatabaseSettings = DatabaseSettings()
    ingest: IngestSettings = IngestSettings()
    web: WebSettings = WebSettings()
    conversations: ConversationSettings = ConversationSettings()
    review: ReviewSettings = ReviewSettings()


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
    return path in {
        ("brand", "lexicon"),
        ("brand", "handles"),
        ("brand", "communities"),
        ("alerts", "routes"),
        ("alerts", "cooldown_seconds"),
        ("notify", "channels"),
        ("review", "assignee_emails"),
    }


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
        layer = _read_toml(Path(chosen))
        _resolve_sqlite_path(layer, Path(chosen))
        _merge(data, layer, str(chosen), origins)

    known = {env_name(path): path for path in leaf_paths()}
    for name, raw in env.items():
        if not name.startswith(ENV_PREFIX) or name in NON_SETTING_ENV:
            continue
        if name.startswith(NON_SETTING_ENV_PREFIXES):
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
        origins[path] = "command-line flag --" + "-".join(path).replace("_", "-")

    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, origins)) from None


def _resolve_sqlite_path(layer: dict[str, Any], config_path: Path) -> None:
    """A relative ``sqlite:///PATH`` in a config file means PATH next to that file, not next
    to wherever the command happens to run (the same file then always opens the same data)."""
    database = layer.get("database")
    url = database.get("url") if isinstance(database, dict) else None
    prefix = "sqlite:///"
    if not isinstance(url, str) or not url.startswith(prefix):
        return
    raw = url[len(prefix) :]
    path, sep, query = raw.partition("?")
    if not path or path == ":memory:" or path.startswith(("/", "file:")):
        return
    absolute = (config_path.resolve().parent / path).resolve()
    database["url"] = f"{prefix}{absolute}{sep}{query}"


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
