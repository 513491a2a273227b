"""Merge what bench/run measured into one table (stdout) and one JSON file.

    report.py OUT_JSON

Inputs: the hyperfine exports in $BENCH_RAW (ID.rN.json, merged per command name over the
rounds), ndjson-traces.tsv and ndjson-curl.tsv, and the BENCH_META_* environment.
Exit 0 when every target holds, 2 when one is missed.
"""
import glob
import json
import os
import re
import statistics
import sys

raw = os.environ["BENCH_RAW"]
meta = {k[len("BENCH_META_"):].lower(): v for k, v in os.environ.items()
        if k.startswith("BENCH_META_")}
for key in ("parties", "runs", "rounds", "warmup", "small", "large", "nproc"):
    meta[key] = int(meta[key])
for key in ("state_parties", "state_small", "state_apply_ms"):
    if key in meta:
        meta[key] = int(meta[key])
meta["quick"] = meta["quick"] == "1"
meta["sizes"] = [int(s) for s in meta["sizes"].split()]
meta["seed_s"] = float(meta["seed_s"])
meta["duration_s"] = int(meta["duration_s"])

# --- hyperfine: merge the rounds of each group ------------------------------------------------------
groups = {}
for path in sorted(glob.glob(os.path.join(raw, "*.r*.json"))):
    group = re.sub(r"\.r\d+\.json$", "", os.path.basename(path))
    with open(path) as f:
        for result in json.load(f)["results"]:
            entry = groups.setdefault(group, {}).setdefault(
                result["command"], {"times": [], "cpu": []})
            entry["times"].extend(result["times"])
            # hyperfine gives the mean user and system time of a round
            entry["cpu"].append((result["user"] + result["system"], len(result["times"])))


def stats(times, cpu):
    ms = [t * 1000 for t in times]
    return {
        "cpu_ms": 1000 * sum(c * n for c, n in cpu) / sum(n for _, n in cpu),
        "median_ms": statistics.median(ms),
        "mean_ms": statistics.fmean(ms),
        "stddev_ms": statistics.stdev(ms) if len(ms) > 1 else 0.0,
        "min_ms": min(ms),
        "max_ms": max(ms),
        "runs": len(ms),
    }


measurements = {group: {name: stats(e["times"], e["cpu"]) for name, e in commands.items()}
                for group, commands in groups.items()}


def median(group, name):
    return measurements.get(group, {}).get(name, {}).get("median_ms")


# --- ndjson traces: client-side time = wall - sum of request latencies (-v) ---------------------------
def read_tsv(name):
    path = os.path.join(raw, name)
    if not os.path.exists(path):
        return []
    with open(path) as f:
        lines = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    head, rows = lines[0], lines[1:]

    def value(text):
        try:
            return float(text)
        except ValueError:
            return text
    return [{k: value(v) for k, v in zip(head, row)} for row in rows]


traces = read_tsv("ndjson-traces.tsv")
curl_pages = read_tsv("ndjson-curl.tsv")
ndjson = {}
for size in meta["sizes"]:
    runs = [t for t in traces if int(t["size"]) == size]
    if not runs:
        continue
    client = [t["wall_ms"] - t["latency_ms"] for t in runs]
    entry = {
        "rows": size,
        "requests": int(runs[0]["requests"]),
        "traced_runs": len(runs),
        "traced_wall_ms": statistics.median(t["wall_ms"] for t in runs),
        "server_ms": statistics.median(t["latency_ms"] for t in runs),
        "client_ms": statistics.median(client),
        "client_rows_per_s": statistics.median(size / (c / 1000) for c in client if c > 0),
        "peak_rss_kb": statistics.median(t["rss_kb"] for t in runs),
        "peak_rss_kb_max": max(t["rss_kb"] for t in runs),
        "wall_ms": median("ndjson", "ndjson %d rows" % size),
    }
    if entry["wall_ms"]:
        entry["rows_per_s_overall"] = size / (entry["wall_ms"] / 1000)
        cpu = measurements["ndjson"]["ndjson %d rows" % size]["cpu_ms"]
        entry["cpu_ms"] = cpu
        entry["rows_per_cpu_s"] = size / (cpu / 1000) if cpu > 0 else None
    curl = [c["curl_ms"] for c in curl_pages if int(c["size"]) == size]
    if curl:
        entry["curl_same_requests_ms"] = statistics.median(curl)
    ndjson[str(size)] = entry

# --- the table -------------------------------------------------------------------------------------------
# rows: (label, tryton-cli ms, peer label, peer ms, ratio text, target, verdict, cpu text, note)
rows = []
targets = []


def verdict(ok):
    if ok is None:
        return "SKIP"
    return "PASS" if ok else "MISS"


def cpu(group, name):
    return measurements.get(group, {}).get(name, {}).get("cpu_ms")


