# shellcheck shell=bash
# The curl floor for `tryton-cli login` + `tryton-cli search -l 100`: common.db.login, then
# search_read with the `Authorization: Session base64(login:uid:token)` header. Run as
# `bash curl-login-search.sh [prefs]` (hyperfine -N). Bash does the parsing (no python, no jq):
# what is left is the curl processes, one base64 and the shell.
# With `prefs` it also fetches the user's context (res.user.get_preferences) between the two and
# sends it with the search, as tryton-cli login does: the like-for-like floor.
set -e
IFS= read -r pw <"$BENCH_PWFILE"
pw=${pw//\\/\\\\}
pw=${pw//\"/\\\"}
answer=$(curl -sS -H 'Content-Type: application/json' --data-binary @- "$BENCH_DB_URL" <<<"{\"id\":1,\"method\":\"common.db.login\",\"params\":[\"admin\",{\"password\":\"$pw\"}]}")
re='"result": ?\[([0-9]+), ?"([^"]+)"'
[[ $answer =~ $re ]] || { echo "login failed: $answer" >&2; exit 1; }
auth=$(printf 'admin:%s:%s' "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" | base64 -w0)
context={}
if [ "${1:-}" = prefs ]; then
  answer=$(curl -sS --compressed -H 'Content-Type: application/json' -H @- \
    --data-binary '{"id":2,"method":"model.res.user.get_preferences","params":[true,{}]}' \
    "$BENCH_DB_URL" <<<"Authorization: Session $auth")
  context=${answer#*\"result\":}
  context=${context%\}}
  [[ $context == *"{"* ]] || { echo "get_preferences failed: $answer" >&2; exit 1; }
fi
curl -sS --compressed -H 'Content-Type: application/json' -H @- \
  --data-binary "{\"id\":3,\"method\":\"model.party.party.search_read\",\"params\":[[],0,100,null,[\"id\",\"rec_name\"],$context]}" \
  "$BENCH_DB_URL" <<<"Authorization: Session $auth"
