"""The review web UI and JSON API (FastAPI + Jinja2, served by uvicorn): docs/web.md."""

from responders.web.app import create_app, serve

__all__ = ["create_app", "serve"]