def add(label, group, cli_name, peer_label, peer_name, ratio_kind, target_text, check,
        target_id=None, note=""):
    cli, peer = median(group, cli_name), median(group, peer_name)
    if not target_text and (cli is None or peer is None):
        return None  # an informative row whose measurement this run did not make
    ratio = None
    if cli is not None and peer is not None and cli > 0 and peer > 0:
        ratio = cli / peer if ratio_kind == "cli/peer" else peer / cli
    ok = None if (check is None or ratio is None) else check(ratio)
    ratio_text = "-" if ratio is None else (
        "%.2fx" % ratio if ratio_kind == "cli/peer" else "%.1fx faster" % ratio)
    cpus = (cpu(group, cli_name), cpu(group, peer_name))
    cpu_text = "-" if None in cpus else "%.1f / %.1f ms" % cpus
    rows.append((label, cli, peer_label, peer, ratio_text, target_text or "-",
                 verdict(ok) if target_text else "", cpu_text, note))
    if target_id:
        targets.append({"id": target_id, "target": target_text, "ratio": ratio,
                        "ratio_kind": ratio_kind, "tryton_cli_ms": cli, "peer_ms": peer,
                        "peer": peer_label, "cpu_ms": {"tryton_cli": cpus[0], "peer": cpus[1]},
                        "result": verdict(ok)})
    return ratio


add("1 ping", "ping", "tryton-cli ping", "curl", "curl ping",
    "cli/peer", "<= 1.15x curl", lambda r: r <= 1.15, "ping")
add("2 call search_count (file store)", "call", "tryton-cli call (file)", "curl", "curl call",
    "cli/peer", "<= 1.2x curl", lambda r: r <= 1.2, "call_file")
kr = median("call-keyring", "tryton-cli call (keyring)")
kf = median("call-keyring", "tryton-cli call (file)")
if kr is not None:
    add("2b call search_count (keyring)", "call-keyring", "tryton-cli call (keyring)", "curl",
        "curl call", "cli/peer", "<= 1.0x curl", lambda r: r <= 1.0, "call_keyring",
        note="the keyring costs %+.1f ms per call over the file store (%.1f ms in the same "
        "hyperfine run)" % (kr - kf, kf))
else:
    rows.append(("2b call search_count (keyring)", None, "curl", None, "-", "-", "", "-",
                 "keyring part %s" % meta["keyring"]))
add("2c health, 8 targets at once", "health", "tryton-cli health: 8 targets",
    "the slowest alone", "tryton-cli health: the slowest target", "cli/peer",
    "<= 1.5x the slowest target", lambda r: r <= 1.5, "health_parallel",
    note="8 local JSON-RPC stubs answering after 150-325 ms (bench/lib/slow_rpc.py)")
add("3 search -l 100 (stored session)", "search100", "tryton-cli search -l 100", "proteus",
    "proteus (login + search_read)", "peer/cli", ">= 15x faster than proteus",
    lambda r: r >= 15, "search_vs_proteus",
    note="" if meta["proteus_status"] == "ok" else "proteus %s" % meta["proteus_status"])
add("3 search -l 100 (stored session)", "search100", "tryton-cli search -l 100",
    "python urllib", "python urllib (login + search_read)", "peer/cli", "", None)
add("3 login + search -l 100", "login-search", "tryton-cli login + search",
    "curl login + search", "curl login + search", "cli/peer", "<= 1.1x curl",
    lambda r: r <= 1.1, "login_search",
    note="tryton-cli login makes 3 requests (login, get_preferences, search_read), this floor 2")
add("3 login + search -l 100 (like for like)", "login-search", "tryton-cli login + search",
    "curl login + prefs + search", "curl login + prefs + search", "cli/peer", "", None,
    note="curl also fetches the user's context (get_preferences) and sends it with the search")
large = ndjson.get(str(meta["large"]))
small = ndjson.get(str(meta["small"]))
for size, entry in ndjson.items():
    rows.append(("4 ndjson %s rows: wall" % size, entry["wall_ms"], "server (-v)",
                 entry["server_ms"], "-", "-", "",
                 "-" if entry.get("cpu_ms") is None else "%.1f ms" % entry["cpu_ms"],
                 "client %.1f ms = %.0f rows/s client-side (CPU user+sys %.1f ms = %.0f rows/s); "
                 "%.0f rows/s overall; peak RSS %.1f MiB"
                 % (entry["client_ms"], entry["client_rows_per_s"], entry.get("cpu_ms", 0),
                    entry.get("rows_per_cpu_s") or 0, entry.get("rows_per_s_overall", 0),
                    entry["peak_rss_kb"] / 1024)))
