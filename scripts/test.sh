#!/usr/bin/env bash
# Sets up, builds and runs every test. Usage: scripts/test.sh [testing|sanitize]
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-testing}"
scripts/setup.sh "$preset"
ctest --preset "$preset"
