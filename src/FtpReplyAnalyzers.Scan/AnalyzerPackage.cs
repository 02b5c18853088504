using System.Collections.Immutable;
using System.IO.Compression;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Scan
{
    /// <summary>
    /// A FtpReplyAnalyzers .nupkg, extracted to a temporary folder: the C# analyzers of its analyzers/dotnet/cs folder,
    /// loaded as a compiler loads them, and its lib/netstandard2.0 library (FtpReplyCode), referenced as a project
    /// that installed the package references it.
    /// </summary>
    internal sealed class AnalyzerPackage : IDisposable
    {
        private readonly string folder;

        private AnalyzerPackage(string path, string folder, string id, string version, ImmutableArray<DiagnosticAnalyzer> analyzers,
            ImmutableArray<string> loadFailures, ImmutableArray<MetadataReference> libraries)
        {
            Path = path;
            this.folder = folder;
            Id = id;
            Version = version;
            Analyzers = analyzers;
            LoadFailures = loadFailures;
            Libraries = libraries;
        }

        /// <summary>The .nupkg file.</summary>
        public string Path { get; }

        public string Id { get; }

        public string Version { get; }

        /// <summary>Every C# analyzer of the package.</summary>
        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

        /// <summary>What the compiler would report as CS8032 and friends: an analyzer assembly or type that did not load.</summary>
        public ImmutableArray<string> LoadFailures { get; }

        /// <summary>The package's lib/netstandard2.0 assemblies.</summary>
        public ImmutableArray<MetadataReference> Libraries { get; }

        /// <summary>
        /// <paramref name="path"/> itself if it is a file; in a folder, its most recently written FtpReplyAnalyzers.*.nupkg.
        /// </summary>
        public static string Resolve(string path)
        {
            if (File.Exists(path))
            {
                return path;
            }

            if (!Directory.Exists(path))
            {
                throw new UsageException($"--package: no file or folder '{path}'");
            }

            return new DirectoryInfo(path).EnumerateFiles("FtpReplyAnalyzers.*.nupkg")
                .Where(file => !file.Name.EndsWith(".symbols.nupkg", StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(file => file.LastWriteTimeUtc)
                .Select(file => file.FullName)
                .FirstOrDefault()
                ?? throw new UsageException($"--package: no FtpReplyAnalyzers.*.nupkg in '{path}'");
        }

        public static AnalyzerPackage Open(string path)
        {
            var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ftpreply-scan-" + Guid.NewGuid().ToString("N")[..12]);
            try
            {
                return Load(path, folder);
            }
            catch
            {
                Delete(folder);
                throw;
            }
        }

        public void Dispose() => Delete(folder);

        private static AnalyzerPackage Load(string path, string folder)
        {
            try
            {
                ZipFile.ExtractToDirectory(path, folder);
            }
            catch (InvalidDataException exception)
            {
                throw new UsageException($"--package: '{path}' is not a package ({exception.Message})");
            }

            var nuspec = Directory.GetFiles(folder, "*.nuspec").FirstOrDefault()
                ?? throw new UsageException($"--package: '{path}' has no .nuspec");
            var metadata = XDocument.Load(nuspec).Descendants().First(e => e.Name.LocalName == "metadata");
            string Metadata(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? "?";

            var analyzerFolder = System.IO.Path.Combine(folder, "analyzers", "dotnet", "cs");
            var analyzerFiles = Directory.Exists(analyzerFolder)
                ? Directory.GetFiles(analyzerFolder, "*.dll").Order(StringComparer.Ordinal).ToArray()
                : [];
            var loader = new AnalyzerLoader();
            foreach (var file in analyzerFiles)
            {
                loader.AddDependencyLocation(file);
            }

            var failures = new List<string>();
            var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
            foreach (var file in analyzerFiles)
            {
                var reference = new AnalyzerFileReference(file, loader);
                reference.AnalyzerLoadFailed += (_, e) =>
                    failures.Add($"{System.IO.Path.GetFileName(file)}: {e.ErrorCode}{(e.TypeName is null ? "" : " " + e.TypeName)}: {e.Message}");
                analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            }

            var libraryFolder = System.IO.Path.Combine(folder, "lib", "netstandard2.0");
            var libraries = Directory.Exists(libraryFolder)
                ? Directory.GetFiles(libraryFolder, "*.dll").Order(StringComparer.Ordinal)
                    .Select(file => (MetadataReference)MetadataReference.CreateFromFile(file))
                    .ToImmutableArray()
                : [];

            return new AnalyzerPackage(path, folder, Metadata("id"), Metadata("version"), analyzers.ToImmutable(), [.. failures], libraries);
        }

        private static void Delete(string folder)
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Windows keeps loaded analyzer assemblies open; a leftover temporary folder is harmless.
            }
        }
    }
}
