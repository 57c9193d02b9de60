#!/usr/bin/env bash
# System packages the test suite uses: a PostgreSQL server (the Postgres store tests start a throwaway
# one) and Chromium (browser tests). Installs them with apt-get when run as root and they are missing;
# otherwise says which tests will skip. Never fails the build by itself.
set -u
need=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || echo "warning: could not install ${need[*]}; tests that need them will skip"
  # Debian starts a cluster on install; the tests run their own, so stop the packaged one.
  # (Chromium is Debian's build, driven by the playwright package: never `playwright install`.)
  command -v pg_ctlcluster >/dev/null && pg_ctlcluster --force 15 main stop >/dev/null 2>&1 || true
else
  echo "note: ${need[*]} not installed and not root; tests that need them will skip"
fi
exit 0
