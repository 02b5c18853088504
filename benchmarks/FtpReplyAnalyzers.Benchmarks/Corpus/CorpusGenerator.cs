namespace FtpReplyAnalyzers.Benchmarks.Corpus;

/// <summary>What a generated file is, so results can be checked per kind (FTP0001 belongs in FTP files only).</summary>
internal enum SourceKind
{
    /// <summary>Ordinary application code: services, HTTP and SMTP clients, caches, reports, importers.</summary>
    Application,

    /// <summary>FTP client or server code, in the shapes FTP0001 knows.</summary>
    Ftp,

    /// <summary>Shared declarations (the FluentFTP stand-in, common records).</summary>
    Support,
}

internal sealed record SourceFile(string Path, string Text, SourceKind Kind, int LineCount);

/// <summary>
/// A deterministic corpus of realistic C#: ordinary application code full of numeric and string literals (loops,
/// sizes, timeouts, HTTP status checks, SMTP clients, dictionaries), with one file in ten FTP client or server code.
/// File <c>i</c> depends only on the seed and <c>i</c>, so the first N files of the 4N corpus are the N corpus.
/// </summary>
internal static class CorpusGenerator
{
    /// <summary>The seed of every published figure; change it only to check that results do not hinge on one corpus.</summary>
    public const ulong DefaultSeed = 0x46545030303031; // "FTP0001"

    /// <summary>Every tenth file (the eighth of each ten) is FTP code.</summary>
    public const int FtpFileEvery = 10;

    public static IReadOnlyList<SourceFile> Generate(int fileCount, ulong seed = DefaultSeed)
    {
        var files = new List<SourceFile>(fileCount + 2)
        {
            Support("Shared/Contoso.Shared.cs", SupportCode.Shared),
            Support("Shared/FluentFTP.StandIn.cs", SupportCode.FluentFtpStandIn),
        };

        for (var index = 0; index < fileCount; index++)
        {
            files.Add(GenerateFile(seed, index));
        }

        return files;
    }

    private static SourceFile GenerateFile(ulong seed, int index)
    {
        var random = DeterministicRandom.ForFile(seed, index);
        var context = new FileContext(random, index);
        if (index % FtpFileEvery == FtpFileEvery - 3)
        {
            var ftpKind = FtpCode.Write(context);
            return new SourceFile($"Ftp/{ftpKind}{index:D4}.cs", context.Writer.ToString(), SourceKind.Ftp, context.Writer.LineCount);
        }

        var kind = ApplicationCode.Write(context);
        return new SourceFile($"App/{kind}{index:D4}.cs", context.Writer.ToString(), SourceKind.Application, context.Writer.LineCount);
    }

    private static SourceFile Support(string path, string text) =>
        new(path, text, SourceKind.Support, text.Count(c => c == '\n'));
}

/// <summary>What one file's templates share: the random source, the writer, and names that make the file its own.</summary>
internal sealed class FileContext(DeterministicRandom random, int index)
{
    private static readonly string[] Entities =
    [
        "Order", "Invoice", "Customer", "Shipment", "Product", "Payment", "Account", "Ticket", "Booking", "Subscription",
        "Warehouse", "Supplier", "Employee", "Contract", "Claim", "Policy", "Device", "Sensor", "Campaign", "Lead",
    ];

    private static readonly string[] Areas =
    [
        "Sales", "Billing", "Logistics", "Catalog", "Support", "Identity", "Reporting", "Inventory", "Marketing", "Telemetry",
    ];

    private int methodCount;

    public DeterministicRandom Random { get; } = random;

    public CodeWriter Writer { get; } = new();

    public int Index { get; } = index;

    public string Entity { get; } = Entities[random.Next(Entities.Length)];

    public string Area { get; } = Areas[random.Next(Areas.Length)];

    /// <summary>A suffix that keeps method names unique inside the file.</summary>
    public int NextMethod() => ++methodCount;

    /// <summary>One of the values, as C# source.</summary>
    public string Of(params int[] values) => values[Random.Next(values.Length)].ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes between <paramref name="min"/> and <paramref name="max"/> members chosen from <paramref name="templates"/>
    /// (with repetition: real classes have several similar methods), separated by blank lines.
    /// </summary>
    public void Members(IReadOnlyList<Action<FileContext>> templates, int min, int max)
    {
        var count = Random.Next(min, max + 1);
        for (var i = 0; i < count; i++)
        {
            Writer.Line();
            Random.Pick(templates)(this);
        }
    }
}
