using System.Diagnostics;
using System.Globalization;
using FtpReplyAnalyzers.Reliability;
using FtpReplyAnalyzers.Reliability.Behaviour;
using FtpReplyAnalyzers.Reliability.Hosting;
using FtpReplyAnalyzers.Reliability.Mutation;

// Long runs of the reliability harnesses (README.md). Progress and findings go to stderr; stdout gets one line:
//   mutants: <n>, crashes: 0, fix_compile_regressions: 0, behaviour_mismatches: 0, nonidempotent: 0
// The exit code is 0 only when every count is 0 (and every generated snippet compiled).

const string Usage = """
    usage: FtpReplyAnalyzers.Reliability [--mutants N] [--snippets N] [--seed S] [--seeds-from DIR] [--budget-seconds T]
                                         [--parallel P] [--show N] [--trace FILE] [--print-mutant N] [--print-snippet N]
                                         [--check FILE]
      --mutants N        mutants of the tests' and sample's sources and of generated FTP code (default 1000)
      --snippets N       generated FTP snippets compiled and run before and after Fix All (default: mutants / 10, at least 50)
      --seed S           the run's seed: the same seed makes the same mutants and snippets (default 1)
      --seeds-from DIR   make the mutants from the tests and sample of the checkout at DIR instead of this one: the
                         mutants come from those files, so two builds compared on the same mutants read one checkout
                         (the run prints the seed set's fingerprint; equal fingerprints, equal mutants)
      --budget-seconds T stop starting new inputs after T seconds; the counts cover what ran
      --parallel P       inputs analysed at once (default: processor count)
      --show N           findings printed in full, with their source (default 5)
      --trace FILE       write every mutant's diagnostics (id, span, message, properties), offered fixes and Fix All
                         result (hashed) to FILE, in mutant order: two builds whose traces on the same mutants are equal
                         behaved identically on them
      --print-mutant N   print mutant N of the seed and exit
      --print-snippet N  print behaviour snippet N of the seed and exit
      --check FILE       run one file through the round trip (and, if it has Probe methods, the behaviour check);
                         print what was found and the fixed code
    """;

var options = new ReliabilityOptions();
int? snippets = null;
var show = 5;
int? printMutant = null;
int? printSnippet = null;
string? checkFile = null;
string? traceFile = null;
for (var i = 0; i < args.Length; i++)
{
    int Next() => i + 1 < args.Length && int.TryParse(args[++i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
        ? value
        : throw new ArgumentException($"{args[i]} needs a number");

    switch (args[i])
    {
        case "--mutants":
            options = options with { Mutants = Next() };
            break;
        case "--snippets":
            snippets = Next();
            break;
        case "--seed":
            options = options with { Seed = Next() };
            break;
        case "--seeds-from":
            options = options with
            {
                SeedRoot = i + 1 < args.Length && Directory.Exists(Path.Combine(args[i + 1], "tests", "FtpReplyAnalyzers.Tests"))
                    ? Path.GetFullPath(args[++i])
                    : throw new ArgumentException("--seeds-from needs a checkout of this repository (a folder with tests/FtpReplyAnalyzers.Tests)"),
            };
            break;
        case "--budget-seconds":
            options = options with { Budget = TimeSpan.FromSeconds(Next()) };
            break;
        case "--parallel":
            options = options with { Parallelism = Math.Max(1, Next()) };
            break;
        case "--show":
            show = Next();
            break;
        case "--trace":
            traceFile = i + 1 < args.Length ? args[++i] : throw new ArgumentException("--trace needs a file");
            break;
        case "--print-mutant":
            printMutant = Next();
            break;
        case "--print-snippet":
            printSnippet = Next();
            break;
        case "--check":
            checkFile = i + 1 < args.Length ? args[++i] : throw new ArgumentException("--check needs a file");
            break;
        case "--help" or "-h":
            Console.WriteLine(Usage);
            return 0;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}{Environment.NewLine}{Usage}");
            return 2;
    }
}

if (printMutant is { } mutantNumber)
{
    var mutant = new Mutator(MutantHarness.Seeds(options.Seed, options.SeedRoot), options.Seed).Create(mutantNumber);
    Console.Error.WriteLine(mutant.Origin);
    Console.WriteLine(mutant.Text);
    return 0;
}

if (printSnippet is { } snippetNumber)
{
    Console.WriteLine(SnippetGenerator.Generate(options.Seed, 1_000_000 + snippetNumber).Source);
    return 0;
}

if (checkFile is not null)
{
    // Reproduces one finding: the mutant or snippet source saved from a run's log.
    var source = await File.ReadAllTextAsync(checkFile);
    var host = source.Contains("Probe", StringComparison.Ordinal) ? new FixHost() : MutantHarness.CreateHost();
    var roundTrip = await FixRoundTrip.RunAsync(host, source, checkFile, checkSingleFixCompiles: true, options.PerInputTimeout);
    var findings = roundTrip.Findings;
    if (source.Contains("Probe", StringComparison.Ordinal))
    {
        findings = (await BehaviourHarness.CheckAsync(host, new FtpSnippet(source), checkFile, options.PerInputTimeout)).Findings;
    }

    foreach (var diagnostic in (await FixHost.AnalyzeAsync(roundTrip.Original, concurrent: false, CancellationToken.None)).Diagnostics)
    {
        var shape = diagnostic.Properties.TryGetValue("Shape", out var value) ? value : "no fix properties";
        Console.Error.WriteLine($"{diagnostic.Id} {diagnostic.Location.GetLineSpan().StartLinePosition}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)} [{shape}]");
    }

    foreach (var finding in findings)
    {
        Console.Error.WriteLine($"{finding.Kind}: {finding.Detail}");
    }

    Console.WriteLine((await roundTrip.Fixed.GetTextAsync()).ToString());
    return findings.IsEmpty ? 0 : 1;
}

options = options with { Snippets = snippets ?? Math.Max(50, options.Mutants / 10) };
Console.Error.WriteLine($"seed {options.Seed}: {options.Mutants} mutants, {options.Snippets} snippets, {options.Parallelism} at once"
    + (options.Budget is { } budget ? $", budget {budget.TotalSeconds:F0} s" : string.Empty));

var clock = Stopwatch.StartNew();
var tally = await ReliabilityRun.RunAsync(options, line => Console.Error.WriteLine(line), show);
clock.Stop();

foreach (var group in tally.Findings.GroupBy(f => f.Kind))
{
    Console.Error.WriteLine($"== {group.Key}: {group.Count()} findings (the first {Math.Min(show, group.Count())} printed above as found)");
}

foreach (var invalid in tally.InvalidExamples.Take(show))
{
    Console.Error.WriteLine("== generated snippet does not compile: " + invalid);
}

if (traceFile is not null)
{
    await File.WriteAllLinesAsync(traceFile, tally.Traces.OrderBy(t => t.Key).Select(t => $"mutant {t.Key}{Environment.NewLine}{t.Value.TrimEnd('\n')}"));
}

Console.Error.WriteLine($"{tally.CoverageLine}; wall time {clock.Elapsed.TotalSeconds:F0} s");
Console.WriteLine(tally.SummaryLine);
return tally.Clean ? 0 : 1;
