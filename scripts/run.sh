#!/usr/bin/env bash
# Sets up, builds and starts Shiken with the bundled question bank. Arguments go to shiken.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh default
exec build/shiken "$@"
