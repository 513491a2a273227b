"""Write the files of the bulk-data benchmark.

    bulk_files.py OUT_DIR STATE_DIR SIZE...

For each SIZE: import-SIZE.csv (a header `name` and SIZE parties, as `tryton-cli import` reads
it) and import_data-SIZE.json (the one raw `import_data` request importing the same rows, with the
stored session's context, for curl: the server's floor).
"""
import csv
import json
import os
import sys

out, state, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
os.makedirs(out, exist_ok=True)
with open(os.path.join(state, "tryton-cli", "sessions.json")) as f:
    sessions = json.load(f)
context = next(iter(sessions.values())).get("context") or {}
for size in sizes:
    rows = [["Bulk party %d, \"quoted\"" % i] for i in range(size)]
    with open(os.path.join(out, "import-%d.csv" % size), "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["name"])
        writer.writerows(rows)
    body = {"id": 1, "method": "model.party.party.import_data", "params": [["name"], rows, context]}
    with open(os.path.join(out, "import_data-%d.json" % size), "w") as f:
        f.write(json.dumps(body, separators=(",", ":"), ensure_ascii=False))
