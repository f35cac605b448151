"""The floor: a bare FastAPI hello-world served the way ``entente serve`` serves (uvicorn, one
process, its default loop and HTTP parser, ``log_level="info"``).

    python -m bench.hello --port 8765
"""

from __future__ import annotations

import argparse

import uvicorn
from fastapi import FastAPI

app = FastAPI()


@app.get("/")
def hello() -> dict[str, str]:
    return {"hello": "world"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    uvicorn.run("bench.hello:app", host=args.host, port=args.port, log_level="info")


if __name__ == "__main__":
    main()
