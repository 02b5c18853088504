using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FtpReplyAnalyzers.Reliability.Mutation;

/// <summary>A source file the mutants start from, and where it came from.</summary>
public sealed record SeedSource(string Name, string Text);

/// <summary>
/// Every source the unit tests and the sample use, read from the repository: the labelled corpus (markup stripped),
/// the stand-ins, the C# snippets embedded in the FTP0001 tests, the sample FTP client and the end-to-end consumer.
/// Generated FTP code is added by the caller (see <see cref="Behaviour.SnippetGenerator"/>).
/// </summary>
public static partial class SeedSources
{
    /// <summary>The folder that holds FtpReplyAnalyzers.sln, found upwards from the tool or the test run.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The corpus stand-ins for FluentFTP, MailKit and ASP.NET Core: companions of every mutant, so its code binds.</summary>
    /// <param name="root">The checkout to read them from; this repository when null.</param>
    public static IReadOnlyList<SeedSource> StandIns(string? root = null) =>
        Directory.GetFiles(Path.Combine(root ?? RepositoryRoot, "tests", "FtpReplyAnalyzers.Tests", "Corpus", "StandIns"), "*.cs")
            .Order(StringComparer.Ordinal)
            .Select(path => new SeedSource("StandIns/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();

    /// <summary>Every source in the repository's tests and sample, in a fixed order (mutants are reproducible by number).</summary>
    /// <param name="root">
    /// The checkout to read them from; this repository when null. The mutants of a seed depend on these files, so two
    /// builds compared on the same mutants read them from one checkout (the tool's --seeds-from).
    /// </param>
    public static IReadOnlyList<SeedSource> FromRepository(string? root = null)
    {
        root ??= RepositoryRoot;
        var seeds = new List<SeedSource>();
        var tests = Path.Combine(root, "tests", "FtpReplyAnalyzers.Tests");
        foreach (var set in new[] { "Cases", "HeldOut", "Blind", "Idioms" })
        {
            // An older checkout (--seeds-from) may not have every set yet: its seeds are what it has.
            var folder = Path.Combine(tests, "Corpus", set);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var path in Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal))
            {
                seeds.Add(new SeedSource($"Corpus/{set}/{Path.GetFileName(path)}", StripMarkup(File.ReadAllText(path))));
            }
        }

        seeds.AddRange(StandIns(root));

        foreach (var path in Directory.GetFiles(tests, "*.cs", SearchOption.AllDirectories)
                     .Where(p => !p.Contains(Path.DirectorySeparatorChar + "Corpus" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                         && !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                         && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var index = 0;
            foreach (var snippet in EmbeddedSnippets(File.ReadAllText(path)))
            {
                seeds.Add(new SeedSource($"{Path.GetFileName(path)}#{index++}", snippet));
            }
        }

        foreach (var path in Directory.GetFiles(Path.Combine(root, "samples", "FtpClientSample"), "*.cs").Order(StringComparer.Ordinal))
        {
            seeds.Add(new SeedSource("samples/" + Path.GetFileName(path), File.ReadAllText(path)));
        }

        var consumer = Path.Combine(root, "tests", "FtpReplyAnalyzers.EndToEnd.Tests", "Consumer", "Program.cs.txt");
        if (File.Exists(consumer))
        {
            seeds.Add(new SeedSource("EndToEnd/Consumer/Program.cs", File.ReadAllText(consumer)));
        }

        return seeds;
    }

    /// <summary>
    /// A short fingerprint of a seed set (names and texts): two runs with the same seed and the same fingerprint made
    /// the same mutants (unless the mutator itself changed), so their counts compare; a different fingerprint means
    /// the sources changed in between.
    /// </summary>
    public static string Fingerprint(IEnumerable<SeedSource> seeds)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var seed in seeds)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(seed.Name + "\n" + seed.Text.Length.ToString(CultureInfo.InvariantCulture) + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(seed.Text));
        }

        return Convert.ToHexString(hash.GetHashAndReset(), 0, 6).ToLowerInvariant();
    }

    /// <summary>The C# of a test file's raw string literals (the sources the tests analyse), markup stripped.</summary>
    public static IEnumerable<string> EmbeddedSnippets(string testFile)
    {
        var root = CSharpSyntaxTree.ParseText(testFile, FixHostParse).GetRoot();
        foreach (var token in root.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
            {
                var text = token.ValueText;
                if (text.Contains(';') || text.Contains('{'))
                {
                    yield return StripMarkup(text);
                }
            }
        }
    }

    /// <summary>Removes the Roslyn test markup: <c>[|550|]</c> and <c>{|#0:550|}</c> become <c>550</c>.</summary>
    public static string StripMarkup(string markup) =>
        MarkupOpen().Replace(markup, string.Empty).Replace("[|", string.Empty).Replace("|]", string.Empty).Replace("|}", string.Empty);

    private static CSharpParseOptions FixHostParse => Hosting.FixHost.ParseOptions;

    [GeneratedRegex(@"\{\|[^:|{}]*:")]
    private static partial Regex MarkupOpen();

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "FtpReplyAnalyzers.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("FtpReplyAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
