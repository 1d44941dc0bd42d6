#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the scale benchmarks once and writes a markdown report:
#  - the growth curve: `parley-cli extract --format json` over 1k ... 100k generated articles,
#    wall time and peak RSS from /usr/bin/time -v, beside `wc -w` over the same bytes;
#  - the stage breakdown (parley-bench-extract) at the --detail sizes: read+decode and
#    sentence-split baselines, loading, extraction on 1 and all threads, graph building,
#    JSON export.
# Every corpus is a prefix of one generated corpus, so sizes compare like with like; each is
# a folder of JSONL files of 10,000 articles.
# Usage: tests/bench/run_scale.sh [--build DIR] [--out FILE.md] [--sizes "1000 2000 ..."]
#                                 [--detail "10000 100000"] [--seed S] [--work DIR]
set -euo pipefail

build=build
out=
sizes="1000 2000 5000 10000 20000 50000 100000"
detail="10000 100000"
seed=1
work=
while [[ $# -gt 0 ]]; do
    case "$1" in
        --build) build=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --sizes) sizes=$2; shift 2 ;;
        --detail) detail=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run_scale.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

bin=$build/bin
work=${work:-$build/bench-scale}
out=${out:-$work/scale.md}
mkdir -p "$work"
for tool in "$bin/parley-corpusgen" "$bin/parley-bench-extract" "$bin/parley-cli" /usr/bin/time; do
    if [[ ! -x $tool ]]; then
        echo "run_scale.sh: $tool is missing (build the targets parley-corpusgen," \
             "parley-bench-extract and parley-cli; /usr/bin/time comes from the 'time' package)" >&2
        exit 2
    fi
done

max=0
for n in $sizes $detail; do (( n > max )) && max=$n; done
corpus=$work/corpus-$max-seed$seed.jsonl
if [[ ! -s $corpus ]]; then
    echo "generating $max articles (seed $seed) -> $corpus" >&2
    "$bin/parley-corpusgen" --articles "$max" --seed "$seed" --out "$corpus"
fi
# The first $1 articles, as a folder of JSONL shards of 10,000 articles: archives come in
# many files, and one file must stay under the loader's per-file limit.
prefix() {
    local dir=$work/c$1
    if [[ ! -d $dir ]]; then
        mkdir -p "$dir"
        head -n "$1" "$corpus" | split -l 10000 -d -a 3 --additional-suffix=.jsonl - "$dir/part-"
    fi
    echo "$dir"
}
# Prints "wall_seconds peak_rss_kb cpu_seconds" from a /usr/bin/time -v report.
parse_time() {
    awk -F': ' '/Elapsed \(wall clock\)/ {
            n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; secs = s }
        /Maximum resident set size/ { rss = $2 }
        /User time \(seconds\)|System time \(seconds\)/ { cpu += $2 }
        END { print secs, rss, cpu }' "$1"
}
# Prints "wall_seconds peak_rss_kb cpu_seconds" of a command whose standard output is discarded.
timed() {
    /usr/bin/time -v -o "$work/time.txt" "$@" > /dev/null
    parse_time "$work/time.txt"
}

cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
mem=$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)
rev=$(git -C "$(dirname "$0")" rev-parse --short HEAD 2>/dev/null || echo unknown)

