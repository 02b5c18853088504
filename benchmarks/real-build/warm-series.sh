#!/usr/bin/env bash
# Whether our share of a warm build is a first-builds effect: after measure.sh, builds the generated solution again and
# again in one compiler server (one unmeasured build first, then BUILDS measured ones, as a developer's day of
# `dotnet build` would) and prints per build the Csc time, every analyzer's time and ours, from the compiler's report.
# The runtime compiles our code quickly at first and better once it has run many times (tiered compilation), so if the
# first warm builds paid for unoptimized code, the later builds would show it.
#
#   benchmarks/real-build/warm-series.sh [WORK] [BUILDS]   WORK: measure.sh's folder (/tmp/ftp-real-build); BUILDS: 5
set -euo pipefail
work=${1:-/tmp/ftp-real-build}
builds=${2:-5}
[ -d "$work/solution" ] && [ -d "$work/nuget/ftpreplyanalyzers" ] || { echo "run benchmarks/real-build/measure.sh $work first" >&2; exit 2; }
export NUGET_PACKAGES="$work/nuget" LC_ALL=C DOTNET_CLI_UI_LANGUAGE=en MSBUILDDISABLENODEREUSE=1
mkdir -p "$work/series"

build() {
    dotnet build "$work/solution/Contoso.slnx" -c Release --no-restore --no-incremental -m:1 -p:UseSharedCompilation=true "$@"
}

dotnet build-server shutdown >/dev/null 2>&1 || true
build >"$work/series/warmup.log" 2>&1 || { tail -n 30 "$work/series/warmup.log" >&2; exit 1; }
printf '%-6s %8s %8s %9s %9s %9s\n' build "Csc (s)" "all (s)" "ours (s)" ours/Csc ours/all
for i in $(seq 1 "$builds"); do
    log="$work/series/build-$i.log"
    build -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary >"$log" 2>&1 || { tail -n 30 "$log" >&2; exit 1; }
    # The report's lines: "Total analyzer execution time: 0.271 seconds." per project, then one line per assembly
    # ("0.052   17   FtpReplyAnalyzers.Analyzers, Version=..."); "<0.001" counts as nothing. Csc: the performance summary.
    awk -v build="$i" '
        /Total analyzer execution time: / { all += $(NF - 1) }
        /FtpReplyAnalyzers\.Analyzers, Version=/ { ours += ($1 ~ /^</ ? 0 : $1) }
        $3 == "Csc" && $2 == "ms" && $5 == "calls" { csc = $1 / 1000 }
        END {
            if (all == 0 || csc == 0) { print "build " build ": no analyzer report or no Csc time in the log" > "/dev/stderr"; exit 1 }
            printf "%-6s %8.2f %8.3f %9.3f %8.1f%% %8.1f%%\n", build, csc, all, ours, 100 * ours / csc, 100 * ours / all
        }
    ' "$log"
done
dotnet build-server shutdown >/dev/null 2>&1 || true
