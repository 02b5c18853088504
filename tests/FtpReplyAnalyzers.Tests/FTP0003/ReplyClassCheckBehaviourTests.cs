using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using FtpReplyAnalyzers.FTP0003;
using FtpReplyAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0003;

/// <summary>
/// The fix never changes what the program does: every shape it rewrites is compiled before and after the real fix,
/// run in memory, and must return the same for every value that matters (for int: -1000 to 1999 and the edges; for
/// the narrow types: every value), including the exceptions it throws. Chains of checks of one value are among them.
/// </summary>
public sealed class ReplyClassCheckBehaviourTests
{
    /// <summary>-1000 to 1999, and the edges where casts, overflow and truncation differ.</summary>
    public static readonly IReadOnlyList<int> IntInputs = Enumerable.Range(-1000, 3000)
        .Concat([int.MinValue, int.MinValue + 1, int.MinValue + 99, -1, 0, 99, 100, 999, 1000, int.MaxValue - 99, int.MaxValue - 1, int.MaxValue])
        .ToArray();

    // Every shape the fix handles, as the body of a probe over `replyCode`.
    private static readonly string[] IntShapes =
    [
        "replyCode >= 400 && replyCode < 500",
        "replyCode >= 400 && replyCode <= 499",
        "400 <= replyCode && 500 > replyCode",
        "replyCode > 399 && replyCode < 500",
        "replyCode < 500 && replyCode >= 400",
        "replyCode >= 100 && replyCode < 200",
        "replyCode >= 200 && replyCode <= 299",
        "replyCode > 299 && replyCode < 400",
        "replyCode >= 500 && replyCode < 600",
        "replyCode >= 600 && replyCode < 700",
        "replyCode >= 100 && replyCode < 400",
        "replyCode >= 400 && replyCode < 600",
        "replyCode < 400 || replyCode >= 500",
        "replyCode < 400 || replyCode > 499",
        "replyCode > 599 || replyCode < 400",
        "replyCode < 100 || replyCode >= 400",
        "replyCode / 100 == 1",
        "replyCode / 100 == 2",
        "replyCode / 100 == 3",
        "replyCode / 100 == 4",
        "replyCode / 100 == 5",
        "replyCode / 100 == 6",
        "4 == replyCode / 100",
        "replyCode / 100 != 4",
        "replyCode is >= 400 and < 500",
        "replyCode is >= 400 and <= 499",
        "replyCode is > 99 and < 400",
        "replyCode is not (>= 400 and < 500)",
        "replyCode is < 400 or >= 500",
        "replyCode is not (< 400 or > 599)",

        // Chains of checks of one value: one helper, or the fewest joined as the chain was.
        "replyCode / 100 == 4 || replyCode / 100 == 5",
        "replyCode / 100 == 1 || replyCode / 100 == 2 || replyCode / 100 == 3",
        "replyCode / 100 == 2 || replyCode / 100 == 3",
        "replyCode / 100 == 1 || replyCode / 100 == 3 || replyCode / 100 == 5",
        "replyCode / 100 == 6 || (replyCode / 100 == 5 || replyCode / 100 == 4)",
        "replyCode / 100 != 4 && replyCode / 100 != 5",
        "replyCode / 100 != 2 && replyCode / 100 != 3",
        "replyCode >= 400 && replyCode < 500 || replyCode / 100 == 5 || replyCode is >= 600 and < 700",
        "(replyCode < 400 || replyCode >= 500) && replyCode / 100 != 5",
        "replyCode / 100 == 1 || replyCode / 100 == 2 || replyCode / 100 == 3 || replyCode / 100 == 4 || replyCode / 100 == 5 || replyCode / 100 == 6",
        "replyCode == 0 || replyCode / 100 == 4 || replyCode / 100 == 5",
        "replyCode < -5 || replyCode / 100 == 2 || replyCode / 100 == 3 || replyCode == 1000",
        "replyCode != 0 && replyCode / 100 != 2 && replyCode / 100 != 3",

        // Checks of several classes between other conditions: the comparisons they become must not bind to those.
        "replyCode >= 400 && replyCode < 600 && replyCode != 450",
        "replyCode != 150 && replyCode is >= 100 and < 400",
        "replyCode == 999 || (replyCode < 400 || replyCode >= 600)",
        "replyCode == 450 == replyCode is not (>= 400 and < 600)",
        "!(replyCode >= 100 && replyCode <= 399) ^ replyCode == 200",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task Int_checks_behave_the_same_after_the_fix_for_every_input(bool helpers) =>
        VerifyAsync("int", IntShapes, IntInputs.Cast<object>().ToArray(), helpers);

    [Theory]
    [InlineData("short", false)]
    [InlineData("ushort", false)]
    [InlineData("short", true)]
    [InlineData("ushort", true)]
    public Task Narrow_integer_checks_behave_the_same_for_every_value_of_the_type(string type, bool helpers)
    {
        // byte and sbyte cannot hold a reply code: `code is >= 400` does not even compile for them.
        var clr = type == "short" ? typeof(short) : typeof(ushort);
        var min = Convert.ToInt64(clr.GetField("MinValue")!.GetValue(null));
        var max = Convert.ToInt64(clr.GetField("MaxValue")!.GetValue(null));
        var inputs = Enumerable.Range((int)min, (int)(max - min + 1)).Select(i => Convert.ChangeType(i, clr)).ToArray();
        return VerifyAsync(type, IntShapes, inputs, helpers);
    }

    // The helpers take an int, so only the default fix rewrites the wider types.
    [Theory]
    [InlineData("long")]
    [InlineData("uint")]
    [InlineData("ulong")]
    public Task Wider_integer_checks_behave_the_same_for_every_input(string type)
    {
        var clr = type switch { "long" => typeof(long), "uint" => typeof(uint), _ => typeof(ulong) };
        var signed = type == "long";
        var values = IntInputs.Select(i => (decimal)i)
            .Concat([long.MinValue, long.MinValue + 1, long.MaxValue, uint.MaxValue, uint.MaxValue - 1, ulong.MaxValue, ulong.MaxValue - 1])
            .Where(v => v >= (signed ? long.MinValue : 0) && v <= (type == "uint" ? uint.MaxValue : type == "long" ? long.MaxValue : ulong.MaxValue))
            .Distinct();
        // A ulong is never compared with a negative int (CS0034).
        var shapes = type == "ulong" ? IntShapes.Where(shape => !shape.Contains('-', StringComparison.Ordinal)).ToArray() : IntShapes;
        return VerifyAsync(type, shapes, values.Select(v => Convert.ChangeType(v, clr)).ToArray(), helpers: false);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task FtpStatusCode_cast_checks_behave_the_same_for_every_input(bool helpers) => VerifyAsync(
        "System.Net.FtpStatusCode",
        [
            "(int)replyCode >= 400 && (int)replyCode < 500",
            "(int)replyCode / 100 == 5",
            "(int)replyCode is >= 200 and <= 299",
            "(int)replyCode < 100 || (int)replyCode > 399",
            "(int)replyCode / 100 == 4 || (int)replyCode / 100 == 5",
            "(int)replyCode / 100 != 2 && (int)replyCode / 100 != 3",
        ],
        IntInputs.Select(i => (object)(System.Net.FtpStatusCode)i).ToArray(),
        helpers);

    // helpers: with `ftp_reply_analyzers.class_check_fix = helpers` (FtpReplyCodes.IsX), else the default (FtpReplyClass).
    private static async Task VerifyAsync(string parameterType, IReadOnlyList<string> shapes, object[] inputs, bool helpers)
    {
        var source = ProbeSource(parameterType, shapes);
        var (fixedSource, reported, remaining) = await FixEverySiteAsync(source, helpers);
        Assert.Equal(shapes.Count, reported);
        Assert.Empty(remaining);
        var written = helpers ? "FtpReplyCodes.Is" : "(int)FtpReplyClass.";
        Assert.Equal(shapes.Count, fixedSource.Split('\n').Count(line => line.Contains(written, StringComparison.Ordinal)));

        var before = Run(Emit(source), inputs);
        var after = Run(Emit(fixedSource), inputs);
        Assert.Equal(shapes.Count, before.Count);
        for (var i = 0; i < shapes.Count; i++)
        {
            var probe = "Probe" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var firstDifference = Enumerable.Range(0, inputs.Length).FirstOrDefault(j => before[probe][j] != after[probe][j], -1);
            Assert.True(
                firstDifference < 0,
                $"{parameterType} `{shapes[i]}` differs after the fix at {(firstDifference < 0 ? null : inputs[firstDifference])}: {(firstDifference < 0 ? null : before[probe][firstDifference])} before, {(firstDifference < 0 ? null : after[probe][firstDifference])} after");
        }
    }

    private static string ProbeSource(string parameterType, IReadOnlyList<string> shapes)
    {
        var source = new System.Text.StringBuilder();
        source.AppendLine("namespace Probes").AppendLine("{").AppendLine("    public static class FtpReplyProbes").AppendLine("    {");
        for (var i = 0; i < shapes.Count; i++)
        {
            source.AppendLine($"        public static bool Probe{i}({parameterType} replyCode) => {shapes[i]};");
        }

        return source.AppendLine("    }").AppendLine("}").ToString();
    }

    // Applies the fix, one diagnostic at a time as a user would, until no diagnostic offers one.
    private static async Task<(string Fixed, int Reported, IReadOnlyList<Diagnostic> Remaining)> FixEverySiteAsync(string source, bool helpers)
    {
        using var workspace = new AdhocWorkspace();
        var project = await FixWorkspace.CreateProjectAsync(workspace, "Probes");
        if (helpers)
        {
            project = project.AddAnalyzerConfigDocument(
                ".editorconfig",
                SourceText.From("root = true\n[*.cs]\nftp_reply_analyzers.class_check_fix = helpers\n"),
                filePath: "/probes/.editorconfig").Project;
        }

        var document = project.AddDocument("Probes.cs", source, filePath: "/probes/Probes.cs");
        var reported = (await DiagnosticsAsync(document)).Length;
        var provider = new ReplyClassCheckFixProvider();
        for (var round = 0; round <= reported; round++)
        {
            CodeAction? action = null;
            foreach (var diagnostic in await DiagnosticsAsync(document))
            {
                action = await FixWorkspace.FirstActionAsync(provider, document, diagnostic);
                if (action is not null)
                {
                    Assert.Equal(ReplyClassCheckContract.EquivalenceKey, action.EquivalenceKey);
                    break;
                }
            }

            if (action is null)
            {
                break;
            }

            document = await FixWorkspace.ApplyAsync(action, document);
        }

        var text = (await document.GetTextAsync()).ToString();
        return (text, reported, await DiagnosticsAsync(document));
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await compilation.WithAnalyzers([new ReplyClassCheckAnalyzer()], document.Project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
    }

    private static byte[] Emit(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Probes" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12))],
            TestReferences.AllAsync().Result,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return stream.ToArray();
    }

    // What each probe returned (or threw) for each input.
    private static Dictionary<string, string[]> Run(byte[] image, object[] inputs)
    {
        var context = new AssemblyLoadContext("FTP0003.Probes", isCollectible: true);
        try
        {
            var probes = context.LoadFromStream(new MemoryStream(image)).GetType("Probes.FtpReplyProbes", throwOnError: true)!;
            var results = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var method in probes.GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                var outcomes = new string[inputs.Length];
                var arguments = new object?[1];
                for (var i = 0; i < inputs.Length; i++)
                {
                    arguments[0] = inputs[i];
                    try
                    {
                        outcomes[i] = method.Invoke(null, arguments) is true ? "true" : "false";
                    }
                    catch (TargetInvocationException exception)
                    {
                        outcomes[i] = exception.InnerException!.GetType().Name;
                    }
                }

                results.Add(method.Name, outcomes);
            }

            return results;
        }
        finally
        {
            context.Unload();
        }
    }
}
