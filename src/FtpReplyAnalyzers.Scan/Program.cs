using System.Globalization;
using FtpReplyAnalyzers.Scan;

// Runs a packed FtpReplyAnalyzers over a folder of C# files and prints what it finds (ScanOptions.Usage; README
// "Scan any folder"). Exit code: 0 the analyzers ran, 1 an analyzer failed or did not load, 2 a wrong command line.

ScanOptions options;
try
{
    options = ScanOptions.Parse(args);
}
catch (UsageException usage)
{
    if (usage.HelpRequested)
    {
        Console.WriteLine(ScanOptions.Usage);
        return 0;
    }

    Console.Error.WriteLine("error: " + usage.Message);
    Console.Error.WriteLine(ScanOptions.Usage);
    return 2;
}

try
{
    var referencePack = ReferencePack.Find(options.ReferencePackFolder);
    using var package = AnalyzerPackage.Open(AnalyzerPackage.Resolve(options.Package));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"package: {package.Id} {package.Version} ({package.Path}), analyzers: {string.Join(", ", package.Analyzers.Select(a => a.GetType().Name).Order(StringComparer.Ordinal))}"));
    var libraries = package.Libraries.IsEmpty ? "no lib/netstandard2.0 library" : string.Join(", ", package.Libraries.Select(l => Path.GetFileName(l.Display)));
    Console.WriteLine($"references: {referencePack.Description}, {libraries}{string.Concat(options.ExtraReferences.Select(r => ", " + r))}");
    Console.WriteLine($"scanning: {options.Folder} (one compilation{(options.ExtraSourceFolders.Count == 0 ? "" : ", with " + string.Join(", ", options.ExtraSourceFolders))})");
    Console.WriteLine();
    if (package.Analyzers.IsEmpty)
    {
        Console.Error.WriteLine($"error: no C# analyzer in {package.Path} (analyzers/dotnet/cs){string.Concat(package.LoadFailures.Select(f => Environment.NewLine + "load failure: " + f))}");
        return 1;
    }

    var result = await FolderScan.RunAsync(options, package, referencePack);
    Report.WriteFindings(Console.Out, result, options.Grouping);
    Report.WriteSummary(Console.Out, result, package.LoadFailures);
    Report.WriteFailures(Console.Out, Console.Error, result, package.LoadFailures);
    if (options.SarifPath is { } sarif)
    {
        SarifLog.Write(sarif, options.Folder, package, result);
        Console.WriteLine("sarif: " + sarif);
    }

    return result.AnalyzerFailures.IsEmpty && package.LoadFailures.IsEmpty ? 0 : 1;
}
catch (UsageException usage)
{
    Console.Error.WriteLine("error: " + usage.Message);
    return 2;
}
