"""Delivery channels of the outbox: SMTP e-mail, apprise URLs, and .eml files.

Every channel takes the same rendered payload (``subject``, ``text``, ``html``, ``chat``,
``to``) and either delivers it or raises ``DeliveryError``; retries are the outbox's job.
- ``email``: multipart text + HTML over SMTP (``[smtp]``: STARTTLS, TLS or none; the password
  only from ``RAPPORT_SMTP_PASSWORD``).
- ``eml``: the same MIME message written to ``notify.eml_dir`` (the demo, and a local check).
- any name in ``notify.channels``: an apprise URL (Slack, Teams, Discord, Mattermost, Telegram,
  ``json://`` webhooks ...). ``${NAME}`` in a URL is read from the environment at start, so
  tokens stay out of files.
"""

from __future__ import annotations

import email.policy
import logging
import os
import re
import smtplib
import ssl
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import formatdate, parseaddr
from pathlib import Path
from typing import Any

from config.errors import ConfigError
from config.settings import BUILTIN_CHANNELS, Settings, SmtpSettings
from responders.notify.outbox import DELIVERED, Channel, DeliveryError, PartialDelivery

logger = logging.getLogger(__name__)

_PLACEHOLDER = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
# Headers are kept on one line (RFC 5322 allows 998 characters; subjects are capped at 250).
_POLICY = email.policy.default.clone(max_line_length=998)


def _one_line(value: str, limit: int = 250) -> str:
    """Header-safe: no CR/LF (header injection), whitespace collapsed, capped."""
    flat = " ".join(str(value).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def build_mime(payload: Mapping[str, Any], *, sender: str, key: str) -> EmailMessage:
    """The e-mail of ``payload``: text part, HTML alternative, a Message-ID from ``key``."""
    message = EmailMessage(policy=_POLICY)
    message["Subject"] = _one_line(payload.get("subject") or "Rapport")
    message["From"] = sender
    recipients = [_one_line(r, 320) for r in payload.get("to") or []]
    if recipients:
        message["To"] = ", ".join(recipients)
    message["Date"] = formatdate(localtime=False)
    domain = _SAFE_NAME.sub("", parseaddr(sender)[1].rpartition("@")[2]) or "rapport.local"
    # The dedupe key makes the same Message-ID on a repeat after a crash: clients drop it.
    message["Message-ID"] = f"<{_SAFE_NAME.sub('.', key).strip('.')[:150]}@{domain}>"
    message["X-Rapport-Key"] = _one_line(key, 200)
    message.set_content(payload.get("text") or "", subtype="plain", charset="utf-8")
    if payload.get("html"):
        message.add_alternative(payload["html"], subtype="html", charset="utf-8")
    return message


class SmtpChannel:
    """E-mail through an SMTP server."""

    name = "email"

    def __init__(self, settings: SmtpSettings, *, password: str | None) -> None:
        self.settings = settings
        self.password = password

    def send(self, message: Mapping[str, Any], *, kind: str, key: str) -> None:
        """Send to every recipient that does not have the message yet.

        The server has the message once it answers 250 to DATA: an error after that (on
        QUIT, or the connection dropping) is logged and the message counts as sent, since
        sending again would deliver it twice. Recipients refused at RCPT while others were
        accepted raise ``PartialDelivery`` naming both, so only the refused are retried.
        """
        everyone = list(message.get("to") or [])
        if not everyone:
            raise DeliveryError(f"{kind} has no e-mail recipients")
        done = set(message.get(DELIVERED) or [])
        recipients = [r for r in everyone if r not in done]
        if not recipients:
            return
        mime = build_mime(message, sender=self.settings.sender, key=key)
        s = self.settings
        client: smtplib.SMTP | None = None
        try:
            if s.security == "tls":
                client = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=s.timeout_seconds, context=ssl.create_default_context()
                )
            else:
                client = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
            if s.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if s.username:
                client.login(s.username, self.password or "")
            refused = client.send_message(mime, from_addr=s.sender, to_addrs=recipients)
        except smtplib.SMTPRecipientsRefused as exc:
            _close(client, key)
            raise PartialDelivery(delivered=[], refused=_reasons(exc.recipients)) from exc
        except (TimeoutError, smtplib.SMTPException, OSError) as exc:
            _close(client, key)
            raise DeliveryError(
                f"SMTP {s.host}:{s.port}: {type(exc).__name__}: {exc}".strip()
            ) from exc
        # Accepted: from here on nothing may turn this delivery into a failure.
        _close(client, key)
        if refused:
            accepted = [r for r in recipients if r not in refused]
            raise PartialDelivery(delivered=accepted, refused=_reasons(refused))


def _reasons(refused: Mapping[str, Any]) -> dict[str, str]:
    """smtplib's ``{address: (code, b"text")}`` as ``{address: "550 text"}``."""
    out = {}
    for address, answer in refused.items():
        code, text = answer if isinstance(answer, tuple) else ("?", answer)
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        out[address] = f"{code} {_one_line(str(text), 200)}"
    return out


