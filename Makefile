# newsbeam: `make run` sets up and runs the pipeline on samples/; `make test` sets up and tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= out
SHARED ?= ../shared
# Prism, Beam's local streaming runner (Go), built at the version of the pinned Beam SDK.
BEAM_VERSION := $(shell sed -n 's/^apache-beam==//p' constraints.txt)
PRISM_DIR ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/newsbeam/prism/v$(BEAM_VERSION)
PRISM := $(PRISM_DIR)/prism
GO ?= $(shell command -v go 2>/dev/null || echo /usr/local/go/bin/go)

.PHONY: install system-tools prism stream-demo run test lint fuzz bench bench-quality bench-metadata bench-tagging bench-dedupe bench-warc bench-throughput bench-memory bench-sink bench-stream train-topics train-boilerplate train-ner clean

$(STAMP): pyproject.toml constraints.txt models.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24" wheel setuptools
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r models.lock
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test,dask,gcp]"
	touch $@

install: $(STAMP)

run: $(STAMP)
	$(BIN)/newsbeam run --input samples --output $(OUT)

prism: $(PRISM)

$(PRISM): constraints.txt
	@test -x "$(GO)" || { echo "make prism: Go is needed to build Prism (apt-get install golang-go, or go.dev/dl)"; exit 1; }
	GOBIN=$(PRISM_DIR) $(GO) install github.com/apache/beam/sdks/v2/go/cmd/prism@v$(BEAM_VERSION)
	touch $@

# A live stream for a minute on Prism: the samples folder watched (drop more files into it).
stream-demo: $(STAMP) $(PRISM)
	$(BIN)/newsbeam stream --watch samples --output $(OUT)-stream --poll_interval 5 --window 10 --duration 60

# Debian's Chromium (the report test renders the HTML report headless) and shellcheck (deploy/).
system-tools:
	@command -v chromium >/dev/null && command -v shellcheck >/dev/null || { \
	  SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium shellcheck >/dev/null; }

lint: $(STAMP) system-tools
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	shellcheck deploy/*/*.sh

test: $(STAMP) lint $(PRISM)
	$(BIN)/python -m pytest -q

bench: bench-quality bench-metadata bench-tagging bench-dedupe bench-warc bench-throughput bench-memory bench-sink bench-stream

clean:
	rm -rf $(OUT) .pytest_cache build *.egg-info

bench-quality: $(STAMP)
	$(BIN)/python -m benchmarks.quality --shared $(SHARED) | tee benchmarks/results/quality.md

# About 2 minutes: title, authors and date of trafilatura-eval's pages against their gold.
bench-metadata: $(STAMP)
	$(BIN)/python -m benchmarks.metadata --shared $(SHARED) | tee benchmarks/results/metadata.md

# About 10 minutes: 10k and 100k synthetic stories on 1 and 2 workers, then real text.
bench-dedupe: $(STAMP)
	$(BIN)/python -m benchmarks.dedupe --sizes 10000 100000 | tee benchmarks/results/dedupe.md
	$(BIN)/python -m benchmarks.dedupe_real --shared $(SHARED) | tee benchmarks/results/dedupe_real.md

# About 10 minutes: reading a 10,000-record WARC three ways, then 1,000 records end to end.
bench-warc: $(STAMP)
	$(BIN)/python -m benchmarks.warc --shared $(SHARED) | tee benchmarks/results/warc.md

# About 8 minutes: a bare loop, then 1,810 pages on 1 and 2 workers, start-up, the sink alone.
bench-throughput: $(STAMP)
	$(BIN)/python -m benchmarks.throughput --shared $(SHARED) | tee benchmarks/results/throughput.md

# About 40 minutes: 5,000 and 50,000 articles on 2 workers, then one page at the size cap.
bench-memory: $(STAMP)
	$(BIN)/python -m benchmarks.memory | tee benchmarks/results/memory.md

# About 12 minutes: the sink alone on 100,000 and 1,000,000 synthetic rows of one date.
bench-sink: $(STAMP)
	$(BIN)/python -m benchmarks.sink_scale | tee benchmarks/results/sink.md

bench-tagging: $(STAMP)
	$(BIN)/python -m benchmarks.tagging --shared $(SHARED) | tee benchmarks/results/tagging.md

# About 45 minutes: latency, throughput against `run`, then 30 minutes of memory samples.
bench-stream: $(STAMP) $(PRISM)
	$(BIN)/python -m benchmarks.stream all --shared $(SHARED) | tee benchmarks/results/stream.md

# A bounded fuzz run of the HTML and plain-text extraction paths (any exception fails it).
fuzz: $(STAMP)
	$(BIN)/python -m benchmarks.fuzz --examples 3000

train-topics: $(STAMP)
	$(BIN)/python -m training.train_topics --shared $(SHARED)

# The German and Portuguese entity models (training/ner/README.md: data and licences; about 40 minutes).
train-ner: $(STAMP)
	OPENBLAS_NUM_THREADS=1 $(BIN)/python -m training.train_ner --shared $(SHARED)

# The boilerplate line models, from the dev sites of the extraction benchmarks (about 3 minutes).
# MODELS=text retrains the text model alone and keeps the shipped html model.
MODELS ?= text html
train-boilerplate: $(STAMP)
	$(BIN)/python -m training.train_boilerplate --shared $(SHARED) --models $(MODELS)
