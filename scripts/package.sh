#!/usr/bin/env bash
# Builds the Debian package shiken_<version>_amd64.deb from the release build.
# Usage: scripts/package.sh [OUTDIR]   (default: build/package)
set -euo pipefail
cd "$(dirname "$0")/.."
outdir=$(realpath -m "${1:-build/package}")
# dpkg-shlibdeps (dpkg-dev) computes the run-time dependencies; CPack needs `file` for it.
scripts/install-packages.sh dpkg-dev file
scripts/setup.sh default
mkdir -p "$outdir"
(cd build && cpack -G DEB -B "$outdir" >/dev/null)
rm -rf "$outdir/_CPack_Packages"
deb=$(ls "$outdir"/shiken_*_amd64.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Depends Recommends
