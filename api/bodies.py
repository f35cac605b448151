"""Request bodies read with a cap: a Content-Length over it is refused before a byte is read, and
a body without one (chunked) is read only until it passes the cap."""

from __future__ import annotations

from fastapi import HTTPException, Request

__all__ = ["read_capped"]


async def read_capped(request: Request, limit: int, what: str = "the body") -> bytes:
    """The whole body, or 413 once it is known to be over ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(what, limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(what, limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(what: str, limit: int) -> HTTPException:
    return HTTPException(413, f"{what} is over {limit} bytes, this server's limit")
