# Two commands: `make run` and `make test`. Everything else is set up on the way.
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
DEB_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core poppler-utils postgresql chromium

.PHONY: install run test bench bench-matching deps migration

deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[dev]'
	touch $@

install: deps $(VENV)/.installed

run: install
	NOTAIRES_DEV=$${NOTAIRES_DEV:-1} NOTAIRES_CONFIG_DIR=$${NOTAIRES_CONFIG_DIR:-config.example} $(VENV)/bin/notaires serve --host 127.0.0.1 --port $(PORT) --demo-if-empty

test: install
	$(VENV)/bin/mypy --strict .
	$(VENV)/bin/pytest -q

bench: install
	$(PY) -m benchmarks.run

bench-matching: install
	$(PY) -m benchmarks.matching --prepare
	$(PY) -m benchmarks.matching
	$(PY) -m benchmarks.matching --command

migration: install
	$(PY) -m infrastructure.persistence.new_migration $(m)
