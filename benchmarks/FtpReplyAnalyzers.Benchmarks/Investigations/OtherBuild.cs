using System.Reflection;
using System.Runtime.Loader;
using FtpReplyAnalyzers.Benchmarks.Analysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Investigations;

/// <summary>
/// The rules of another build of the analyzer assembly (an older commit, say), loaded beside ours in a load context of
/// their own, so that both run in the same passes of one process: the same compilation, the same moment, the same JIT
/// and machine state. Roslyn and the runtime come from the host, as they would in a compiler; only the analyzer
/// assembly itself is the other build's.
/// </summary>
internal static class OtherBuild
{
    /// <summary>Fresh instances of every rule in <paramref name="analyzerAssemblyPath"/>, ordered as <see cref="Analysis.OurAnalyzers"/> orders ours.</summary>
    public static IReadOnlyList<DiagnosticAnalyzer> Create(string analyzerAssemblyPath)
    {
        var assembly = Loaded.GetOrAdd(Path.GetFullPath(analyzerAssemblyPath), Load);
        return OurAnalyzers.Instances(OurAnalyzers.RuleTypesIn(assembly));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Assembly> Loaded = new(StringComparer.Ordinal);

    private static Assembly Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No analyzer assembly at {path}: build the other commit first (benchmarks/README.md, \"Comparing two builds\").", path);
        }

        return new BesideContext(Path.GetDirectoryName(path)!).LoadFromAssemblyPath(path);
    }

    // Our own assemblies (FtpReplyAnalyzers.*) from the other build's folder; everything else (Roslyn, the runtime) from the host.
    private sealed class BesideContext(string folder) : AssemblyLoadContext("other build", isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var candidate = Path.Combine(folder, name.Name + ".dll");
            return name.Name!.StartsWith("FtpReplyAnalyzers.", StringComparison.Ordinal) && File.Exists(candidate)
                ? LoadFromAssemblyPath(candidate)
                : null;
        }
    }
}