if large:
    ok = large["client_rows_per_s"] >= 50000
    rows.append(("4 ndjson client-side throughput", None, "", None,
                 "%.0f rows/s" % large["client_rows_per_s"], ">= 50 000 rows/s", verdict(ok), "",
                 "%d rows; wall - sum of request latencies from -v" % large["rows"]))
    targets.append({"id": "ndjson_throughput", "target": ">= 50000 rows/s client-side",
                    "rows": large["rows"], "client_rows_per_s": large["client_rows_per_s"],
                    "client_rows_per_cpu_s": large.get("rows_per_cpu_s"),
                    "result": verdict(ok)})
if large and small:
    ratio = large["peak_rss_kb"] / small["peak_rss_kb"]
    ok = ratio <= 2
    rows.append(("4 peak RSS %d vs %d rows" % (large["rows"], small["rows"]), None, "", None,
                 "%.2fx" % ratio, "<= 2x", verdict(ok), "",
                 "%.1f MiB vs %.1f MiB" % (large["peak_rss_kb"] / 1024, small["peak_rss_kb"] / 1024)))
    targets.append({"id": "ndjson_rss", "target": "peak RSS(%d rows) <= 2x peak RSS(%d rows)"
                    % (large["rows"], small["rows"]), "ratio": ratio,
                    "rss_kb": {str(large["rows"]): large["peak_rss_kb"],
                               str(small["rows"]): small["peak_rss_kb"]},
                    "result": verdict(ok)})
add("6 import %s parties" % meta.get("bulk_import", "?"), "import", "tryton-cli import",
    "one raw import_data (curl)", "curl import_data", "cli/peer", "<= 1.2x the raw request",
    lambda r: r <= 1.2, "import",
    note="tryton-cli sends batches of 1000 records (one transaction each); curl one request")
bulk_rss = {}
for row in read_tsv("bulk-rss.tsv"):
    bulk_rss.setdefault(row["kind"], {})[int(row["rows"])] = row
for kind, by_rows in sorted(bulk_rss.items()):
    if len(by_rows) < 2:
        continue
    small_rows, large_rows = min(by_rows), max(by_rows)
    small_kb, large_kb = by_rows[small_rows]["rss_kb"], by_rows[large_rows]["rss_kb"]
    ratio = large_kb / small_kb
    ok = ratio <= 2
    rows.append(("6 %s peak RSS %d vs %d rows" % (kind, large_rows, small_rows), None, "", None,
                 "%.2fx" % ratio, "<= 2x", verdict(ok), "",
                 "%.1f MiB vs %.1f MiB; %.1f s vs %.1f s" % (
                     large_kb / 1024, small_kb / 1024, by_rows[large_rows]["wall_ms"] / 1000,
                     by_rows[small_rows]["wall_ms"] / 1000)))
    targets.append({"id": "%s_rss" % kind, "target": "peak RSS(%d rows) <= 2x peak RSS(%d rows)"
                    % (large_rows, small_rows), "ratio": ratio,
                    "rss_kb": {str(large_rows): large_kb, str(small_rows): small_kb},
                    "result": verdict(ok)})
state_traces = {}
for row in read_tsv("state-traces.tsv"):
    state_traces.setdefault(int(row["parties"]), []).append(row)


def state_trace(size):
    runs = state_traces.get(size)
    if not runs:
        return None
    return {"parties": size, "traced_runs": len(runs), "requests": int(runs[0]["requests"]),
            "wall_ms": statistics.median(r["wall_ms"] for r in runs),
            "server_ms": statistics.median(r["latency_ms"] for r in runs),
            "peak_rss_kb": statistics.median(r["rss_kb"] for r in runs),
            "peak_rss_kb_max": max(r["rss_kb"] for r in runs)}


state = {}
if "state_parties" in meta:
    n, n_small = meta["state_parties"], meta["state_small"]
    big, little = state_trace(n), state_trace(n_small)
    state = {"parties": n, "apply_ms": meta["state_apply_ms"],
             "traces": {str(t["parties"]): t for t in (big, little) if t}}
    add("7 plan %d parties, nothing to do" % n, "state-plan", "tryton-cli plan",
        "python urllib, same reads", "python urllib: same reads on the stored session",
        "cli/peer", "<= 1.2x the Python script", lambda r: r <= 1.2, "state_plan",
        note="" if not big else "%d parties with an address each; plan sends %d requests "
        "(fields_get x2, search_read x2): %.0f of its %.0f ms wait for the server (-v, traced "
        "runs); the script reads the session tryton-cli stored" % (
            n, big["requests"], big["server_ms"], big["wall_ms"]))
    add("7 plan %d parties, nothing to do" % n, "state-plan", "tryton-cli plan",
        "python urllib, login + same reads", "python urllib: login + same reads", "cli/peer",
        "", None, note="the script logs in first (login + get_preferences), as a script "
        "without a stored session must")
    rows.append(("7 apply %d parties (once)" % n, meta["state_apply_ms"], "", None, "-", "-",
                 "", "", "created with their addresses, before the plan runs (not repeated)"))
    if big and little and little["peak_rss_kb"]:
        ratio = big["peak_rss_kb"] / little["peak_rss_kb"]
        ok = ratio <= 2
        rows.append(("7 plan peak RSS %d vs %d parties" % (n, n_small), None, "", None,
                     "%.2fx" % ratio, "<= 2x", verdict(ok), "",
                     "%.1f MiB vs %.1f MiB; %.0f ms vs %.0f ms (traced -v runs)" % (
                         big["peak_rss_kb"] / 1024, little["peak_rss_kb"] / 1024,
                         big["wall_ms"], little["wall_ms"])))
        targets.append({"id": "state_plan_rss", "target": "peak RSS(%d parties) <= 2x peak "
                        "RSS(%d parties)" % (n, n_small), "ratio": ratio,
                        "rss_kb": {str(n): big["peak_rss_kb"], str(n_small): little["peak_rss_kb"]},
                        "result": verdict(ok)})
