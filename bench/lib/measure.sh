# shellcheck shell=bash
# Shared by bench/run and bench/lib/keyring.sh: run commands side by side under hyperfine.
#
#   measure ID NAME1 CMD1 [NAME2 CMD2 ...]
#
# hyperfine runs all runs of one command before the next (it cannot interleave:
# sharkdp/hyperfine#483), so the runs are split into BENCH_ROUNDS hyperfine invocations, each with
# every command of the group, and the order of the commands is reversed every other round: a load
# spike from the other jobs on this machine then hits both sides alike. Each round is exported as
# $BENCH_RAW/ID.rN.json; bench/lib/report.py merges the rounds per command name.
# Commands run without a shell (hyperfine -N): a pipeline must name its shell (bash -c / bash FILE).
# BENCH_ROUNDS, BENCH_RUNS_PER_ROUND and BENCH_WARMUP set the counts (VAR=N measure ... for one group).

measure() {
  local id=$1
  shift
  local names=() cmds=()
  while [ $# -gt 0 ]; do
    names+=("$1")
    cmds+=("$2")
    shift 2
  done
  local n=${#names[@]} round i
  for ((round = 1; round <= BENCH_ROUNDS; round++)); do
    local order=() args=() cmd_args=()
    for ((i = 0; i < n; i++)); do order+=("$i"); done
    if ((round % 2 == 0)); then
      for ((i = 0; i < n; i++)); do order[i]=$((n - 1 - i)); done
    fi
    for i in "${order[@]}"; do
      args+=(-n "${names[i]}")
      cmd_args+=("${cmds[i]}")
    done
    printf 'bench: %s (round %d/%d): %s\n' "$id" "$round" "$BENCH_ROUNDS" \
      "$(IFS=,; echo "${names[*]}" | sed 's/,/ vs /g')" >&2
    printf '\n### %s round %d\n' "$id" "$round" >>"$BENCH_RAW/hyperfine.log"
    if ! hyperfine -N --style basic --warmup "$BENCH_WARMUP" --runs "$BENCH_RUNS_PER_ROUND" \
        --export-json "$BENCH_RAW/$id.r$round.json" "${args[@]}" "${cmd_args[@]}" \
        >>"$BENCH_RAW/hyperfine.log" 2>&1; then
      echo "bench: hyperfine failed for $id; the end of $BENCH_RAW/hyperfine.log:" >&2
      tail -n 15 "$BENCH_RAW/hyperfine.log" >&2
      return 1
    fi
  done
}

# A command line for hyperfine -N (which splits words as a POSIX shell does).
quote() {
  local out=() word
  for word in "$@"; do out+=("$(printf '%q' "$word")"); done
  echo "${out[*]}"
}