def _close(client: smtplib.SMTP | None, key: str) -> None:
    """QUIT politely; a server that hangs up instead changes nothing already decided."""
    if client is None:
        return
    try:
        client.quit()
    except (smtplib.SMTPException, OSError) as exc:
        logger.info("SMTP session of %s ended uncleanly (%s); outcome stands", key, exc)
        client.close()


class EmlChannel:
    """Each message as one .eml file in a folder (the demo; a look before going live)."""

    name = "eml"

    def __init__(self, folder: Path, *, sender: str) -> None:
        self.folder = folder
        self.sender = sender
        self.written: list[Path] = []

    def path_for(self, key: str) -> Path:
        return self.folder / f"{_SAFE_NAME.sub('_', key).strip('_')}.eml"

    def send(self, message: Mapping[str, Any], *, kind: str, key: str) -> None:
        mime = build_mime(message, sender=self.sender, key=key)
        path = self.path_for(key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(bytes(mime))
            tmp.replace(path)
        except OSError as exc:
            raise DeliveryError(f"cannot write {path}: {exc}") from exc
        self.written.append(path)


class AppriseChannel:
    """Any service apprise supports, by URL; the chat body is Markdown."""

    def __init__(self, name: str, url: str) -> None:
        import apprise

        self.name = name
        self.url = url
        self._apprise = apprise
        probe = apprise.Apprise()
        if not probe.add(url):
            raise ConfigError(
                f"notify.channels.{name}: apprise does not understand this URL "
                f"(scheme {url.split('://', 1)[0]!r}); see docs/notifications.md"
            )

    def send(self, message: Mapping[str, Any], *, kind: str, key: str) -> None:
        apprise = self._apprise
        sender = apprise.Apprise()
        sender.add(self.url)
        body = message.get("chat") or message.get("text") or ""
        notify_type = apprise.NotifyType.FAILURE if kind == "alert" else apprise.NotifyType.INFO
        with apprise.LogCapture(level=logging.WARNING) as captured:
            ok = sender.notify(
                body=body,
                title=_one_line(message.get("subject") or ""),
                notify_type=notify_type,
                body_format=apprise.NotifyFormat.MARKDOWN,
            )
            log = captured.getvalue()
        if not ok:
            detail = " ".join(line.split(" - ", 2)[-1] for line in log.strip().splitlines()[-3:])
            raise DeliveryError(f"{self.name}: {detail or 'apprise reported a failure'}")


def expand_url(name: str, url: str, environ: Mapping[str, str]) -> str:
    """Replace ``${VAR}`` in a channel URL from the environment; a missing one is fatal."""

    def value(match: re.Match[str]) -> str:
        var = match.group(1)
        if not environ.get(var):
            raise ConfigError(
                f"notify.channels.{name} uses ${{{var}}} but the environment variable {var} "
                "is not set (see .env.example)"
            )
        return environ[var]

    return _PLACEHOLDER.sub(value, url)


def build_channels(
    settings: Settings, *, environ: Mapping[str, str] | None = None
) -> dict[str, Channel]:
    """Every usable channel by name; "email" only when ``smtp.host`` is set."""
    env = os.environ if environ is None else environ
    channels: dict[str, Channel] = {}
    if settings.smtp.host:
        channels["email"] = SmtpChannel(settings.smtp, password=env.get("RAPPORT_SMTP_PASSWORD"))
    channels["eml"] = EmlChannel(Path(settings.notify.eml_dir), sender=settings.smtp.sender)
    for name, url in settings.notify.channels.items():
        channels[name] = AppriseChannel(name, expand_url(name, url, env))
    return channels


def check_routes(settings: Settings, channels: Mapping[str, Channel]) -> list[str]:
    """Problems with the routes of alerts and the digest: unknown channels are fatal (a typo),
    channels that are known but not configured (e-mail without a host) are warnings."""
    warnings: list[str] = []
    routes: dict[str, list[str]] = {
        f"alerts.routes.{route}": settings.alerts.route(route) for route in settings.alerts.routes
    }
    routes["digest.channels"] = list(settings.digest.channels)
    for key, names in routes.items():
        for name in names:
            if name not in BUILTIN_CHANNELS and name not in settings.notify.channels:
                raise ConfigError(
                    f"{key} names channel {name!r}, which is neither built in "
                    f"({', '.join(BUILTIN_CHANNELS)}) nor in notify.channels"
                )
            if name == "email" and "email" not in channels:
                warnings.append(f"{key} routes to email but smtp.host is empty: e-mail is off")
    routed_to_email = any("email" in settings.alerts.route(r) for r in settings.alerts.routes)
    if settings.alerts.enabled and not settings.alerts.recipients and routed_to_email:
        warnings.append("alerts route to email but alerts.recipients is empty")
    digest_by_email = settings.digest.enabled and "email" in settings.digest.channels
    if digest_by_email and not settings.digest.recipients:
        warnings.append("the digest goes to email but digest.recipients is empty")
    return sorted(set(warnings))
