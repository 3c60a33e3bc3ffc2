# The two commands a new user needs: `make run` and `make test`. Both set everything up.
UV ?= $(shell command -v uv 2>/dev/null || echo "$(HOME)/.local/bin/uv")
UV_VERSION = 0.13.8
export DATABASE_URL ?= sqlite:///data/crisis_facts.db

.PHONY: run test setup system-deps lint typecheck migrate seed bench evaluate fuzz clients clients-check

$(UV):
	python3 -m pip install --user --quiet "uv==$(UV_VERSION)"

.venv/.synced: uv.lock pyproject.toml | $(UV)
	$(UV) sync --frozen
	touch $@

setup: .venv/.synced

run: setup  ## serve the API on http://127.0.0.1:8000 with the seeds loaded
	$(UV) run --frozen crisis-facts seed seeds
	$(UV) run --frozen crisis-facts serve --host 127.0.0.1 --port 8000

lint: setup
	$(UV) run --frozen ruff check app tests bench migrations
	$(UV) run --frozen ruff format --check app tests bench migrations

typecheck: setup  ## mypy --strict over app/ (configured in pyproject.toml)
	$(UV) run --frozen mypy

system-deps:  ## Debian's chromium, chromium-driver and postgresql for the tests (installs them, or says how)
	bash .ci/system-deps.sh

test: setup system-deps lint typecheck  ## lint, types and the whole test suite (SQLite and PostgreSQL)
	$(UV) run --frozen pytest -q

fuzz: setup  ## property-based ingestion tests with 10,000 generated inputs each (make test runs a few hundred)
	HYPOTHESIS_PROFILE=fuzz $(UV) run --frozen pytest -q tests/test_fuzz.py --hypothesis-show-statistics

evaluate: setup
	$(UV) run --frozen crisis-facts evaluate tests/gold/seeds_gold.json --articles seeds

bench: setup  ## speed, attribution (PolNeAR dev), figures (NewsQuant odd half), whole-corpus ingest, read path, scale
	$(UV) run --frozen python bench/ingest.py 1000 --rounds 3
	$(UV) run --frozen python bench/attribution.py dev
	$(UV) run --frozen python bench/claims.py
	$(UV) run --frozen python bench/corpus_ingest.py
	$(UV) run --frozen python bench/api.py
	$(UV) run --frozen python bench/scale.py

PY_CLIENT = clients/python/crisis_facts_client

clients: setup  ## regenerate clients/openapi.json, the typed Python client and the TypeScript types
	$(UV) run --frozen crisis-facts openapi clients/openapi.json
	rm -rf $(PY_CLIENT)
	$(UV) run --frozen openapi-python-client generate --path clients/openapi.json --output-path $(PY_CLIENT) --meta none
	cd clients/typescript && npm ci --no-audit --no-fund --loglevel=error && npm run --silent generate

clients-check: setup  ## fail if the committed clients are not generated from the current schema
	rm -rf clients/.check && mkdir -p clients/.check
	$(UV) run --frozen crisis-facts openapi clients/.check/openapi.json
	diff -q clients/openapi.json clients/.check/openapi.json
	$(UV) run --frozen openapi-python-client generate --path clients/openapi.json \
		--output-path clients/.check/crisis_facts_client --meta none
	diff -r -x __pycache__ -x .ruff_cache $(PY_CLIENT) clients/.check/crisis_facts_client
	cd clients/typescript && npm ci --no-audit --no-fund --loglevel=error && \
		npx openapi-typescript ../openapi.json -o ../.check/schema.d.ts && \
		diff -q schema.d.ts ../.check/schema.d.ts
