using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>
/// The peer: SonarAnalyzer.CSharp's S109 "Magic numbers should not be used", a generic rule that looks at every
/// numeric literal, loaded from the copy of the package in the output folder (peer/SonarAnalyzer.CSharp). The
/// analyzer targets Roslyn 1.3, so it loads in this 4.8 host; its dependencies sit beside it, where
/// <see cref="Assembly.LoadFrom(string)"/> finds them.
/// </summary>
internal static class PeerRule
{
    public const string DiagnosticId = "S109";

    public const string Description = "SonarAnalyzer.CSharp 9.32 S109 (magic numbers)";

    private static readonly Lazy<Type> AnalyzerType = new(FindAnalyzerType);

    /// <summary>A new instance of the S109 analyzer (one per measurement, like ours).</summary>
    public static DiagnosticAnalyzer Create() => (DiagnosticAnalyzer)Activator.CreateInstance(AnalyzerType.Value)!;

    private static Type FindAnalyzerType()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "peer", "SonarAnalyzer.CSharp", "SonarAnalyzer.CSharp.dll");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: build the benchmark project (its restore downloads SonarAnalyzer.CSharp).");
        }

        var assembly = Assembly.LoadFrom(path);
        foreach (var type in LoadableTypes(assembly))
        {
            if (type.IsAbstract || !typeof(DiagnosticAnalyzer).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
            {
                continue;
            }

            var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
            if (analyzer.SupportedDiagnostics.Any(d => d.Id == DiagnosticId))
            {
                return type;
            }
        }

        throw new InvalidOperationException($"No analyzer in {path} supports {DiagnosticId}.");
    }

    // Some of the package's types (code fixes) need assemblies this host does not load; the analyzers do not.
    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.Where(t => t is not null)!;
        }
    }
}
