#!/usr/bin/env bash
# What our analyzers cost in a real `dotnet build`, read from the compiler's own report (-p:ReportAnalyzer=true).
# Packs the package, then builds against it samples/FtpClientSample and a generated solution of six projects (the
# benchmark corpus, `--write-projects`), and prints per project the Csc time, all analyzers' time and ours.
#
#   benchmarks/real-build/measure.sh [WORK]      WORK: scratch folder, /tmp/ftp-real-build by default
#   FILES=N benchmarks/real-build/measure.sh     corpus size: N generated files (300 by default, about 49,000 lines)
#
# Everything happens under WORK: a copy of the working tree (the repository's bin/, obj/ and restore state are left
# alone), the package, a NuGet packages folder of its own, the two builds and their logs (WORK/logs: a binary log per
# build, and its detailed text replay that the figures are read from). Each is built twice: with a warm compiler
# server (what a developer's repeated builds see) and with a new compiler process per project (cold).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=${1:-/tmp/ftp-real-build}
mkdir -p "$work" && work=$(cd "$work" && pwd)
case "$work/" in "$repo"/*) echo "WORK must be outside the repository: $work" >&2 && exit 2 ;; esac
files=${FILES:-300}

# The user's packages folder may hold an older FtpReplyAnalyzers of the same version; ours is extracted afresh here.
export NUGET_PACKAGES="$work/nuget"
# The report's numbers with a decimal point and its words in English, whatever the machine's locale.
export LC_ALL=C DOTNET_CLI_UI_LANGUAGE=en MSBUILDDISABLENODEREUSE=1

step() { printf '%s  %s\n' "$(date +%T)" "$*" >&2; }
# Runs a command with its output in a log; on failure shows the end of the log and stops.
logged() {
    local log=$1
    shift
    "$@" >"$log" 2>&1 || { tail -n 30 "$log" >&2; step "failed: $* (log: $log)"; exit 1; }
}

rm -rf "$work/repo" "$work/pkg" "$work/solution" "$work/sample" "$work/logs" "$NUGET_PACKAGES/ftpreplyanalyzers"
mkdir -p "$work/repo" "$work/sample/FtpClientSample" "$work/logs"
started=$SECONDS

step "copying the working tree to $work/repo"
tar -C "$repo" --exclude=bin --exclude=obj --exclude=BenchmarkDotNet.Artifacts -cf - \
    .editorconfig global.json nuget.config Directory.Build.props Directory.Build.targets Directory.Packages.props \
    README.md src benchmarks/FtpReplyAnalyzers.Benchmarks | tar -C "$work/repo" -xf -

step "packing"
(cd "$work/repo" && logged "$work/logs/pack.log" dotnet pack src/FtpReplyAnalyzers.Package -c Release -o "$work/pkg")
nupkg=$(ls "$work"/pkg/FtpReplyAnalyzers.*.nupkg)
version=${nupkg##*/FtpReplyAnalyzers.}
version=${version%.nupkg}

step "generating the solution ($files files) with the benchmark's corpus generator"
logged "$work/logs/generate.log" dotnet run -c Release --project "$work/repo/benchmarks/FtpReplyAnalyzers.Benchmarks" -- \
    --write-projects "$work/solution" --files "$files" --package-version "$version"

