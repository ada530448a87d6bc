# newsbeam: `make run` sets up and runs the pipeline on samples/; `make test` sets up and tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= out
SHARED ?= ../shared

.PHONY: install run test lint bench bench-quality bench-tagging bench-dedupe train-topics clean

$(STAMP): pyproject.toml constraints.txt models.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24" wheel setuptools
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r models.lock
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test,dask,gcp]"
	touch $@

install: $(STAMP)

run: $(STAMP)
	$(BIN)/newsbeam run --input samples --output $(OUT)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: $(STAMP) lint
	$(BIN)/python -m pytest -q

bench: bench-quality bench-tagging bench-dedupe

clean:
	rm -rf $(OUT) .pytest_cache build *.egg-info

bench-quality: $(STAMP)
	$(BIN)/python -m benchmarks.quality --shared $(SHARED) | tee benchmarks/results/quality.md

bench-dedupe: $(STAMP)
	$(BIN)/python -m benchmarks.dedupe | tee benchmarks/results/dedupe.md

bench-tagging: $(STAMP)
	$(BIN)/python -m benchmarks.tagging --shared $(SHARED) | tee benchmarks/results/tagging.md

train-topics: $(STAMP)
	$(BIN)/python -m training.train_topics --shared $(SHARED)
