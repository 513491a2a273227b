"""Write the files of the configuration-as-code benchmark.

    state_files.py OUT_DIR COUNT...

For each COUNT: parties-COUNT.yaml, COUNT parties with one address each, in the format of
docs/examples/setup.yaml (for `tryton-cli apply` and `tryton-cli plan`), and parties-COUNT.json,
the same declarations as plain JSON for bench/lib/state_plan.py (the benchmark's Python venv
has no YAML parser; the values are the same). A smaller COUNT declares the first COUNT parties of
a larger one, so once the largest is applied, every file plans to nothing.
"""
import json
import os
import sys

out, counts = sys.argv[1], [int(c) for c in sys.argv[2:]]
os.makedirs(out, exist_ok=True)


def party(i):
    return {"name": "State Party %05d" % i,
            "addresses": [{"street": "%d Bench Street" % i, "city": "Bench City"}]}


def quoted(text):
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


for count in counts:
    parties = [party(i) for i in range(count)]
    lines = ["version: 1", "context: {language: en}", "records:", "  - model: party.party",
             "    items:"]
    for p in parties:
        address = p["addresses"][0]
        lines += ["      - name: %s" % quoted(p["name"]),
                  "        addresses:",
                  "          - street: %s" % quoted(address["street"]),
                  "            city: %s" % quoted(address["city"])]
    with open(os.path.join(out, "parties-%d.yaml" % count), "w") as f:
        f.write("\n".join(lines) + "\n")
    declared = {"context": {"language": "en"}, "model": "party.party", "items": parties}
    with open(os.path.join(out, "parties-%d.json" % count), "w") as f:
        json.dump(declared, f, ensure_ascii=False)