add("5 cold start: --version", "cold", "tryton-cli --version", "/bin/true", "/bin/true",
    "cli/peer", "", None,
    note="difference %.2f ms" % ((median("cold", "tryton-cli --version") or 0)
                                   - (median("cold", "/bin/true") or 0)))


def ms(v):
    return "-" if v is None else ("%.1f ms" % v if v < 10000 else "%.2f s" % (v / 1000))


head = ("benchmark", "tryton-cli", "peer", "peer median", "ratio", "target", "result",
        "CPU cli / peer")
table = [head] + [(r[0], ms(r[1]), r[2], ms(r[3]), r[4], r[5], r[6], r[7]) for r in rows]
widths = [max(len(str(row[i])) for row in table) for i in range(len(head))]
out = []
out.append("tryton-cli benchmarks, %s — %d parties, medians of %d runs (%d round%s), %s%s"
           % (meta["timestamp"], meta["parties"], meta["runs"], meta["rounds"],
              "" if meta["rounds"] == 1 else "s",
              meta["cli_version"], " — QUICK (smoke test; figures not meaningful)"
              if meta["quick"] else ""))
out.append("%s, %d cores, load %s before / %s after; trytond %s, proteus %s, %s, %s, %s"
           % (meta["cpu"], meta["nproc"], meta["load_before"], meta["load_after"],
              meta["trytond"], meta["proteus"], meta["python"], meta["curl"], meta["hyperfine"]))
out.append("")
for i, row in enumerate(table):
    out.append("  ".join(str(c).ljust(widths[j]) for j, c in enumerate(row)).rstrip())
    if i == 0:
        out.append("  ".join("-" * w for w in widths))
out.append("")
for r in rows:
    if r[8]:
        out.append("%s: %s" % (r[0], r[8]))
out.append("")
out.append("Ratios are tryton-cli / peer (lower is better) unless they say 'faster' "
           "(peer / tryton-cli). Each group ran in the same hyperfine invocations, the order of "
           "the commands reversed every other round. 'CPU' is the mean user+sys time of the "
           "client processes (hyperfine): the part of the work that is the client's own, and "
           "steadier than wall times when the server or the machine is busy.")
out.append("Client-side time of a stream = its wall time minus the latencies tryton-cli -v prints "
           "for each request ('< 200 N bytes in X ms': send to last byte, decompressed); the rest "
           "is start-up, the session, JSON decoding and writing rows. Cross-checks: the CPU time "
           "(user+sys) hyperfine measured for the same command, and curl sending the same page "
           "requests, which took %s (median; a separate run, so only as steady as the server)."
           % ", ".join("%s for %s rows" % (ms(e["curl_same_requests_ms"]), s)
                       for s, e in ndjson.items() if "curl_same_requests_ms" in e))
missed = [t["id"] for t in targets if t["result"] == "MISS"]
out.append("Targets: %d PASS, %d MISS%s, %d SKIP; %s (%d s)."
           % (sum(t["result"] == "PASS" for t in targets), len(missed),
              " (%s)" % ", ".join(missed) if missed else "",
              sum(t["result"] == "SKIP" for t in targets), sys.argv[1], meta["duration_s"]))
if meta["quick"]:
    out.append("Quick run: too few rows and runs for the targets to mean anything (the proteus "
               "and throughput ones need thousands of rows); judge only full runs.")
print("\n".join(out))

document = {
    "meta": meta,
    "targets": targets,
    "table": [dict(zip(("benchmark", "tryton_cli_ms", "peer", "peer_ms", "ratio", "target",
                        "result", "cpu", "note"), r)) for r in rows],
    "measurements": measurements,
    "ndjson": ndjson,
    "state": state,
    "raw": raw,
}
with open(sys.argv[1], "w") as f:
    json.dump(document, f, indent=2)
    f.write("\n")
sys.exit(2 if missed else 0)
