"""Settings: layered, validated once, every key documented, errors name key and origin."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from config.errors import ConfigError
from config.settings import DEFAULT_TOML, Settings, env_name, leaf_paths, load_settings

ROOT = Path(__file__).resolve().parent.parent


def _documented_keys() -> set[tuple[str, ...]]:
    """Keys in default.toml that have a comment line directly above them (or above a run)."""
    documented: set[tuple[str, ...]] = set()
    section: tuple[str, ...] = ()
    commented = False
    for line in DEFAULT_TOML.read_text().splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            commented = True
            continue
        if not stripped:
            commented = False
            continue
        if match := re.match(r"^\[([\w.]+)\]$", stripped):
            section = tuple(match.group(1).split("."))
            commented = False
            continue
        if (match := re.match(r"^(\w+)\s*=", stripped)) and commented:
            documented.add((*section, match.group(1)))
    return documented


def test_every_setting_is_documented_in_default_toml() -> None:
    missing = [".".join(p) for p in leaf_paths() if p not in _documented_keys()]
    assert not missing, f"settings without a comment in config/default.toml: {missing}"


def test_default_toml_values_equal_the_model_defaults() -> None:
    with DEFAULT_TOML.open("rb") as handle:
        from_file = Settings.model_validate(tomllib.load(handle))
    assert from_file == Settings()


def test_environment_names_do_not_collide() -> None:
    names = [env_name(p) for p in leaf_paths()]
    assert len(names) == len(set(names))


def test_layers_apply_in_order_file_then_environment_then_flags(tmp_path: Path) -> None:
    config = tmp_path / "rapport.toml"
    config.write_text('[database]\nurl = "sqlite:///from-file.db"\nbatch_size = 7\n')
    settings = load_settings(
        config_file=config,
        environ={"RAPPORT_DATABASE_URL": "sqlite:///from-env.db", "RAPPORT_DIGEST_TIME": "07:30"},
        overrides={("digest", "time"): "06:00"},
    )
    assert settings.database.url == "sqlite:///from-env.db"
    assert settings.database.batch_size == 7
    assert settings.digest.time == "06:00"


def test_rapport_config_environment_variable_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "rapport.toml"
    config.write_text('[brand]\nname = "Bramble"\n')
    assert load_settings(environ={"RAPPORT_CONFIG": str(config)}).brand.name == "Bramble"


def test_environment_lists_are_json(tmp_path: Path) -> None:
    settings = load_settings(environ={"RAPPORT_BRAND_KEYWORDS": '["bramble", "bramble app"]'})
    assert settings.brand.keywords == ["bramble", "bramble app"]


def test_bad_value_names_key_file_and_reason(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('[digest]\ntime = "25:99"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(config_file=config, environ={})
    message = str(caught.value)
    assert "digest.time" in message and str(config) in message and "HH:MM" in message


def test_unknown_key_in_file_is_an_error_naming_it(tmp_path: Path) -> None:
    config = tmp_path / "typo.toml"
    config.write_text("[database]\nurll = 'sqlite:///x.db'\n")
    with pytest.raises(ConfigError, match=r"database\.urll: unknown key"):
        load_settings(config_file=config, environ={})


def test_unknown_rapport_environment_variable_is_an_error() -> None:
    with pytest.raises(ConfigError, match="RAPPORT_DATABSE_URL"):
        load_settings(environ={"RAPPORT_DATABSE_URL": "sqlite:///x.db"})


def test_secrets_in_environment_are_not_settings() -> None:
    settings = load_settings(environ={"RAPPORT_TWITTER_BEARER_TOKEN": "secret-value"})
    assert "secret-value" not in settings.model_dump_json()


def test_invalid_toml_and_missing_file_are_config_errors(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("[brand\nname = ")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(config_file=broken, environ={})
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(config_file=tmp_path / "absent.toml", environ={})


def test_bad_setting_exits_2_without_traceback(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[database]\nbatch_size = 0\n")
    result = subprocess.run(
        [sys.executable, str(ROOT / "run_bot.py"), "--config", str(config), "db", "current"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert result.returncode == 2
    assert "database.batch_size" in result.stderr and str(config) in result.stderr
    assert "Traceback" not in result.stderr
