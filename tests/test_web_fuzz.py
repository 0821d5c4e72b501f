"""The API and the pages never answer 5xx for bad input.

schemathesis generates requests from ``/api/openapi.json`` (in-process, over ASGI, with an
admin's API token, on SQLite) and checks that none gets a server error; a stateful run
follows the schema's links (create a thing, then act on it). Bounded and derandomized, so a
run is reproducible and short; a failure prints the request to replay. The HTML routes get
a parametrized test with out-of-range path ids.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from responders.web import accounts  # noqa: E402
from responders.web.app import create_app  # noqa: E402
from store.db import make_engine, make_sessionmaker  # noqa: E402
from store.migrate import upgrade  # noqa: E402
from tests.conftest import make_settings  # noqa: E402
from tests.webkit import CHEAP_HASHER, form_post, seed, signed_in  # noqa: E402

EXAMPLES = 25
AUTH: dict[str, str] = {}
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One seeded SQLite database and app for the whole module (faster than per test)."""
    real_hasher = accounts.hasher
    accounts.hasher = CHEAP_HASHER  # restored below; argon2 at full cost would dominate
    path = Path(tmp_path_factory.mktemp("fuzz")) / "rapport.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    factory = make_sessionmaker(engine)
    seed(factory)
    with factory() as session, session.begin():
        token = accounts.issue_token(session, accounts.find_user(session, "ada"), actor="test")
    AUTH["Authorization"] = f"Bearer {token}"
    web_settings = make_settings(brand={"name": "Bramble"}, web={"page_size": 5})
    try:
        yield create_app(web_settings, factory), web_settings, factory
    finally:
        accounts.hasher = real_hasher
        engine.dispose()


@pytest.fixture(scope="module")
def api_schema(fuzz_app: Any) -> Any:
    app = fuzz_app[0]
    return schemathesis.openapi.from_asgi("/api/openapi.json", app, headers=AUTH)


def _operations(api_schema: Any) -> list[Any]:
    return [result.ok() for result in api_schema.get_all_operations()]


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_no_api_operation_answers_5xx(api_schema: Any, mode: str) -> None:
    """Every operation, with valid (positive) and invalid (negative) generated input."""
    from hypothesis import given
    from hypothesis.errors import Unsatisfiable
    from schemathesis import GenerationMode

    generation = GenerationMode.POSITIVE if mode == "positive" else GenerationMode.NEGATIVE
    failures: list[str] = []
    for operation in _operations(api_schema):

        @FUZZ
        @given(case=operation.as_strategy(generation_mode=generation))
        def run(case: Any) -> None:
            case.call_and_validate(headers=AUTH, checks=[not_a_server_error])

        try:
            run()
        except Unsatisfiable:
            continue  # nothing to make invalid (an operation without parameters)
        except Exception as exc:  # gather every operation's failure, then fail once
            failures.append(f"{operation.label}: {str(exc)[:2000]}")
    assert not failures, "\n\n".join(failures)


def test_linked_api_calls_never_answer_5xx(api_schema: Any) -> None:
    """Stateful: responses feed later requests (a draft id from the queue, a merge id)."""
    machine = api_schema.as_state_machine()

    class Machine(machine):  # type: ignore[misc,valid-type]
        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"headers": AUTH}

        def validate_response(self, response: Any, case: Any, **kwargs: Any) -> None:
            case.validate_response(response, checks=[not_a_server_error])

    machine_settings = settings(
        max_examples=10,
        stateful_step_count=5,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(Machine, settings=machine_settings)


OUT_OF_RANGE = ["0", "-1", "9223372036854775808", "99999999999999999999999", "abc", "1e3"]
HTML_GETS = ["/customers/{id}", "/drafts/{id}", "/customers/{id}/export"]
HTML_POSTS = [
    "/customers/{id}/edit",
    "/customers/{id}/merge",
    "/merges/{id}/unmerge",
    "/customers/{id}/delete",
    "/drafts/{id}/edit",
    "/drafts/{id}/approve",
    "/drafts/{id}/reject",
    "/drafts/{id}/snooze",
    "/drafts/{id}/assign",
    "/mentions/{id}/relabel",
    "/admin/users/{id}",
    "/outbox/{id}/retry",
]


@pytest.mark.parametrize("bad", OUT_OF_RANGE)
@pytest.mark.parametrize("route", HTML_GETS + HTML_POSTS)
def test_html_routes_answer_404_for_out_of_range_ids(fuzz_app: Any, route: str, bad: str) -> None:
    _app, web_settings, factory = fuzz_app
    client = signed_in(web_settings, factory, "ada")
    url = route.format(id=bad)
    if route in HTML_GETS:
        response = client.get(url)
    else:
        response = form_post(client, url, {"other_id": "1", "text": "x", "reason": "x"})
    # An id that cannot be a row names no page: 404, on a GET and on a signed form alike.
    assert response.status_code == 404, (url, response.status_code, response.text[:300])


@pytest.mark.parametrize(
    "query",
    ["before=9223372036854775808", "before=-5", "before=x", "before=99999999999999999999"],
)
def test_audit_cursor_out_of_range_is_refused_not_a_crash(fuzz_app: Any, query: str) -> None:
    _app, web_settings, factory = fuzz_app
    client = signed_in(web_settings, factory, "ada")
    assert client.get(f"/audit?{query}").status_code == 200  # treated as the first page
    client.headers.update(AUTH)
    assert client.get(f"/api/audit?{query}").status_code == 422


@pytest.mark.parametrize("offset", [-100_000, 100_000, 2**63])
def test_snooze_tz_offset_out_of_range_is_422(fuzz_app: Any, offset: int) -> None:
    _app, web_settings, factory = fuzz_app
    client = signed_in(web_settings, factory, "ada")
    client.headers.update(AUTH)
    response = client.post(
        "/api/drafts/1/snooze", json={"until": "2030-01-01T09:00", "tz_offset": offset}
    )
    assert response.status_code == 422


def test_snooze_until_at_the_end_of_time_is_refused_not_a_crash(fuzz_app: Any) -> None:
    _app, web_settings, factory = fuzz_app
    client = signed_in(web_settings, factory, "ada")
    client.headers.update(AUTH)
    response = client.post(
        "/api/drafts/1/snooze", json={"until": "9999-12-31T23:59", "tz_offset": 600}
    )
    assert response.status_code in (400, 409)
