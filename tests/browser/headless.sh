# Shared by the browser checks (sourced, not run): finds Chromium, gives
# chrome ARGS... (one headless run that never hangs the suite), browse URL
# (the DOM after the page's scripts ran) and check_eq WHAT EXPECTED ACTUAL
# (sets fail=1 on a mismatch). Exits 77 (ctest: skipped) without Chromium.
chromium=""
for c in chromium chromium-browser google-chrome; do
  if command -v "$c" >/dev/null 2>&1; then chromium=$(command -v "$c"); break; fi
done
if [[ -z "$chromium" ]]; then
  echo "SKIPPED: no chromium on PATH (tools/test installs it: tools/deps --browser)"
  exit 77
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chrome() {
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-dev-shm-usage --user-data-dir="$profile" "$@" 2>/dev/null || true
}
browse() {
  chrome --dump-dom "$1"
}

fail=0
check_eq() {
  if [[ "$2" != "$3" ]]; then
    echo "FAIL: $1: expected $2, got $3"
    fail=1
  else
    echo "ok: $1 = $3"
  fi
}

# check_self_contained FILE: the page fetches nothing (no URLs, no external
# scripts, styles or fonts).
check_self_contained() {
  local bad
  for bad in 'http://' 'https://' ' src=' '<link' '@import' 'url('; do
    if grep -qF -- "$bad" "$1"; then
      echo "FAIL: $1 is not self-contained: contains '$bad'"
      fail=1
    fi
  done
}

# screenshot FILE PNG WIDTH,HEIGHT: a PNG of the page for a person to look at.
screenshot() {
  rm -f "$2"
  chrome --window-size="$3" --hide-scrollbars --screenshot="$2" "file://$1" >/dev/null
  if [[ ! -s "$2" ]]; then
    echo "FAIL: no screenshot for $1"
    fail=1
  else
    echo "ok: screenshot $2"
  fi
}
