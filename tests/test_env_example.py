"""Every environment variable Rapport reads is listed in .env.example."""

from __future__ import annotations

from pathlib import Path

from config.settings import NON_SETTING_ENV

ROOT = Path(__file__).resolve().parent.parent


def test_env_example_lists_every_non_setting_variable() -> None:
    listed = {
        line.split("=", 1)[0].lstrip("# ").strip()
        for line in (ROOT / ".env.example").read_text().splitlines()
        if "=" in line and line.lstrip("# ").startswith("RAPPORT_")
    }
    missing = sorted(NON_SETTING_ENV - listed)
    assert not missing, f"add to .env.example: {missing}"
