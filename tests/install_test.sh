#!/usr/bin/env bash
# Installs the build into a temporary root (DESTDIR) as `cmake --install`
# would on a server, then checks what was installed: the files in their
# standard places, the installed binary working with the installed jieba
# dictionaries and the sample configuration, the system user from the
# sysusers.d file, and the systemd unit with `systemd-analyze verify`
# (offline, against the temporary root). Exits 77 (skipped) only where
# systemd-analyze is missing.
#   usage: install_test.sh BUILD_DIR
set -euo pipefail
build="$1"
src="$(cd "$(dirname "$0")/.." && pwd)"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
fail() {
  echo "install_test: $*" >&2
  exit 1
}

DESTDIR="$root" cmake --install "$build" --component wenyuan >/dev/null
prefix="$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")"
bin="$root$prefix/bin/wenyuan"
dict="$root$prefix/share/wenyuan/jieba"
unit="$root$prefix/lib/systemd/system/wenyuan.service"
for f in "$bin" "$dict/jieba.dict.utf8" "$dict/hmm_model.utf8" "$unit" \
  "$root$prefix/lib/sysusers.d/wenyuan.conf" "$root/etc/wenyuan/wenyuan.conf" \
  "$root$prefix/share/doc/wenyuan/deployment.md"; do
  [ -e "$f" ] || fail "$f was not installed"
done
[ -x "$bin" ] || fail "$bin is not executable"
# Nothing of llama.cpp's own install rules (headers, libraries) comes along.
if find "$root" -name '*.h' -o -name '*.a' | grep -q .; then fail "headers or libraries installed: $(find "$root" -name '*.h' -o -name '*.a' | head -3)"; fi

# The unit runs the installed binary on the installed dictionaries.
grep -q "^ExecStart=$prefix/bin/wenyuan --data /var/lib/wenyuan serve --config /etc/wenyuan/wenyuan.conf$" "$unit" ||
  fail "unexpected ExecStart in $unit: $(grep ExecStart "$unit")"
grep -q "^Environment=WENYUAN_JIEBA_DICT_DIR=$prefix/share/wenyuan/jieba$" "$unit" || fail "no dictionary folder in $unit"
for option in NoNewPrivileges=yes ProtectSystem=strict ReadWritePaths=/var/lib/wenyuan User=wenyuan; do
  grep -qx "$option" "$unit" || fail "$unit lacks $option"
done

# The installed binary, with only the installed files, ingests and finds.
data="$root/var/lib/wenyuan"
run() { WENYUAN_JIEBA_DICT_DIR="$dict" "$bin" --data "$data" -q "$@"; }
run kb create demo
run ingest demo "$src/samples/regulation-incident-reporting.txt" >/dev/null
hits="$(run search demo 資安事件 --config "$root/etc/wenyuan/wenyuan.conf" --json |
  python3 -c 'import json, sys; print(len(json.load(sys.stdin)["results"]))')"
[ "$hits" -gt 0 ] || fail "the installed binary found nothing"

# The system user, made from the installed sysusers.d file.
mkdir -p "$root/etc"
touch "$root/etc/passwd" "$root/etc/group"
if command -v systemd-sysusers >/dev/null 2>&1; then
  systemd-sysusers --root="$root" "$root$prefix/lib/sysusers.d/wenyuan.conf" >/dev/null 2>&1
  grep -q '^wenyuan:' "$root/etc/passwd" || fail "systemd-sysusers made no user wenyuan"
fi

# The unit, verified offline against the temporary root (with the system's
# own units there, which it refers to). Any message fails the test: unknown
# keys are only warned about.
if ! command -v systemd-analyze >/dev/null 2>&1; then
  echo "install_test: systemd-analyze not found (Debian's systemd); skipped" >&2
  exit 77
fi
mkdir -p "$root/lib/systemd"
cp -r /lib/systemd/system "$root/lib/systemd/"
out="$(systemd-analyze verify --man=no --root="$root" "$unit" 2>&1)" || fail "systemd-analyze verify failed: $out"
[ -z "$out" ] || fail "systemd-analyze verify: $out"
echo "install_test: installed into $prefix under a temporary root; unit verified"
