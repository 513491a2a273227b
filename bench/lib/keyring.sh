# shellcheck shell=bash
# Part 2b, run by bench/run under scripts/with-secret-service (a private D-Bus session with an
# unlocked gnome-keyring): log in with --session-store keyring, then measure the stored-session
# call with the token in the keyring against the same call with the file store and against curl.
set -euo pipefail
# shellcheck source=bench/lib/measure.sh
. "$(dirname "${BASH_SOURCE[0]}")/measure.sh"
mkdir -p "$BENCH_KEYRING_STATE"
XDG_STATE_HOME=$BENCH_KEYRING_STATE "$BENCH_BIN" login -q -d "$BENCH_DB" -u admin \
  --password-file "$BENCH_PWFILE" --session-store keyring
if ! grep -q '"store": "keyring"' "$BENCH_KEYRING_STATE/tryton-cli/sessions.json"; then
  echo "bench: the keyring login did not keep its session in the keyring" >&2
  exit 1
fi
call=(call party.party search_count '[]' -d "$BENCH_DB")
measure call-keyring \
  "tryton-cli call (keyring)" "$(quote env XDG_STATE_HOME="$BENCH_KEYRING_STATE" "$BENCH_BIN" "${call[@]}")" \
  "tryton-cli call (file)" "$(quote env XDG_STATE_HOME="$BENCH_STATE" "$BENCH_BIN" "${call[@]}")" \
  "curl call" "$BENCH_CURL_CALL"
