# Sourced by the check-*.sh scripts: a brand-new Debian 12 root for one check, made with
# mmdebstrap (--variant=apt: nothing but apt and what it needs), and a way to run a command
# inside it in a private mount namespace, so that /proc and /dev go away with it.
# Needs root, mmdebstrap (installed on first use) and about 2 GB in /tmp.

fresh_root_make() {
    local root=$1
    command -v mmdebstrap >/dev/null || {
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null
    }
    local try
    for try in 1 2; do # a second try for a passing network hiccup
        rm -rf "$root" && mkdir -p "$root"
        mmdebstrap --quiet --variant=apt --mode=root bookworm "$root" >/dev/null && return 0
        echo "fresh-root: mmdebstrap failed (try $try)" >&2
    done
    return 1
}

# fresh_root_run ROOT COMMAND [OUT]: runs COMMAND with bash in ROOT, in /src when it exists,
# with a clean environment; OUT, if given, is a folder of this machine seen as /out inside.
fresh_root_run() {
    local root=$1 command=$2 out=${3:-}
    if [ -n "$out" ]; then mkdir -p "$root/out" "$out"; fi
    unshare --mount --propagation private bash -c '
        root=$0 command=$1 out=$2
        mount -t proc proc "$root/proc" && mount --rbind /dev "$root/dev" || exit 1
        if [ -n "$out" ]; then mount --bind "$out" "$root/out" || exit 1; fi
        chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
            LANG=C.UTF-8 CI="${CI:-}" /bin/bash -c "cd /src 2>/dev/null || cd /; $command"
    ' "$root" "$command" "$out"
}
