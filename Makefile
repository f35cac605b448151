# The two commands: `make serve` and `make test`. Everything else they need is set up here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STORE ?= .entente/store
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: serve test lint typecheck unit browser engines test-engines bench fuzz clean store

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

$(STORE): $(STAMP)
	$(BIN)/entente init --store $(STORE)

store: $(STORE)

serve: $(STORE)
	$(BIN)/entente serve --store $(STORE) --host $(HOST) --port $(PORT)

# What the browser test needs: Debian's Chromium (Playwright drives it; no browser download).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi; }

# The second SPARQL engine the remote store is tested on: Virtuoso Open Source 7.2, Debian's
# binaries only (virtuoso-t, isql-vt; no system service, no debconf prompt). About 10 s to install,
# 10 s to start: part of `make test`. The tests start it themselves on free loopback ports.
engines:
	@command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin >/dev/null; fi; }

# The store contract on every engine (embedded, Oxigraph server, Virtuoso) and the command line
# on Virtuoso, alone; `make test` runs them too.
test-engines: $(STAMP) engines
	$(BIN)/pytest tests/graph/store/test_contract.py tests/graph/store/test_virtuoso.py tests/graph/store/test_remote.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) $(STORE)
	$(BIN)/pytest

test: $(STAMP) $(STORE) browser engines lint typecheck unit

# A longer schemathesis run than the bounded one in `make test`.
fuzz: $(STAMP)
	ENTENTE_FUZZ_EXAMPLES=$${ENTENTE_FUZZ_EXAMPLES:-500} $(BIN)/pytest tests/api/test_fuzz.py

# Benchmarks, not part of `make test`: writes BENCHMARKS.md (about 20 minutes at 100k claims).
# 1M claims is opt-in: `make bench SIZES=100000,1000000`. wrk comes from Debian, rdflib-endpoint
# (the peer it is compared with) from the lock file.
SIZES ?= 100000
bench: $(STAMP)
	@command -v wrk >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null; fi; }
	$(BIN)/pip install --quiet -c requirements.lock rdflib-endpoint
	$(BIN)/python -m bench.run --sizes $(SIZES)

clean:
	rm -rf $(VENV) .entente .mypy_cache .ruff_cache .pytest_cache
