using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Benchmarks.Corpus;

/// <summary>
/// What every corpus compiles against: the .NET 8 reference pack (copied into the output folder at build time from
/// the package restore downloaded, so nothing is fetched at run time) and the bundled FtpReplyCode library. One set
/// of reference objects for every compilation, so metadata is read once, as a long-lived IDE or compiler server does.
/// </summary>
internal static class ReferenceAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Lazy = new(Load);

    public static ImmutableArray<MetadataReference> All => Lazy.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "references", "net8.0");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.dll") : [];
        if (files.Length < 100)
        {
            throw new InvalidOperationException($"The .NET 8 reference assemblies are missing from {folder}: build the benchmark project (its restore downloads them).");
        }

        return
        [
            .. files.Order(StringComparer.Ordinal).Select(path => MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(FtpReplyCode).Assembly.Location),
        ];
    }
}
