#!/usr/bin/env bash
# How much of our cold-build time is the JIT compiling our analyzer: after measure.sh, builds each generated project
# with a new compiler process (cold) against the packed analyzer as shipped (IL) and against a copy precompiled to
# native code for this machine (ReadyToRun, crossgen2), taking turns, and prints our time from the compiler's report
# for each. What the precompiled copy saves is what the JIT cost. Linux x64 only (the one crossgen2 target here).
#
#   benchmarks/real-build/jit-share.sh [WORK] [ROUNDS]   WORK: measure.sh's folder (/tmp/ftp-real-build); ROUNDS: 3
#
# The precompiled copy is an experiment, not something to ship: its code is bound to one OS and architecture (its PE
# header says linux-x64), and an analyzer package has one assembly for every host (Visual Studio, Rider, every OS).
# The shipped assembly is put back when the script ends, whatever happens.
set -euo pipefail
work=${1:-/tmp/ftp-real-build}
rounds=${2:-3}
[ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] || { echo "crossgen2 is only set up here for Linux x64" >&2; exit 2; }
[ -d "$work/solution" ] && [ -d "$work/nuget/ftpreplyanalyzers" ] || { echo "run benchmarks/real-build/measure.sh $work first" >&2; exit 2; }
export NUGET_PACKAGES="$work/nuget" LC_ALL=C DOTNET_CLI_UI_LANGUAGE=en MSBUILDDISABLENODEREUSE=1
step() { printf '%s  %s\n' "$(date +%T)" "$*" >&2; }

analyzer=$(ls "$work"/nuget/ftpreplyanalyzers/*/analyzers/dotnet/cs/FtpReplyAnalyzers.Analyzers.dll)
lib=$(dirname "$(ls "$work"/nuget/ftpreplyanalyzers/*/lib/netstandard2.0/FtpReplyAnalyzers.ReplyCodes.dll)")
mkdir -p "$work/jit"
cp "$analyzer" "$work/jit/il.dll"
trap 'cp "$work/jit/il.dll" "$analyzer"' EXIT

# crossgen2 comes with the SDK's ReadyToRun support: publishing an empty app with it restores the version the SDK picks.
step "restoring crossgen2 through a throwaway ReadyToRun app"
probe="$work/jit/probe"
mkdir -p "$probe"
cat >"$probe/probe.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
    <SelfContained>false</SelfContained>
    <PublishReadyToRun>true</PublishReadyToRun>
  </PropertyGroup>
</Project>
EOF
echo 'System.Console.WriteLine();' >"$probe/Program.cs"
cp "$work/solution/nuget.config" "$work/solution/global.json" "$probe/"
dotnet publish "$probe/probe.csproj" -c Release -o "$probe/out" >"$work/jit/probe.log" 2>&1 || { tail -n 20 "$work/jit/probe.log" >&2; exit 1; }
crossgen=$(ls "$NUGET_PACKAGES"/microsoft.netcore.app.crossgen2.linux-x64/*/tools/crossgen2 | tail -n 1)

# Compiled against what the compiler process runs on: the newest shared runtime and the SDK's own Roslyn.
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
runtime=$(ls -d "$dotnet_root"/shared/Microsoft.NETCore.App/*/ | sort -V | tail -n 1)
roslyn="$dotnet_root/sdk/$(cd "$work/solution" && dotnet --version)/Roslyn/bincore"
step "precompiling the analyzer ($(basename "$(dirname "$(dirname "$crossgen")")"), runtime $(basename "$runtime"))"
"$crossgen" "$work/jit/il.dll" -o "$work/jit/r2r.dll" --targetos linux --targetarch x64 -O \
    -r "$runtime*.dll" -r "$roslyn/*.dll" -r "$lib/*.dll" >"$work/jit/crossgen.log" 2>&1 \
    || { tail -n 20 "$work/jit/crossgen.log" >&2; exit 1; }
# A reference crossgen2 cannot find leaves the methods that use it to the JIT: that would understate the JIT's share.
if grep -q "No files matching" "$work/jit/crossgen.log"; then cat "$work/jit/crossgen.log" >&2; exit 1; fi

# Our seconds in one cold build of a project (its references were built by measure.sh).
ours() {
    cp "$work/jit/$1.dll" "$analyzer"
    dotnet build "$2" -c Release --no-restore --no-incremental -m:1 -p:BuildProjectReferences=false \
        -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:detailed 2>&1 \
        | awk '$3 == "FtpReplyAnalyzers.Analyzers," { print $1; exit }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '\n%-20s %12s %12s %8s\n' project "IL (s)" "R2R (s)" "R2R/IL"
for project in "$work"/solution/*/*.csproj; do
    name=$(basename "$project" .csproj)
    step "building $name cold, $rounds rounds, IL and precompiled in turn"
    : >"$work/jit/$name.il" && : >"$work/jit/$name.r2r"
    for _ in $(seq "$rounds"); do
        ours il "$project" >>"$work/jit/$name.il"
        ours r2r "$project" >>"$work/jit/$name.r2r"
    done
    il=$(median <"$work/jit/$name.il")
    r2r=$(median <"$work/jit/$name.r2r")
    printf '%-20s %12.3f %12.3f %8.2f\n' "$name" "$il" "$r2r" "$(awk -v a="$r2r" -v b="$il" 'BEGIN { print (b > 0 ? a / b : 0) }')"
done
echo
echo "our analyzers' time in the compiler's report, median of $rounds cold builds each; R2R: the same assembly precompiled"
