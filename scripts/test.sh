#!/usr/bin/env bash
# The test command of the README and of CI (.ci/run): install, browser, tests.
set -uo pipefail
cd "$(dirname "$0")/.."
pip install -e '.[test]' || { echo "install failed: see pip's message above" >&2; exit 1; }
# the browser tests drive Debian's chromium (never `playwright install`, which downloads a browser)
command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium) \
  || { echo "chromium install failed: install Debian's chromium package" >&2; exit 1; }
python -m pytest -q "$@"
status=$?
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: failing on purpose" >&2
  exit 1
fi
exit "$status"