# The sample as the repository has it, but with the package instead of project references to src/.
tfm=$(sed -n 's:.*<TargetFramework>\(.*\)</TargetFramework>.*:\1:p' "$repo/samples/FtpClientSample/FtpClientSample.csproj")
cp "$repo"/samples/FtpClientSample/*.cs "$work/sample/FtpClientSample/"
cat >"$work/sample/FtpClientSample/FtpClientSample.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>$tfm</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <LangVersion>latest</LangVersion>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="FtpReplyAnalyzers" Version="$version" />
  </ItemGroup>
</Project>
EOF

# Both builds restore from the folder the package was packed to, and from the repository's own sources; FtpReplyAnalyzers
# only from the first (a package of that name on another feed is never picked instead).
sources=$(sed -n '/<packageSources>/,/<\/packageSources>/p' "$repo/nuget.config" | grep '<add ')
mapping=$(sed -n 's:.*key="\([^"]*\)".*:    <packageSource key="\1"><package pattern="*" /></packageSource>:p' <<<"$sources")
for dir in "$work/solution" "$work/sample"; do
    cp "$repo/global.json" "$dir/"
    cat >"$dir/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="ftp-real-build" value="$work/pkg" />
$sources
  </packageSources>
  <packageSourceMapping>
    <packageSource key="ftp-real-build"><package pattern="FtpReplyAnalyzers" /></packageSource>
$mapping
  </packageSourceMapping>
</configuration>
EOF
done

# One build, measured: restore, then a full build with the analyzer report, one project at a time (-m:1: no other Csc
# shares the cores with the one being timed), then the binary log replayed as a detailed text log with timestamps and
# task ids. "warm": the compiler server a developer's `dotnet build` uses, after one unmeasured build has loaded and
# compiled (JIT) every analyzer in it, as on any build after the first of the day. "cold": a new compiler process per
# project (UseSharedCompilation=false, as this machine's environment and some CI set), which loads and compiles every
# analyzer again, ours included.
build() {
    local name=$1 target=$2 mode=$3 shared=true
    [ "$mode" = cold ] && shared=false
    step "building $name ($mode compiler)"
    logged "$work/logs/$name.restore.log" dotnet restore "$target"
    if [ "$mode" = warm ]; then
        logged "$work/logs/$name.$mode.warmup.log" dotnet build "$target" -c Release --no-restore --no-incremental -m:1 -p:UseSharedCompilation=true
    fi
    logged "$work/logs/$name.$mode.build.log" dotnet build "$target" -c Release --no-restore --no-incremental -m:1 \
        -p:UseSharedCompilation=$shared -p:ReportAnalyzer=true -bl:"$work/logs/$name.$mode.binlog"
    logged "$work/logs/$name.$mode.replay.log" dotnet msbuild "$work/logs/$name.$mode.binlog" -noconlog \
        "-flp:verbosity=detailed;ShowTimestamp;ShowEventId;PerformanceSummary;logfile=$work/logs/$name.$mode.log"
}

# "name files lines" of each project folder's C# files (obj/ excluded).
sizes() {
    local dir
    for dir in "$@"; do
        printf '%s %s %s\n' "$(basename "$dir")" "$(find "$dir" -name '*.cs' -not -path '*/obj/*' | wc -l)" \
            "$(find "$dir" -name '*.cs' -not -path '*/obj/*' -exec cat {} + | wc -l)"
    done
}

# The table of one build. Csc time: the CoreCompile target's duration (it runs the Csc task alone), from the
# timestamps of its start and end; the analyzers' times: the report the compiler prints in the Csc task's output.
report() {
    local title=$1 log=$2
    shift 2
    echo
    echo "$title"
    awk -v ours_assembly=FtpReplyAnalyzers.Analyzers '
        function seconds(v) { return v ~ /^</ ? 0 : v + 0 }
        function clock(t, p) { split(t, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
        function quoted(s, after) { s = substr(s, index(s, after) + length(after)); return substr(s, 1, index(s, "\"") - 1) }
        function project(path) { sub(/.*\//, "", path); sub(/\.[a-z]+proj$/, "", path); return path }
        function pct(part, whole) { return whole > 0 ? sprintf("%.1f%%", 100 * part / whole) : "-" }
        function row(name, f, l, c, a, o) {
            printf "%-20s %6s %8s %8.2f %8.2f %9.3f %9s %9s\n", name, f, l, c, a, o, pct(o, c), pct(o, a)
        }
        FNR == NR { files[$1] = $2; lines[$1] = $3; next }
        { id = match($0, /\(TaskId:[0-9]+\)$/) ? substr($0, RSTART + 8, RLENGTH - 9) : "" }
        />Target "CoreCompile: / { start[project(quoted($0, "from project \""))] = clock($1) }
        />Done building target "CoreCompile" in project / {
            p = project(quoted($0, "in project \""))
            csc[p] = clock($1) - start[p] + (clock($1) < start[p] ? 86400 : 0)
            order[++count] = p
        }
        /Task Parameter:OutputAssembly=/ {
            a = $0; sub(/.*OutputAssembly=/, "", a); sub(/ \(TaskId.*/, "", a); sub(/\.(dll|exe)$/, "", a)
            name[id] = project(a)
        }
        /Total analyzer execution time: / { section[id] = "analyzers"; all[name[id]] = $(NF - 2) + 0; next }
        /Total generator execution time: / { section[id] = "generators"; generators += $(NF - 2); next }
        # In the analyzer section: an assembly line ("0.221  17   Name, Version=..."), then one line per analyzer.
        section[id] == "analyzers" && $1 ~ /^<?[0-9.]+$/ && index($0, ", Version=") {
            mine[id] = $3 == ours_assembly ","
            if (mine[id]) ours[name[id]] += seconds($1)
            next
        }
        section[id] == "analyzers" && $1 ~ /^<?[0-9.]+$/ && mine[id] {
            rule = $3; sub(/^.*\./, "", rule)
            ids = $0; sub(/^[^(]*\(/, "", ids); sub(/\).*/, "", ids)
            rule = rule " (" ids ")"
            if (!(rule in rules)) ruled[++nrules] = rule
            rules[rule] += seconds($1)
        }
        $3 == "Csc" && $2 == "ms" && $5 == "calls" { summary = $1 / 1000; calls = $4 }
        /^Time Elapsed / { elapsed = $3 }
        END {
            printf "%-20s %6s %8s %8s %8s %9s %9s %9s\n", "project", "files", "lines", "Csc (s)", "all (s)", "ours (s)", "ours/Csc", "ours/all"
            for (i = 1; i <= count; i++) {
                p = order[i]
                row(p, files[p], lines[p], csc[p], all[p], ours[p])
                tf += files[p]; tl += lines[p]; tc += csc[p]; ta += all[p]; to += ours[p]
            }
            row("total", tf, tl, tc, ta, to)
            for (i = 1; i <= nrules; i++) printf "  ours by analyzer: %-52s %7.3f s\n", ruled[i], rules[ruled[i]]
            printf "  Csc in the task performance summary: %.2f s over %d calls; build time elapsed %s\n", summary, calls, elapsed
            printf "  source generators (reported apart, not counted above): %.2f s\n", generators
            if (to == 0) { print "  our analyzers are missing from the report: was the package referenced?"; exit 1 }
        }
    ' <(sizes "$@") "$log"
}

dotnet build-server shutdown >/dev/null 2>&1 || true
for mode in warm cold; do
    build sample "$work/sample/FtpClientSample/FtpClientSample.csproj" $mode
    build solution "$work/solution/Contoso.slnx" $mode
done
dotnet build-server shutdown >/dev/null 2>&1 || true

for mode in warm cold; do
    report "samples/FtpClientSample ($tfm), $mode compiler, against the packed FtpReplyAnalyzers $version" "$work/logs/sample.$mode.log" "$work/sample"/*/
    report "generated solution (net8.0, FILES=$files), $mode compiler, against the packed FtpReplyAnalyzers $version" \
        "$work/logs/solution.$mode.log" "$work/solution"/*/
done
cat <<'EOF'

Csc: the CoreCompile target's duration (it runs the Csc task only), one project at a time; warm: in the compiler
server, after a build that loaded every analyzer; cold: a new compiler process per project.
all: the compiler's "Total analyzer execution time": every analyzer it loaded (the SDK's CA rules, the targeting
pack's SYSLIB analyzers, ours), each analyzer's callbacks timed and summed over the threads that ran them.
ours: the FtpReplyAnalyzers.Analyzers line of the same report.
EOF
step "done in $((SECONDS - started)) s; logs in $work/logs"
