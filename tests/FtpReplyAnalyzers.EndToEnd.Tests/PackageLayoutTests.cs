using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace FtpReplyAnalyzers.EndToEnd.Tests;

/// <summary>The package a user installs: its layout, its metadata, and the Roslyn version its assemblies need.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackageFixture package)
{
    [Fact]
    public void Analyzers_go_to_analyzers_dotnet_cs_and_the_enum_library_to_lib()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("analyzers/dotnet/cs/FtpReplyAnalyzers.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/FtpReplyAnalyzers.CodeFixes.dll", entries);
        Assert.Contains("lib/netstandard2.0/FtpReplyAnalyzers.ReplyCodes.dll", entries);
        Assert.Contains("lib/netstandard2.0/FtpReplyAnalyzers.ReplyCodes.xml", entries);
        Assert.Contains("README.md", entries);

        // Nothing else ships as an assembly: no Roslyn, no stray dependency.
        var assemblies = entries.Where(e => e.EndsWith(".dll", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["analyzers/dotnet/cs/FtpReplyAnalyzers.Analyzers.dll", "analyzers/dotnet/cs/FtpReplyAnalyzers.CodeFixes.dll", "lib/netstandard2.0/FtpReplyAnalyzers.ReplyCodes.dll"],
            assemblies);
    }

    [Fact]
    public void Nuspec_has_license_readme_repository_and_no_dependencies()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var stream = archive.GetEntry("FtpReplyAnalyzers.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("FtpReplyAnalyzers", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.NotNull(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository"));
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Theory]
    [InlineData("analyzers/dotnet/cs/FtpReplyAnalyzers.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/FtpReplyAnalyzers.CodeFixes.dll")]
    public void Analyzer_assemblies_need_no_newer_Roslyn_than_4_8(string entryName)
    {
        using var pe = OpenAssembly(entryName);
        var reader = pe.GetMetadataReader();
        var roslyn = reader.AssemblyReferences
            .Select(handle => reader.GetAssemblyReference(handle))
            .Where(reference => reader.GetString(reference.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(roslyn);
        Assert.All(roslyn, reference => Assert.Equal(new Version(4, 8, 0, 0), reference.Version));
    }

    [Theory]
    [InlineData("analyzers/dotnet/cs/FtpReplyAnalyzers.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/FtpReplyAnalyzers.CodeFixes.dll")]
    [InlineData("lib/netstandard2.0/FtpReplyAnalyzers.ReplyCodes.dll")]
    public void Assemblies_carry_their_symbols_and_are_deterministic(string entryName)
    {
        using var pe = OpenAssembly(entryName);
        var debug = pe.ReadDebugDirectory();
        Assert.Contains(debug, d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        Assert.Contains(debug, d => d.Type == DebugDirectoryEntryType.Reproducible);
    }

    [Fact]
    public void Runtime_library_is_strong_named_and_signed()
    {
        // A strong-named library that references it gets no CS8002, and .NET Framework loads it.
        using var pe = OpenAssembly("lib/netstandard2.0/FtpReplyAnalyzers.ReplyCodes.dll");
        var metadata = pe.GetMetadataReader();
        var definition = metadata.GetAssemblyDefinition();
        Assert.True(definition.Flags.HasFlag(System.Reflection.AssemblyFlags.PublicKey));
        Assert.Equal(160, metadata.GetBlobBytes(definition.PublicKey).Length);
        Assert.True(pe.PEHeaders.CorHeader!.Flags.HasFlag(CorFlags.StrongNameSigned));
        Assert.True(pe.PEHeaders.CorHeader.StrongNameSignatureDirectory.Size > 0);
    }

    // An assembly of the package, read into memory (a zip entry stream cannot seek).
    private PEReader OpenAssembly(string entryName)
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var copy = new MemoryStream();
        using (var entry = archive.GetEntry(entryName)!.Open())
        {
            entry.CopyTo(copy);
        }

        copy.Position = 0;
        return new PEReader(copy);
    }
}
