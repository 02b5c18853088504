using System.Globalization;
using System.Runtime.InteropServices;

namespace FtpReplyAnalyzers.Scan
{
    /// <summary>
    /// The reference assemblies an SDK project compiles against: the running dotnet's
    /// packs/Microsoft.NETCore.App.Ref/&lt;highest version&gt;/ref/&lt;highest net*&gt;/. Found from the dotnet root
    /// (DOTNET_ROOT, else the root above the running runtime), never from a NuGet packages folder.
    /// </summary>
    internal sealed record ReferencePack(string Folder, string Description, IReadOnlyList<string> PreprocessorSymbols)
    {
        private const string PackName = "Microsoft.NETCore.App.Ref";

        public IEnumerable<string> Assemblies => Directory.EnumerateFiles(Folder, "*.dll").Order(StringComparer.Ordinal);

        /// <summary>A folder given on the command line, or the highest reference pack of the running dotnet.</summary>
        public static ReferencePack Find(string? explicitFolder)
        {
            if (explicitFolder is not null)
            {
                var folder = explicitFolder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
                return new ReferencePack(folder, folder, SymbolsFor(Path.GetFileName(folder)));
            }

            var searched = new List<string>();
            foreach (var root in DotnetRoots())
            {
                var packs = Path.Combine(root, "packs", PackName);
                searched.Add(packs);
                var found = Directory.Exists(packs)
                    ? Directory.GetDirectories(packs)
                        .Select(version => (Version: Path.GetFileName(version), Frameworks: Path.Combine(version, "ref")))
                        .Where(pack => ParseVersion(pack.Version) is not null && Directory.Exists(pack.Frameworks))
                        .SelectMany(pack => Directory.GetDirectories(pack.Frameworks, "net*")
                            .Where(framework => ParseVersion(Path.GetFileName(framework)[3..]) is not null
                                && Directory.EnumerateFiles(framework, "*.dll").Any())
                            .Select(framework => (pack.Version, Framework: framework)))
                        .OrderByDescending(pack => ParseVersion(pack.Version))
                        .ThenByDescending(pack => ParseVersion(Path.GetFileName(pack.Framework)[3..]))
                        .FirstOrDefault()
                    : default;
                if (found.Framework is not null)
                {
                    var framework = Path.GetFileName(found.Framework);
                    return new ReferencePack(found.Framework, $"{PackName} {found.Version} {framework}", SymbolsFor(framework));
                }
            }

            throw new UsageException(
                $"no {PackName} reference pack found (looked in {string.Join(", ", searched.Distinct(StringComparer.Ordinal))}): "
                + "set DOTNET_ROOT to an SDK's folder, or give --reference-pack <folder of reference assemblies>");
        }

        /// <summary>The folders that may be the dotnet root, most explicit first.</summary>
        private static IEnumerable<string> DotnetRoots()
        {
            foreach (var variable in new[] { "DOTNET_ROOT_" + RuntimeInformation.ProcessArchitecture.ToString().ToUpperInvariant(), "DOTNET_ROOT" })
            {
                if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
                {
                    yield return Path.GetFullPath(value);
                }
            }

            // The running runtime lives in <root>/shared/Microsoft.NETCore.App/<version>/.
            var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
            if (runtime.Parent?.Parent?.Parent is { } root)
            {
                yield return root.FullName;
            }

            // `dotnet run` and the test host say which dotnet started them.
            if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && Path.GetDirectoryName(host) is { } hostFolder)
            {
                yield return hostFolder;
            }
        }

        /// <summary>"10.0.1" and "10.0" parse; a prerelease ("10.0.0-rc.2.1") sorts below its release.</summary>
        private static (Version Version, bool IsRelease)? ParseVersion(string text)
        {
            var dash = text.IndexOf('-', StringComparison.Ordinal);
            var release = dash < 0 ? text : text[..dash];
            return Version.TryParse(release, out var version) ? (version, dash < 0) : null;
        }

        /// <summary>The preprocessor symbols the SDK defines for a target framework such as net10.0 (Release build).</summary>
        private static string[] SymbolsFor(string framework)
        {
            if (!framework.StartsWith("net", StringComparison.OrdinalIgnoreCase)
                || !Version.TryParse(framework[3..], out var version)
                || version.Major < 5)
            {
                return ["TRACE"];
            }

            var symbols = new List<string> { "TRACE", "NET", "NETCOREAPP", string.Create(CultureInfo.InvariantCulture, $"NET{version.Major}_{version.Minor}") };
            for (var major = 5; major <= version.Major; major++)
            {
                symbols.Add(string.Create(CultureInfo.InvariantCulture, $"NET{major}_0_OR_GREATER"));
            }

            symbols.AddRange(["NETCOREAPP1_0_OR_GREATER", "NETCOREAPP1_1_OR_GREATER", "NETCOREAPP2_0_OR_GREATER", "NETCOREAPP2_1_OR_GREATER",
                "NETCOREAPP2_2_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER"]);
            return [.. symbols];
        }
    }
}
