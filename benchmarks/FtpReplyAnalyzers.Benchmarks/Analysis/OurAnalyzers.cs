using System.Reflection;
using FtpReplyAnalyzers.FTP0001;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Benchmarks.Analysis;

/// <summary>
/// Every analyzer the package ships (FTP0001, FTP0002...), found in the analyzer assembly as a compiler finds them,
/// so that a new rule is measured without anyone remembering to add it here.
/// </summary>
internal static class OurAnalyzers
{
    private static readonly Type[] Types = RuleTypesIn(typeof(MagicReplyCodeAnalyzer).Assembly);

    /// <summary>Fresh instances, one of each.</summary>
    public static IReadOnlyList<DiagnosticAnalyzer> Create() => Instances(Types);

    /// <summary>The analyzers of <paramref name="assembly"/> a compiler would load, in a fixed order (by full name).</summary>
    public static Type[] RuleTypesIn(Assembly assembly) => [.. assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>A fresh instance of each of <paramref name="types"/>.</summary>
    public static IReadOnlyList<DiagnosticAnalyzer> Instances(IEnumerable<Type> types) => [.. types.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    /// <summary>The rule ids of an analyzer, for tables: "FTP0001".</summary>
    public static string Name(DiagnosticAnalyzer analyzer) => string.Join("+", analyzer.SupportedDiagnostics.Select(d => d.Id));
}
