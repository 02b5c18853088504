using System.Globalization;
using BenchmarkDotNet.Running;
using FtpReplyAnalyzers.Benchmarks.Analysis;
using FtpReplyAnalyzers.Benchmarks.Corpus;
using FtpReplyAnalyzers.Benchmarks.Investigations;
using FtpReplyAnalyzers.Benchmarks.Quick;

namespace FtpReplyAnalyzers.Benchmarks;

/// <summary>
/// <c>--quick</c>: the headline figures in about four minutes. <c>--smoke</c>: the same on a tiny corpus, for CI.
/// <c>--profile</c>: one thing repeated for a profiler (Investigations/). <c>--write-projects</c>: the corpus as a
/// solution, for a real build (benchmarks/real-build/). Anything else goes to BenchmarkDotNet
/// (README.md lists the suites).
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage:
          --quick [--files N] [--repetitions R] [--edits E] [--seed S] [--details]   the headline figures (N = 300 files, about 50k lines)
                  [--without-collections]                                ...each measured pass in a no-GC region (steady, but distorts 4N)
          --smoke [--details]                                            the same pipeline on a 10-file corpus (CI)
          --profile ours|baseline|peer|fixall|split [--files N] [--repetitions R]   one thing, repeated on 4N, for a profiler
          --profile ours --against OTHER/FtpReplyAnalyzers.Analyzers.dll      ...with another build's rules in the same passes
          --write-projects DIR [--files N] [--seed S] [--package-version V]   the corpus as a solution of six projects
                                                                         that use the package (benchmarks/real-build)
          [BenchmarkDotNet arguments]                                    the full suite, e.g. --filter '*'
        """;

    public static async Task<int> Main(string[] args)
    {
        if (!args.Contains("--quick") && !args.Contains("--smoke") && !args.Contains("--profile") && !args.Contains("--write-projects"))
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }

        var options = args.Contains("--smoke") ? QuickOptions.Smoke : QuickOptions.Quick;
        string? profileTarget = null;
        string? against = null;
        string? projectsFolder = null;
        var packageVersion = "1.0.0";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                case "--smoke":
                    break;
                case "--profile" when i + 1 < args.Length && ProfileRun.Targets.Contains(args[i + 1]):
                    profileTarget = args[++i];
                    break;
                case "--against" when i + 1 < args.Length:
                    against = args[++i];
                    break;
                case "--write-projects" when i + 1 < args.Length:
                    projectsFolder = args[++i];
                    break;
                case "--package-version" when i + 1 < args.Length:
                    packageVersion = args[++i];
                    break;
                case "--details":
                    options = options with { Details = true };
                    break;
                case "--without-collections":
                    CollectionFreeRegion.Enabled = true;
                    break;
                case "--files" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var files) && files > 0:
                    options = options with { Files = files };
                    i++;
                    break;
                case "--repetitions" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var repetitions) && repetitions > 0:
                    options = options with { Repetitions = repetitions, FixAllRepetitions = Math.Min(repetitions, options.FixAllRepetitions) };
                    i++;
                    break;
                case "--edits" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var edits) && edits > 0:
                    options = options with { Edits = edits };
                    i++;
                    break;
                case "--seed" when i + 1 < args.Length && ulong.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"unknown or incomplete option: {args[i]}");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        if (against is not null && profileTarget != "ours")
        {
            Console.Error.WriteLine("--against compares rules: it goes with --profile ours");
            return 2;
        }

        if (projectsFolder is not null)
        {
            var written = ProjectWriter.Write(projectsFolder, CorpusGenerator.Generate(options.Files, options.Seed), packageVersion);
            Console.Error.WriteLine($"wrote {written} C# files, six projects and Contoso.slnx to {projectsFolder}");
            return 0;
        }

        return profileTarget is null ? await QuickRun.RunAsync(options, Console.Out, Console.Error)
            : against is not null ? await SideBySideRun.RunAsync(against, options, Console.Error)
            : await ProfileRun.RunAsync(profileTarget, options, Console.Error);
    }
}