{
    echo "# Parley scale benchmarks"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $rev, $cpu, $(nproc) cores, $mem RAM, $(uname -sr);"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (wall times include waiting for"
    echo "the cores when other programs run; CPU seconds, user + system, do not)."
    echo "Corpus: parley-corpusgen --seed $seed (each size is a prefix of the largest)."
    echo
    echo "## Growth curve: \`parley-cli extract --format json -o FILE\` (load, extract on all cores, graph, JSON)"
    echo
    echo "| articles | MB | wc -w s | extract wall s | extract CPU s | wall / wc -w | MB/s (wall) | articles/s (wall) | peak RSS MB | t(N)/t(prev) | CPU(N)/CPU(prev) | size ratio | RSS(N)/RSS(prev) |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$out"

prev_t= prev_n= prev_rss= prev_cpu=
declare -A cli_t cli_cpu
for n in $sizes; do
    f=$(prefix "$n")
    bytes=$(cat "$f"/*.jsonl | wc -c)
    read -r wc_t _ _ < <(timed wc -w "$f"/*.jsonl)
    echo "parley-cli extract: $n articles" >&2
    read -r t rss cpu_s < <(timed "$bin/parley-cli" extract --format json -o "$work/graph-$n.json" "$f")
    cli_t[$n]=$t cli_cpu[$n]=$cpu_s
    awk -v n="$n" -v b="$bytes" -v w="$wc_t" -v t="$t" -v r="$rss" -v c="$cpu_s" \
        -v pt="$prev_t" -v pn="$prev_n" -v pr="$prev_rss" -v pc="$prev_cpu" 'BEGIN {
        ratio = (w > 0) ? sprintf("%.0fx", t / w) : "n/a (wc -w < 10 ms)"
        step = (pt != "" && pt > 0) ? sprintf("%.2f", t / pt) : "-"
        size = (pn != "") ? sprintf("%.1f", n / pn) : "-"
        mem = (pr != "") ? sprintf("%.2f", r / pr) : "-"
        cstep = (pc != "" && pc > 0) ? sprintf("%.2f", c / pc) : "-"
        printf "| %d | %.1f | %.2f | %.2f | %.2f | %s | %.1f | %.0f | %.0f | %s | %s | %s | %s |\n",
            n, b / 1e6, w, t, c, ratio, b / 1e6 / t, n / t, r / 1024, step, cstep, size, mem }' >> "$out"
    prev_t=$t prev_n=$n prev_rss=$rss prev_cpu=$cpu_s
done

{
    echo
    echo "Doubling pairs, wall time(2N)/time(N) and CPU time(2N)/CPU(N) (target: at most 2):"
    for pair in "1000 2000" "5000 10000" "10000 20000" "50000 100000"; do
        read -r a b <<< "$pair"
        if [[ -n ${cli_t[$a]:-} && -n ${cli_t[$b]:-} ]]; then
            awk -v a="$a" -v b="$b" -v ta="${cli_t[$a]}" -v tb="${cli_t[$b]}" \
                -v ca="${cli_cpu[$a]}" -v cb="${cli_cpu[$b]}" \
                'BEGIN { printf "%d -> %d: %.2f (CPU %.2f); ", a, b, tb / ta, cb / ca }'
        fi
    done
    echo
    echo
    echo "Wall time from /usr/bin/time (resolution 10 ms); 'wc -w' reads and counts the same bytes."
} >> "$out"

for n in $detail; do
    f=$(prefix "$n")
    echo "parley-bench-extract: $n articles" >&2
    {
        echo
        echo "## Stages at $n articles (\`parley-bench-extract\`)"
        "$bin/parley-bench-extract" "$f" | grep -v '^BENCH '
    } >> "$out"
done

# Start-up to the first painted graph, when the GUI is built: the app's own timer (from main())
# and the process wall time, beside `parley --version` (process start + Qt initialisation).
if [[ -x $bin/parley ]]; then
    echo "parley --measure-startup --sample" >&2
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    read -r base_t _ _ < <(timed "$bin/parley" --version)
    tfile=$work/startup.txt
    /usr/bin/time -v -o "$work/time.txt" "$bin/parley" --measure-startup --sample > "$tfile"
    read -r wall rss _ < <(parse_time "$work/time.txt")
    {
        echo
        echo "## Start-up (\`parley --measure-startup --sample\`, QT_QPA_PLATFORM=$QT_QPA_PLATFORM)"
        echo
        echo "| what | seconds | ratio to \`parley --version\` |"
        echo "|---|---:|---:|"
        awk -v b="$base_t" -v w="$wall" -v r="$rss" 'BEGIN {
            printf "| `parley --version` (baseline: process start, Qt init) | %.2f | 1.0x |\n", b
            printf "| launch to first painted sample graph, process wall time | %.2f | %s |\n", w,
                (b > 0 ? sprintf("%.1fx", w / b) : "n/a")
            printf "| peak RSS | %.0f MB | |\n", r / 1024 }'
        echo
        echo "In-app report: $(cat "$tfile")"
    } >> "$out"
fi

echo "wrote $out" >&2
cat "$out"
