#!/usr/bin/env bash
# Installs a Shiken .deb on a brand-new Debian 12 root with apt-get, without recommended
# packages (so its Depends alone must be enough), and there runs the program as a user would:
# --version, validate, the window offscreen for a few seconds on a scratch database, stats
# and a backup of that database, and checks that the menu entry, icons, metadata and manual
# page are in place.
# Usage (as root): scripts/check-deb.sh path/to/shiken_<version>_amd64.deb
set -euo pipefail
deb=$(realpath "$1")
top=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
source "$top/scripts/fresh-root.sh"

root=$(mktemp -d /tmp/shiken-deb.XXXXXX)
trap 'rm -rf "$root"' EXIT
echo "check-deb: making a brand-new Debian 12 root in $root"
fresh_root_make "$root" || exit 3
cp "$deb" "$root/tmp/"
cp "$top/scripts/check-window.sh" "$root/tmp/"
name=$(basename "$deb")
fresh_root_run "$root" "
set -e
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ./tmp/$name >/dev/null
echo \"check-deb: installed $name\"
shiken --version
shiken --help | head -n 1
shiken validate
for f in /usr/share/applications/app.shiken.Shiken.desktop \
         /usr/share/metainfo/app.shiken.Shiken.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/app.shiken.Shiken.svg \
         /usr/share/icons/hicolor/16x16/apps/app.shiken.Shiken.png \
         /usr/share/icons/hicolor/256x256/apps/app.shiken.Shiken.png \
         /usr/share/man/man1/shiken.1.gz; do
    test -s \"\$f\" || { echo \"check-deb: missing \$f\"; exit 1; }
done
/tmp/check-window.sh shiken --db /tmp/scratch.sqlite
shiken stats --db /tmp/scratch.sqlite
shiken backup --db /tmp/scratch.sqlite
echo 'check-deb: the package installs and runs'
"
