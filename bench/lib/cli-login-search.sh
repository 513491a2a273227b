# shellcheck shell=bash
# `tryton-cli login` then `tryton-cli search party.party -l 100 -o json`: two invocations, as a
# user types them. Run as `bash cli-login-search.sh` (hyperfine -N); the session goes to its own
# state dir (BENCH_LOGIN_STATE) so the stored session of the other benchmarks stays as it is.
set -e
export XDG_STATE_HOME=$BENCH_LOGIN_STATE
"$BENCH_BIN" login -d "$BENCH_DB" -u admin --password-file "$BENCH_PWFILE" --session-store file
"$BENCH_BIN" search party.party -d "$BENCH_DB" -l 100 -o json
