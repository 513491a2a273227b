"""A minimal Python JSON-RPC client, as a portal would write one with the standard library: log in
(common.db.login), then search_read 100 parties (id, rec_name) and print them as JSON.

    urllib_search.py DATABASE_RPC_URL PASSWORD_FILE
"""
import base64
import gzip
import json
import sys
import urllib.request

url, password_file = sys.argv[1], sys.argv[2]
with open(password_file) as f:
    password = f.readline().rstrip("\n")


def rpc(method, params, auth=None):
    body = json.dumps({"id": 1, "method": method, "params": params}).encode()
    headers = {"Content-Type": "application/json", "Accept-Encoding": "gzip"}
    if auth:
        headers["Authorization"] = auth
    request = urllib.request.Request(url, data=body, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        raw = response.read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    answer = json.loads(raw)
    if "error" in answer:
        raise SystemExit("error: %r" % (answer["error"],))
    return answer["result"]


user_id, session = rpc("common.db.login", ["admin", {"password": password}])[:2]
auth = "Session " + base64.b64encode(("admin:%s:%s" % (user_id, session)).encode()).decode()
rows = rpc("model.party.party.search_read", [[], 0, 100, None, ["id", "rec_name"], {}], auth)
json.dump(rows, sys.stdout)
sys.stdout.write("\n")
