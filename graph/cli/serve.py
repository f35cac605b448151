"""``entente serve``: the REST API, the SPARQL endpoint and the viewer over HTTP."""

from __future__ import annotations

import errno
import gc
import importlib
import os
import secrets
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from graph.cli.app import app
from graph.cli.common import StoreOption, exists, fail, missing, settings, store_location
from graph.errors import EntenteError
from graph.settings import Settings
from graph.store import Server, announce, is_remote, open_store, served_by, withdraw

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
    on_disk = location != ":memory:" and not is_remote(location)
    if on_disk:
        holder = served_by(Path(location))
        if holder is not None:
            fail(f"the store {location} is served already, at {holder.url} (process {holder.pid})")
    listener = listen(config.host, config.port)
    # The token for commands on this machine: written into the store directory for this user only.
    config = config.model_copy(update={"local_token": secrets.token_urlsafe(32)})
    server = Server(url(listener), os.getpid(), config.local_token or "")
    # graph never imports api: the app factory is found by name, and given the settings directly.
    create_app = importlib.import_module("api.app").create_app
    if not on_disk:
        run(create_app(config), listener, config)
        return
    try:  # opened once, here (a store another process holds is refused in one line), closed below
        graph = open_store(location, config, pooled=True)
    except EntenteError as error:
        listener.close()
        fail(error)
    try:  # the note is written once the server answers, and taken away when it stops
        run(
            create_app(config, graph),
            listener,
            config,
            started=lambda: announce(Path(location), server),
            stopping=lambda: withdraw(Path(location), server),
        )
    finally:
        withdraw(Path(location), server)
        graph.close()


def url(listener: socket.socket) -> str:
    """The base URL a socket answers at (a wildcard address is reached on loopback)."""
    host, port = listener.getsockname()[:2]
    host = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)  # noqa: S104 - reading an address, not binding
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


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


def run(
    application: Any,
    listener: socket.socket,
    config: Settings,
    *,
    started: Callable[[], None] | None = None,
    stopping: Callable[[], None] | None = None,
) -> None:
    """Serve until stopped; ``started`` is called once the server answers, ``stopping`` when it
    begins to stop (uvicorn ends the process by the signal that stopped it, so later is too late)."""
    import uvicorn

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            if started is not None and not self.should_exit:
                started()
            # What starting built (modules, the catalogue, the store's caches) lives as long as the
            # server: frozen out of the collector, a full collection walks only what requests make.
            gc.collect()
            gc.freeze()

        async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
            if stopping is not None:
                stopping()
            await super().shutdown(sockets)

    port = listener.getsockname()[1]
    typer.echo(f"serving {config.store} at {url(listener)} (Ctrl+C stops)", err=True)
    server = Server(
        uvicorn.Config(application, host=config.host, port=port, log_level="info", access_log=config.access_log)
    )
    try:
        server.run(sockets=[listener])
    except SystemExit:  # uvicorn's way to say the app did not start; it has logged why
        server.started = False
    if not server.started:
        fail("the server did not start (the reason is above)")
