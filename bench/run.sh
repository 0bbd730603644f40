#!/usr/bin/env bash
# Primer vs mdBook build benchmark. See bench/README.md.
#
#   bash bench/run.sh
#
# Environment:
#   BENCH_CHAPTERS="1000 10000"  guide sizes to generate and build
#   BENCH_RUNS=N                 runs per tool and size (default: 3, or 1 for a
#                                tool whose first run took > BENCH_SLOW_SECS)
#   BENCH_SLOW_SECS=30           see above
#   BENCH_MDBOOK_SEARCH=1        also time mdBook with its search index on (0: skip)
#   BENCH_MDBOOK_SEARCH_MAX=2000 ...but only for sizes up to this many chapters
#                                (10000 chapters with search: ~8 min, ~7 GB RSS)
#   BENCH_SEED=1                 generator seed
#   MDBOOK_VERSION=0.4.52        mdBook version installed if `mdbook` is missing
#   BENCH_SKIP_PRIMER=1          time mdBook only (no primer build or run)
#
# Prints figures only; exits non-zero only if an install or a build fails.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
OUT="$BENCH_DIR/out"
CHAPTERS="${BENCH_CHAPTERS:-1000 10000}"
SLOW_SECS="${BENCH_SLOW_SECS:-30}"
MDBOOK_SEARCH="${BENCH_MDBOOK_SEARCH:-1}"
MDBOOK_SEARCH_MAX="${BENCH_MDBOOK_SEARCH_MAX:-2000}"
SEED="${BENCH_SEED:-1}"
MDBOOK_VERSION="${MDBOOK_VERSION:-0.4.52}"
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '==> %s\n' "$*" >&2; }

# ---------------------------------------------------------------- installs
if ! command -v mdbook >/dev/null 2>&1; then
  log "installing mdbook $MDBOOK_VERSION (a few minutes on 2 cores)"
  # watch/serve are not needed to build; search is kept for the search variant.
  cargo install mdbook --version "$MDBOOK_VERSION" --locked \
      --no-default-features --features search \
    || cargo install mdbook --version "$MDBOOK_VERSION" \
      --no-default-features --features search
fi

if [ ! -x /usr/bin/time ]; then
  log "installing GNU time"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y time || { apt-get update && apt-get install -y time; }
fi

SKIP_PRIMER="${BENCH_SKIP_PRIMER:-0}"
PRIMER="$ROOT/target/release/primer"
if [ "$SKIP_PRIMER" != 1 ]; then
  log "building primer (release)"
  (cd "$ROOT" && cargo build --release -p primer-cli)
  [ -x "$PRIMER" ] || { echo "error: $PRIMER not found after build" >&2; exit 1; }
fi

LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
# Start from an empty bench/out. Nothing is deleted again until every timing
# is done: this machine's ext4 is mounted with `discard`, and creating
# thousands of files soon after deleting thousands made file creation several
# times slower (seen here: primer at 10,000 chapters, 2.4 s in a fresh folder,
# up to 7 s right after `rm -rf` of the previous output). So each run writes
# to a new folder under bench/out/runs/.
rm -rf "$OUT"
mkdir -p "$OUT/runs"
RESULTS="$OUT/results.tsv"
: > "$RESULTS"
KEEP=()

