"""``entente serve``: the REST API, the SPARQL endpoint and the viewer over HTTP."""

from __future__ import annotations

import errno
import importlib
import socket
from typing import Annotated, Any

import typer

from graph.cli.app import app
from graph.cli.common import StoreOption, exists, fail, missing, opened, settings, store_location
from graph.settings import Settings
from graph.store import is_remote

__all__ = ["serve"]


@app.command()
def serve(
    store: StoreOption = None,
    host: Annotated[
        str | None, typer.Option(help="address to listen on", show_default="$ENTENTE_HOST, else 127.0.0.1")
    ] = None,
    port: Annotated[int | None, typer.Option(help="port", show_default="$ENTENTE_PORT, else 8000")] = None,
) -> None:
    """Serve the REST API, the SPARQL endpoint and the viewer over HTTP."""
    location = store_location(store)
    given = {"host": host, "port": port}
    config = settings(store=location, **{k: v for k, v in given.items() if v is not None})
    if not exists(location):
        fail(missing(location))
    if location != ":memory:" and not is_remote(location):
        with opened(location):
            pass  # a store another process holds is refused here, in one line
    listener = listen(config.host, config.port)
    # graph never imports api: the app factory is found by name, and given the settings directly.
    create_app = importlib.import_module("api.app").create_app
    run(create_app(config), listener, config)


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` for the server; a port in use is one line and exit 1."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        if error.errno == errno.EADDRINUSE:
            fail(f"{host}:{port} is in use (another `entente serve`?): choose another with --port")
        fail(f"cannot listen on {host}:{port}: {error.strerror or error}")
    return sock


def run(application: Any, listener: socket.socket, config: Settings) -> None:
    import uvicorn

    host, port = listener.getsockname()[:2]
    address = f"[{host}]" if ":" in host else host
    typer.echo(f"serving {config.store} at http://{address}:{port} (Ctrl+C stops)", err=True)
    server = uvicorn.Server(uvicorn.Config(application, host=config.host, port=port, log_level="info"))
    try:
        server.run(sockets=[listener])
    except SystemExit:  # uvicorn's way to say the app did not start; it has logged why
        server.started = False
    if not server.started:
        fail("the server did not start (the reason is above)")
