namespace FtpReplyAnalyzers.Scan
{
    /// <summary>How findings are ordered in the listing.</summary>
    internal enum Grouping
    {
        /// <summary>By file, then line and column (the default).</summary>
        File,

        /// <summary>By rule, then file, line and column, with a heading per rule.</summary>
        Rule,
    }

    /// <summary>The command line, parsed.</summary>
    internal sealed record ScanOptions(
        string Folder,
        string Package,
        IReadOnlyList<string> ExtraSourceFolders,
        IReadOnlyList<string> ExtraReferences,
        string? ReferencePackFolder,
        IReadOnlySet<string>? Rules,
        Grouping Grouping,
        bool ImplicitUsings,
        string? SarifPath)
    {
        public const string Usage = """
            usage: FtpReplyAnalyzers.Scan <folder> --package <FtpReplyAnalyzers.x.nupkg | folder holding one>
                                          [--rules FTP0001,FTP0003] [--group-by file|rule] [--sarif out.sarif]
                                          [--with <folder>]... [--reference <dll | folder>]... [--reference-pack <folder>]
                                          [--implicit-usings]

            Runs the package's analyzers over every *.cs file under <folder> (bin/, obj/ and dot-folders skipped), compiled
            together as one library (a program if a file has top-level statements; latest C#, nullable enabled, unsafe
            allowed) against the SDK's reference pack and the package's own FtpReplyCode library. Code that does not
            resolve is analysed all the same: its compiler errors are counted in the summary, not treated as a failure.

              --package P         the .nupkg to run, or a folder: its newest FtpReplyAnalyzers.*.nupkg
                                  (`dotnet pack src/FtpReplyAnalyzers.Package -c Release -o out` makes one)
              --rules IDS         print only these rules (comma-separated)
              --group-by G        file (default): findings in file and line order; rule: under one heading per rule
              --sarif FILE        also write the findings as SARIF 2.1.0
              --with DIR          more sources compiled with the folder but not reported, e.g. stand-ins for libraries
                                  the code uses (repeatable)
              --reference R       a metadata reference: a .dll, or every .dll in a folder (repeatable)
              --reference-pack D  the reference assemblies to compile against (a folder of .dll), instead of the highest
                                  packs/Microsoft.NETCore.App.Ref/<version>/ref/net*/ of the running dotnet
              --implicit-usings   add the global usings of an SDK project with <ImplicitUsings>enable</ImplicitUsings>

            Exit code: 0 when the analyzers ran (whatever they found), 1 when an analyzer failed (AD0001) or did not load,
            2 when the command line or its inputs are wrong.
            """;

        /// <summary>Parses <paramref name="args"/>; throws <see cref="UsageException"/> with the reason when they are wrong.</summary>
        public static ScanOptions Parse(IReadOnlyList<string> args)
        {
            string? folder = null;
            string? package = null;
            var extraSources = new List<string>();
            var extraReferences = new List<string>();
            string? referencePack = null;
            HashSet<string>? rules = null;
            var grouping = Grouping.File;
            var implicitUsings = false;
            string? sarif = null;

            for (var i = 0; i < args.Count; i++)
            {
                var argument = args[i];
                string Value() => i + 1 < args.Count ? args[++i] : throw new UsageException(argument + " needs a value");

                switch (argument)
                {
                    case "--package":
                        package = Path.GetFullPath(Value());
                        break;
                    case "--rules":
                        rules = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                            .Select(id => id.ToUpperInvariant())
                            .ToHashSet(StringComparer.Ordinal);
                        if (rules.Count == 0)
                        {
                            throw new UsageException("--rules needs at least one rule ID");
                        }

                        break;
                    case "--group-by":
                        grouping = Value() switch
                        {
                            "file" => Grouping.File,
                            "rule" => Grouping.Rule,
                            var other => throw new UsageException($"--group-by is file or rule, not '{other}'"),
                        };
                        break;
                    case "--group-by-file":
                        grouping = Grouping.File;
                        break;
                    case "--group-by-rule":
                        grouping = Grouping.Rule;
                        break;
                    case "--sarif":
                        sarif = Path.GetFullPath(Value());
                        break;
                    case "--with":
                        extraSources.Add(ExistingFolder(Value(), "--with"));
                        break;
                    case "--reference":
                        extraReferences.Add(Path.GetFullPath(Value()));
                        break;
                    case "--reference-pack":
                        referencePack = ExistingFolder(Value(), "--reference-pack");
                        break;
                    case "--implicit-usings":
                        implicitUsings = true;
                        break;
                    case "-h" or "--help" or "-?":
                        throw new UsageException("help requested", helpRequested: true);
                    default:
                        if (argument.StartsWith('-'))
                        {
                            throw new UsageException("unknown option " + argument);
                        }

                        if (folder is not null)
                        {
                            throw new UsageException($"one folder per run ('{folder}' and '{argument}'); add sources that are not to be reported with --with");
                        }

                        folder = ExistingFolder(argument, "the folder to scan");
                        break;
                }
            }

            return new ScanOptions(
                folder ?? throw new UsageException("no folder to scan"),
                package ?? throw new UsageException("no package: give --package <path.nupkg>"),
                extraSources,
                extraReferences,
                referencePack,
                rules,
                grouping,
                implicitUsings,
                sarif);
        }

        private static string ExistingFolder(string path, string what)
        {
            var full = Path.GetFullPath(path);
            return Directory.Exists(full) ? full : throw new UsageException($"{what}: no folder '{full}'");
        }
    }

    /// <summary>A wrong command line or input: printed with the usage, exit code 2.</summary>
    internal sealed class UsageException(string message, bool helpRequested = false) : Exception(message)
    {
        /// <summary>The user asked for the usage (<c>--help</c>): printed on standard output, exit code 0.</summary>
        public bool HelpRequested { get; } = helpRequested;
    }
}