# ---------------------------------------------------------------- helpers
# time_once LOG TIMEFILE CMD...: run CMD under GNU time; sets WALL (s),
# CPU (user + system s) and RSS_KB.
time_once() {
  local logf="$1" timef="$2"; shift 2
  local t0 t1
  sync  # flush the previous run's writes so they are not charged to this one
  t0=$(date +%s%N)
  if ! /usr/bin/time -v -o "$timef" "$@" >"$logf" 2>&1; then
    echo "error: build failed: $*" >&2
    echo "--- last lines of $logf:" >&2
    tail -n 40 "$logf" >&2
    exit 1
  fi
  t1=$(date +%s%N)
  WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  RSS_KB=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$timef")
  CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$timef")
}

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# bench TOOL N INPUT_BYTES [ENV=VAL...] -- CMD...
# CMD's output folder is written as @OUT@; each run gets a new one,
# bench/out/runs/TOOL-N-RUN. Runs CMD 3 times, or once if the first run is
# slow or BENCH_RUNS says so; appends the median wall time and max RSS to
# $RESULTS, and records the last run's folder in LAST_OUT.
bench() {
  local tool="$1" n="$2" in_bytes="$3"; shift 3
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  local runs="${BENCH_RUNS:-3}" walls=() cpus=() rss_max=0 i=1 outdir arg cmd
  while [ "$i" -le "$runs" ]; do
    outdir="$OUT/runs/$tool-$n-$i"
    cmd=()
    for arg in "$@"; do cmd+=("${arg//@OUT@/$outdir}"); done
    time_once "$OUT/$tool-$n.log" "$OUT/$tool-$n.time" env "${envs[@]+"${envs[@]}"}" "${cmd[@]}"
    [ -d "$outdir" ] || { echo "error: $tool exited 0 but wrote no $outdir" >&2; exit 1; }
    walls+=("$WALL")
    cpus+=("$CPU")
    [ "$RSS_KB" -gt "$rss_max" ] && rss_max="$RSS_KB"
    log "$tool N=$n run $i: ${WALL}s wall, ${CPU}s CPU, max RSS $((RSS_KB / 1024)) MB"
    if [ "$i" -eq 1 ] && [ -z "${BENCH_RUNS:-}" ] \
        && awk -v w="$WALL" -v s="$SLOW_SECS" 'BEGIN { exit !(w > s) }'; then
      runs=1
    fi
    i=$((i + 1))
  done
  LAST_OUT="$outdir"
  KEEP+=("$outdir")
  local median cpu_median out_bytes
  median=$(printf '%s\n' "${walls[@]}" | median)
  cpu_median=$(printf '%s\n' "${cpus[@]}" | median)
  out_bytes=$(du -sb "$outdir" | cut -f1)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$n" "$in_bytes" "$median" "$cpu_median" "$rss_max" "${#walls[@]}" "$out_bytes" >>"$RESULTS"
}

# ---------------------------------------------------------------- runs
# Generate every size first, so no generator writes land between timings.
for N in $CHAPTERS; do
  log "generating $N chapters -> $OUT/g$N (+ $OUT/g$N-mdbook)"
  python3 "$BENCH_DIR/gen_guide.py" "$OUT/g$N" --chapters "$N" --seed "$SEED"
done

for N in $CHAPTERS; do
  G="$OUT/g$N"
  IN_BYTES=$(find "$G" -type f -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s }')

  if [ "$SKIP_PRIMER" != 1 ]; then
    bench primer "$N" "$IN_BYTES" -- "$PRIMER" build "$G" --out @OUT@
  fi
  bench mdbook "$N" "$IN_BYTES" -- mdbook build "$G-mdbook" -d @OUT@
  if [ "$MDBOOK_SEARCH" = 1 ] && [ "$N" -le "$MDBOOK_SEARCH_MAX" ]; then
    bench mdbook+search "$N" "$IN_BYTES" MDBOOK_OUTPUT__HTML__SEARCH__ENABLE=true -- \
      mdbook build "$G-mdbook" -d @OUT@
    [ -f "$LAST_OUT/searchindex.js" ] \
      || { echo "error: mdbook+search wrote no searchindex.js" >&2; exit 1; }
  fi
done

# Timings done: keep only each tool's last output, as bench/out/gN-TOOL-out.
for d in "$OUT"/runs/*; do
  case " ${KEEP[*]} " in
    *" $d "*) base="$(basename "$d")"; key="${base%-*}"   # TOOL-N-RUN -> TOOL-N
              mv "$d" "$OUT/g${key##*-}-${key%-*}-out" ;;
    *) rm -rf "$d" ;;
  esac
done
rmdir "$OUT/runs"

# ---------------------------------------------------------------- report
echo
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
echo "load:    $LOAD_START at start, $(cut -d' ' -f1-3 /proc/loadavg) at end (1/5/15-min averages; other work on the machine skews timings)"
echo "primer:  $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?') (release build, worktree may be dirty)"
echo "mdbook:  $(mdbook --version) (html renderer; search index off, print page off unless 'mdbook+search')"
for N in $CHAPTERS; do # primer's search index (written by every build), raw and gzipped
  idx=$(ls "$OUT/g$N-primer-out"/search.*.json 2>/dev/null | head -1) || true
  [ -z "$idx" ] || echo "search:  $N chapters: primer's $(basename "$idx") $(wc -c <"$idx") bytes, $(gzip -9c "$idx" | wc -c) gzipped"
done
echo
python3 - "$RESULTS" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
hdr = ["tool", "chapters", "input MB", "wall s", "MB/s", "chapters/s", "peak RSS MB", "CPU s", "runs", "output MB"]
table, by, by_cpu = [], {}, {}
for tool, n, inb, wall, cpu, rss, runs, outb in rows:
    n, inb, wall, cpu, rss, outb = int(n), int(inb), float(wall), float(cpu), int(rss), int(outb)
    mb = inb / 1e6
    by[(tool, n)] = wall
    by_cpu[(tool, n)] = cpu
    table.append([tool, str(n), f"{mb:.2f}", f"{wall:.3f}", f"{mb / wall:.2f}",
                  f"{n / wall:.0f}", f"{rss / 1024:.1f}", f"{cpu:.2f}", runs, f"{outb / 1e6:.1f}"])
w = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(hdr)]
line = lambda r: "  ".join(c.rjust(w[i]) if i else c.ljust(w[i]) for i, c in enumerate(r))
print(line(hdr))
print("  ".join("-" * x for x in w))
for r in table:
    print(line(r))
print()
print("wall s, CPU s (user + system) = medians of the runs; peak RSS = max over the runs;")
print("input MB = guide Markdown (chapters + partials, 1 MB = 10^6 bytes), the same for both tools.")
print()
for (tool, n), wall in by.items():
    if tool == "primer":
        for other in ("mdbook", "mdbook+search"):
            if (other, n) in by:
                cpu_ratio = by_cpu[(other, n)] / max(by_cpu[(tool, n)], 0.01)
                print(f"N={n}: primer/{other} throughput = {by[(other, n)] / wall:.2f}x"
                      f" (by CPU time: {cpu_ratio:.2f}x)")
PY
