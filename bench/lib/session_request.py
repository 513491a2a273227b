"""Write the requests tryton-cli sends with its stored session, for curl to send the same bytes.

    session_request.py STATE_DIR OUT_DIR PAGES BATCH

Reads the file store (STATE_DIR/tryton-cli/sessions.json + secrets.json) and writes, in OUT_DIR:
auth-header (an `Authorization: Session base64(login:uid:token)` line for `curl -H @file`, 0600),
context.json (the session's context, for bench/lib/state_plan.py), search_count.json,
search_read_100.json, and page-N.json (N = 0..PAGES-1: search_read of BATCH rows at offset
N*BATCH, as `tryton-cli search -o ndjson` pages them), each with the session's context, compact,
as tryton-cli serializes it.
"""
import base64
import json
import os
import sys

state, out, pages, batch = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
with open(os.path.join(state, "tryton-cli", "sessions.json")) as f:
    sessions = json.load(f)
with open(os.path.join(state, "tryton-cli", "secrets.json")) as f:
    secrets = json.load(f)
key, info = next((k, v) for k, v in sessions.items() if v.get("store") == "file")
token = secrets[key]
raw = "%s:%s:%s" % (info["login"], info["user_id"], token)
os.makedirs(out, exist_ok=True)
header = os.path.join(out, "auth-header")
fd = os.open(header, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
with os.fdopen(fd, "w") as f:
    f.write("Authorization: Session %s\n" % base64.b64encode(raw.encode()).decode())
context = info.get("context") or {}
with open(os.path.join(out, "context.json"), "w") as f:
    json.dump(context, f)


def write(name, method, params):
    body = {"id": 1, "method": method, "params": params}
    with open(os.path.join(out, name), "w") as f:
        f.write(json.dumps(body, separators=(",", ":"), ensure_ascii=False))


write("search_count.json", "model.party.party.search_count", [[], context])
fields = ["id", "rec_name"]
write("search_read_100.json", "model.party.party.search_read", [[], 0, 100, None, fields, context])
for n in range(pages):
    write("page-%d.json" % n, "model.party.party.search_read",
          [[], n * batch, batch, None, fields, context])
