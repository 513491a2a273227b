"""What `tryton-cli plan FILE --detailed-exitcode` does for a file of parties with addresses, as a
portal would write it with the standard library: the same reads, then the declared values compared
with the read ones in Python. Exit 0 when the server matches, 5 when something would change.

    state_plan.py DATABASE_RPC_URL DECLARED_JSON --session REQ_DIR
    state_plan.py DATABASE_RPC_URL DECLARED_JSON --login PASSWORD_FILE

DECLARED_JSON is written by bench/lib/state_files.py. --session uses the session tryton-cli stored
(REQ_DIR/auth-header and REQ_DIR/context.json, from bench/lib/session_request.py: logged in once,
before the measurement, as tryton-cli is); --login logs in first (common.db.login, then
get_preferences for the user's context, as `tryton-cli login` does).
Reads, as tryton-cli sends them: fields_get of party.party and of the model of its addresses, one
search_read of the parties by name `in [...]` with the declared fields (and active, rec_name,
_timestamp), one search_read of their addresses by id.
"""
import base64
import gzip
import json
import sys
import urllib.request

url, declared_path, mode, arg = sys.argv[1:5]
KEYS_PER_SEARCH = 2000  # as tryton-cli chunks its `in` searches


def rpc(method, params, auth=None):
    body = json.dumps({"id": 1, "method": method, "params": params}).encode()
    headers = {"Content-Type": "application/json", "Accept-Encoding": "gzip"}
    if auth:
        headers["Authorization"] = auth
    request = urllib.request.Request(url, data=body, headers=headers)
    with urllib.request.urlopen(request, timeout=300) as response:
        raw = response.read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    answer = json.loads(raw)
    if "error" in answer:
        raise SystemExit("error: %r" % (answer["error"],))
    return answer["result"]


if mode == "--session":
    with open(arg + "/auth-header") as f:
        auth = f.readline().split(":", 1)[1].strip()
    with open(arg + "/context.json") as f:
        context = json.load(f)
elif mode == "--login":
    with open(arg) as f:
        password = f.readline().rstrip("\n")
    user_id, session = rpc("common.db.login", ["admin", {"password": password}])[:2]
    auth = "Session " + base64.b64encode(("admin:%s:%s" % (user_id, session)).encode()).decode()
    context = rpc("model.res.user.get_preferences", [True, {}], auth)
else:
    raise SystemExit("usage: state_plan.py URL DECLARED_JSON "
                     "(--session REQ_DIR | --login PASSWORD_FILE)")

with open(declared_path) as f:
    declared = json.load(f)
model, items = declared["model"], declared["items"]
context = dict(context, **declared["context"], active_test=False)

fields = rpc("model.%s.fields_get" % model, [None, context], auth)
children_field = "addresses"
names = {"name", "active", "rec_name", "_timestamp"}
for item in items:
    for name in item:
        if name not in fields:
            raise SystemExit("%s has no field %s" % (model, name))
        names.add(name)
if fields[children_field]["type"] != "one2many":
    raise SystemExit("%s.%s is not a one2many" % (model, children_field))
child_model = fields[children_field]["relation"]
child_fields = rpc("model.%s.fields_get" % child_model, [None, context], auth)
child_names = {"_timestamp"}  # as plan: rec_name only for children a prune deletes
for item in items:
    for child in item.get(children_field, []):
        for name in child:
            if name not in child_fields:
                raise SystemExit("%s has no field %s" % (child_model, name))
            child_names.add(name)

keys = list(dict.fromkeys(item["name"] for item in items))
records = []
for start in range(0, len(keys), KEYS_PER_SEARCH):
    records += rpc("model.%s.search_read" % model,
                   [[["name", "in", keys[start:start + KEYS_PER_SEARCH]]], 0, None, None,
                    sorted(names), context], auth)
by_name = {record["name"]: record for record in records}
ids = [i for record in records for i in record[children_field]]
children = {}
for start in range(0, len(ids), KEYS_PER_SEARCH):
    for child in rpc("model.%s.search_read" % child_model,
                     [[["id", "in", ids[start:start + KEYS_PER_SEARCH]]], 0, None, None,
                      sorted(child_names), context], auth):
        children[child["id"]] = child

changes = 0
for item in items:
    record = by_name.get(item["name"])
    if record is None:
        changes += 1 + len(item.get(children_field, []))
        continue
    for name, value in item.items():
        if name != children_field:
            changes += record[name] != value
            continue
        own = [children[i] for i in record[children_field] if i in children]
        for child in value:
            # matched among the party's own addresses by the key (street, city)
            match = next((c for c in own if c["street"] == child["street"]
                          and c["city"] == child["city"]), None)
            if match is None:
                changes += 1
            else:
                changes += sum(match[n] != v for n, v in child.items())
if changes:
    print("Plan: %d change(s)" % changes)
    sys.exit(5)
print("No changes: the server matches the file.")
