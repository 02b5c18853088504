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
    private static readonly Type[] Types = [.. typeof(MagicReplyCodeAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Fresh instances, one of each.</summary>
    public static IReadOnlyList<DiagnosticAnalyzer> Create() => [.. Types.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    /// <summary>The rule ids of an analyzer, for tables: "FTP0001".</summary>
    public static string Name(DiagnosticAnalyzer analyzer) => string.Join("+", analyzer.SupportedDiagnostics.Select(d => d.Id));
}
