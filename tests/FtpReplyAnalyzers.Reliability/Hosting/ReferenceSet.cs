using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Reliability.Hosting;

/// <summary>
/// What every harness compiles against, as a user's project does: the .NET 8 reference pack (restored by this
/// project's PackageDownload) and the bundled FtpReplyCode library, so the fix has a type to write.
/// </summary>
public static class ReferenceSet
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Net80WithBundled = new(Load);

    /// <summary>The .NET 8 reference assemblies and FtpReplyAnalyzers.ReplyCodes.dll.</summary>
    public static ImmutableArray<MetadataReference> Net80AndBundledLibrary => Net80WithBundled.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var folder = typeof(ReferenceSet).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NetCoreAppRef80").Value;
        if (folder is null || !Directory.Exists(folder))
        {
            throw new InvalidOperationException(
                $"The .NET 8 reference pack is not at '{folder}': run `dotnet restore` for FtpReplyAnalyzers.Reliability.");
        }

        return Directory.GetFiles(folder, "*.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(FtpReplyCode).Assembly.Location))
            .ToImmutableArray();
    }
}
