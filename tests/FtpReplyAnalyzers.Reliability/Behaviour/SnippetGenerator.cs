using System.Globalization;
using System.Net;
using CsCheck;

namespace FtpReplyAnalyzers.Reliability.Behaviour;

/// <summary>A generated FTP compilation unit: public static <c>Probe*</c> methods taking an int or a string reply code.</summary>
public sealed record FtpSnippet(string Source)
{
    public override string ToString() => Source;
}

/// <summary>
/// Generates FTP code in every shape FTP0001 knows, as CsCheck generators (so failures shrink to a small example):
/// int and long/uint/ulong comparisons on either side, <c>is</c> patterns with <c>or</c>/<c>and</c>/<c>not</c>,
/// relational and switch-expression arms, <c>case</c> labels, <c>Equals</c>, casts to <c>FtpStatusCode</c> and
/// <c>FtpReplyCode</c> (also codes the BCL lacks), <c>(int)status == 550</c>, conditionals, server-side arguments
/// and assignments, string codes (<c>reply.Code == "550"</c>, <c>string.Equals</c>, reference comparisons),
/// constants, attribute arguments, default parameter values, expression trees, locals, local functions,
/// <c>checked</c>/<c>unchecked</c>, interpolations, and usings that collide with the bundled library's names.
/// Every probe must compile and run: the behaviour harness compares what it returns before and after Fix All.
/// </summary>
public static class SnippetGenerator
{
    /// <summary>Every code of the bundled enum.</summary>
    public static readonly int[] CatalogCodes = Enum.GetValues<FtpReplyCode>().Select(c => (int)c).Distinct().Order().ToArray();

    private static readonly int[] BclCodes = Enum.GetValues<FtpStatusCode>().Select(c => (int)c).Where(c => CatalogCodes.Contains(c)).Distinct().ToArray();
    private static readonly int[] CodesMissingFromBcl = CatalogCodes.Except(BclCodes).ToArray();
    private static readonly int[] NotReplyCodes = [0, 100, 231, 299, 555, 1000, 4242];

    private static readonly Gen<int> AnyCode = Gen.Frequency(Weight(8, Gen.OneOf(CatalogCodes)), Weight(1, Gen.OneOf(NotReplyCodes)));

    private static readonly IntSubject[] IntSubjects =
    [
        new("replyCode", NumberKind.Int),
        new("(long)replyCode", NumberKind.Long),
        new("(uint)replyCode", NumberKind.UInt),
        new("(ulong)(uint)replyCode", NumberKind.ULong),
        new("(short)replyCode", NumberKind.Int),
        new("(char)replyCode", NumberKind.Int, Patterns: false),
        new("(int)(FtpStatusCode)replyCode", NumberKind.Int),
        new("((int)(FtpStatusCode)replyCode)", NumberKind.Int),
        new("(long)(FtpStatusCode)replyCode", NumberKind.Long),
        new("(uint)(FtpStatusCode)replyCode", NumberKind.UInt),
        new("(ulong)(FtpStatusCode)replyCode", NumberKind.ULong),
        new("(short)(FtpStatusCode)replyCode", NumberKind.Int),
        new("(int)(FtpReplyAnalyzers.FtpReplyCode)replyCode", NumberKind.Int),
        new("(int?)replyCode", NumberKind.Int),
        new("(replyCode < 0 ? (int?)null : replyCode)", NumberKind.Int),
        new("(int?)(replyCode < 0 ? null : (FtpStatusCode?)replyCode)", NumberKind.Int),
        new("new FtpResponse(replyCode, \"\").Code", NumberKind.Int),
        new("Status(replyCode)", NumberKind.Int),
        new("(object)replyCode", NumberKind.Object),
    ];

    private static readonly StringSubject[] StringSubjects =
    [
        new("replyCode", Nullable: true),
        new("replyCode?.Trim()", Nullable: true),
        new("(replyCode ?? \"\")", Nullable: false),
        new("new FtpReply(replyCode ?? \"\").Code", Nullable: false),
        new("replyCode?.ToUpperInvariant()", Nullable: true),
    ];

    /// <summary>Snippets of one to five probes each.</summary>
    public static Gen<FtpSnippet> Snippets { get; } =
        from context in Context()
        from probes in new GenArray<string>(Probe())[1, 5]
        select new FtpSnippet(Render(context, probes));

    /// <summary>Snippet <paramref name="number"/> of run <paramref name="seed"/>: the same text every time.</summary>
    public static FtpSnippet Generate(int seed, int number) => Snippets.Generate(new PCG((uint)seed, (ulong)number), null!, out _);

    private enum NumberKind
    {
        Int,
        Long,
        UInt,
        ULong,
        Object,
    }

    /// <summary>
    /// A value tested against reply codes, written with the probe's int parameter; <c>Patterns</c> is false where a
    /// pattern or case label with an int constant does not compile (a char).
    /// </summary>
    private sealed record IntSubject(string Text, NumberKind Kind, bool Patterns = true);

    private sealed record StringSubject(string Text, bool Nullable);

    /// <summary>How the file around the probes looks: usings, namespace style, names that say FTP.</summary>
    private sealed record FileContext(string Usings, bool FileScoped, string Namespace, string ClassName, bool VendorCollision, bool WireCommands);

    private static Gen<FileContext> Context() =>
        from vendor in Gen.Frequency(Weight(4, Gen.Const(false)), Weight(1, Gen.Const(true)))

        // With a vendor's FtpReplyCode imported, a using of the bundled namespace would make the original ambiguous.
        from usings in vendor
            ? Gen.OneOf(string.Empty, "using static FtpReplyAnalyzers.FtpReplyCodes;\n", "using Codes = FtpReplyAnalyzers.FtpReplyCode;\n")
            : Gen.OneOf(
                string.Empty,
                "using FtpReplyAnalyzers;\n",
                "using static FtpReplyAnalyzers.FtpReplyCodes;\n",
                "using Codes = FtpReplyAnalyzers.FtpReplyCode;\n",
                "using FtpReplyAnalyzers;\nusing FtpReplyCode = FtpReplyAnalyzers.FtpReplyCode;\n")
        from fileScoped in Gen.Bool
        from naming in Gen.Int[0, 2]
        select naming switch
        {
            // The class name says FTP.
            0 => new FileContext(usings, fileScoped && !vendor, "Probes", "FtpProbe", vendor, WireCommands: false),

            // The namespace says FTP.
            1 => new FileContext(usings, fileScoped && !vendor, "Probes.Ftp", "Probe", vendor, WireCommands: false),

            // No name says anything: the FTP commands the class sends do.
            _ => new FileContext(usings, fileScoped && !vendor, "Probes", "ControlChannel", vendor, WireCommands: true),
        };

    private static Gen<string> Probe() => Gen.Frequency(
        Weight(6, IntExpressionProbe()),
        Weight(3, IntBlockProbe()),
        Weight(2, ProduceProbe()),
        Weight(4, StringProbe()),
        Weight(2, ConstantProbe()),
        Weight(1, ExpressionTreeProbe()),
        Weight(2, ListProbe()),
        Weight(2, ReplyTextProbe()),
        Weight(2, ReplyPrefixProbe()),
        Weight(2, HeldReplyTextProbe()),
        Weight(2, ClassCheckProbe()));

    private static (int, IGen<T>) Weight<T>(int weight, Gen<T> gen) => (weight, gen);

    // --- int tests -----------------------------------------------------------------------------------------------

    private static Gen<string> Literal(int code, NumberKind kind) =>
        from notation in Gen.Int[0, 4]
        from objectKind in Gen.OneOf(NumberKind.Int, NumberKind.Long, NumberKind.UInt)
        select RenderLiteral(code, kind == NumberKind.Object ? objectKind : kind, notation);

    private static string RenderLiteral(int code, NumberKind kind, int notation)
    {
        var digits = notation switch
        {
            1 => "0x" + code.ToString("X", CultureInfo.InvariantCulture),
            2 => "0b" + Convert.ToString(code, 2),
            3 when code >= 10 => $"{code / 10}_{code % 10}",
            _ => code.ToString(CultureInfo.InvariantCulture),
        };
        var suffix = kind switch
        {
            NumberKind.Long => "L",
            NumberKind.UInt => notation % 2 == 0 ? "u" : "U",
            NumberKind.ULong => notation % 2 == 0 ? "UL" : "lu",
            _ => string.Empty,
        };
        return digits + suffix;
    }

    // The literal kinds `subject == literal` accepts without an error (int == ulong is ambiguous, for one).
    private static NumberKind[] ComparableKinds(NumberKind subject) => subject switch
    {
        NumberKind.Int => [NumberKind.Int, NumberKind.Long, NumberKind.UInt],
        NumberKind.Long => [NumberKind.Int, NumberKind.Long, NumberKind.UInt],
        NumberKind.UInt => [NumberKind.Int, NumberKind.Long, NumberKind.UInt, NumberKind.ULong],
        NumberKind.ULong => [NumberKind.Int, NumberKind.UInt, NumberKind.ULong],
        _ => [NumberKind.Int],
    };

    // The literal kinds a pattern or case label on the subject accepts: its own, or an int constant that converts.
    private static NumberKind[] PatternKinds(NumberKind subject) => subject switch
    {
        NumberKind.Int => [NumberKind.Int],
        NumberKind.ULong => [NumberKind.Int, NumberKind.UInt, NumberKind.ULong],
        NumberKind.Object => [NumberKind.Object],
        _ => [NumberKind.Int, subject],
    };

    private static Gen<string> LiteralOf(Gen<int> code, NumberKind[] kinds) =>
        from value in code
        from kind in Gen.OneOf(kinds)
        from text in Literal(value, kind)
        select text;

    // Distinct codes (switch arms and case labels must not repeat), each in its own notation.
    private static Gen<string[]> DistinctLiterals(int count, NumberKind[] kinds) =>
        from codes in Gen.Shuffle(CatalogCodes, count)
        from kind in Gen.OneOf(kinds)
        from notations in new GenArray<int>(Gen.Int[0, 4])[count]
        select codes.Select((code, i) => RenderLiteral(code, kind == NumberKind.Object ? NumberKind.Int : kind, notations[i])).ToArray();

    private static Gen<string> IntTest(IntSubject subject)
    {
        var s = subject.Text;
        var comparable = LiteralOf(AnyCode, ComparableKinds(subject.Kind));
        var tests = new List<(int, IGen<string>)>
        {
            // object == int does not compile: a boxed subject is only tested with patterns and Equals.
            Weight(subject.Kind == NumberKind.Object ? 0 : 3, from l in comparable from form in Gen.Int[0, 3]
                select form switch { 0 => $"{s} == {l}", 1 => $"{l} == {s}", 2 => $"{s} != {l}", _ => $"{l} != {s}" }),
            Weight(subject.Patterns ? 2 : 0, from ls in DistinctLiterals(3, PatternKinds(subject.Kind)) from form in Gen.Int[0, 5]
                select form switch
                {
                    0 => $"{s} is {ls[0]}",
                    1 => $"{s} is not {ls[0]}",
                    2 => $"{s} is {ls[0]} or {ls[1]}",
                    3 => $"{s} is not ({ls[0]} or {ls[1]} or {ls[2]})",
                    4 => $"{s} is ({ls[0]} or {ls[1]}) and not {ls[2]}",
                    _ when subject.Kind == NumberKind.Object || s.Contains('?', StringComparison.Ordinal) => $"{s} is not null and not {ls[0]}",
                    _ => $"{s} is not {ls[0]} and not {ls[1]}",
                }),
            Weight(1, from l in LiteralOf(AnyCode, ComparableKinds(subject.Kind)) from form in Gen.Int[0, 2]
                select form switch { 0 => $"({s}).Equals({l})", 1 => $"Equals({s}, {l})", _ => $"object.Equals({l}, {s})" }),
            // A conditional of two int literals is no constant: ulong == int would be ambiguous.
            Weight(subject.Kind == NumberKind.Object ? 0 : 1, from ls in DistinctLiterals(2, subject.Kind == NumberKind.ULong ? [NumberKind.UInt, NumberKind.ULong] : ComparableKinds(subject.Kind))
                select $"{s} == (replyCode % 2 == 0 ? {ls[0]} : {ls[1]})"),
        };

        if (subject.Kind == NumberKind.Int && !s.Contains('?', StringComparison.Ordinal) && !s.Contains("object", StringComparison.Ordinal))
        {
            // (FtpStatusCode)550 == (FtpStatusCode)replyCode, with codes the BCL lacks (229) and the bundled enum.
            tests.Add(Weight(1, from code in Gen.Frequency(Weight(3, Gen.OneOf(BclCodes)), Weight(1, Gen.OneOf(CodesMissingFromBcl)))
                                from l in Literal(code, NumberKind.Int)
                                from target in Gen.OneOf("FtpStatusCode", "FtpReplyAnalyzers.FtpReplyCode", "System.Net.FtpStatusCode")
                                from form in Gen.Int[0, 2]
                                select form switch
                                {
                                    0 => $"({target}){s} == ({target}){l}",
                                    1 => $"({target}){l} != ({target}){s}",
                                    _ => $"(FtpStatusCode)(FtpReplyAnalyzers.FtpReplyCode){l} == (FtpStatusCode){s}",
                                }));
        }

        return Gen.Frequency(tests.Where(t => t.Item1 > 0).ToArray());
    }

    private static Gen<IntSubject> AnyIntSubject() => Gen.OneOf(IntSubjects);

    // A boolean built from one or two tests, sometimes in checked or unchecked context.
    private static Gen<string> IntCondition() =>
        from subject in AnyIntSubject()
        from first in IntTest(subject)
        from second in AnyIntSubject().SelectMany(IntTest)
        from shape in Gen.Int[0, 6]
        select shape switch
        {
            0 => $"({first}) || ({second})",
            1 => $"({first}) && !({second})",
            2 => $"checked({first})",
            3 => $"unchecked({first})",
            _ => first,
        };

    private static Gen<string> IntExpressionProbe() =>
        from condition in IntCondition()
        from subject in AnyIntSubject().Where(s => s.Patterns)
        from arms in DistinctLiterals(4, PatternKinds(subject.Kind))
        from shape in Gen.Int[0, 5]
        select shape switch
        {
            0 => $"public static object? Probe§(int replyCode) => {condition};",
            1 => $"public static object? Probe§(int replyCode) => ({condition}) ? \"retry\" : \"give up\";",
            2 => $"public static object? Probe§(int replyCode) => $\"{{({condition})}} for {{replyCode}}\";",
            3 => $"public static object? Probe§(int replyCode) => checked({condition});",
            _ => $$"""
                public static object? Probe§(int replyCode) => ({{subject.Text}}) switch
                {
                    {{arms[0]}} => 1,
                    {{arms[1]}} or {{arms[2]}} => 2,
                    not {{arms[3]}} => 3,
                    _ => 4,
                };
                """,
        };

    private static Gen<string> IntBlockProbe() =>
        from subject in AnyIntSubject().Where(s => s.Patterns && s.Kind != NumberKind.Object)
        from labels in DistinctLiterals(4, PatternKinds(subject.Kind))
        from codes in DistinctLiterals(3, [NumberKind.Int])
        from condition in IntCondition()
        from shape in Gen.Int[0, 4]
        select shape switch
        {
            0 => $$"""
                public static object? Probe§(int replyCode)
                {
                    switch ({{subject.Text}})
                    {
                        case {{labels[0]}}:
                            return "first";
                        case {{labels[1]}}:
                        case {{labels[2]}}:
                            return "second";
                        case {{labels[3]}} when replyCode > 0:
                            return "guarded";
                        default:
                            return {{condition}};
                    }
                }
                """,
            1 => $$"""
                public static object? Probe§(int replyCode)
                {
                    var status = (FtpStatusCode)replyCode;
                    if ((int)status == {{codes[0]}})
                    {
                        return "first";
                    }

                    return (int)status != {{codes[1]}} && {{codes[2]}} != (int)status;
                }
                """,
            2 => $$"""
                public static object? Probe§(int replyCode)
                {
                    static bool IsTransient§(int code) => code is {{codes[0]}} or {{codes[1]}};
                    int reply = replyCode;
                    reply = reply == {{codes[2]}} ? {{codes[0]}} : reply;
                    return IsTransient§(reply) ? reply : -reply;
                }
                """,
            3 => $$"""
                public static object? Probe§(int replyCode)
                {
                    var response = new FtpResponse(0, "pending");
                    response.Code = replyCode > 400 ? {{codes[0]}} : {{codes[1]}};
                    if (response.Code == {{codes[2]}})
                    {
                        response.Code = {{codes[1]}};
                    }

                    return response.Code;
                }
                """,
            _ => $$"""
                public static object? Probe§(int replyCode)
                {
                    var parsed = int.TryParse(replyCode.ToString(System.Globalization.CultureInfo.InvariantCulture), out var code) && code == {{codes[0]}};
                    return parsed || ({{condition}});
                }
                """,
        };

    // Server side: reply codes given to constructors and methods, assigned, and cast to the enums.
    private static Gen<string> ProduceProbe() =>
        from codes in DistinctLiterals(2, [NumberKind.Int])
        from bcl in Gen.OneOf(BclCodes)
        from missing in Gen.OneOf(CodesMissingFromBcl)
        from shape in Gen.Int[0, 8]
        select shape switch
        {
            0 => $"public static object? Probe§(int replyCode) => new FtpResponse({codes[0]}, \"No such file\").Code + replyCode;",
            1 => $"public static object? Probe§(int replyCode) => new FtpResponse(replyCode > 500 ? {codes[0]} : {codes[1]}, \"text\").Code;",
            2 => $"public static object? Probe§(int replyCode) => FtpResponse.Reply({codes[0]}, \"text\").Code == replyCode;",
            3 => $"public static object? Probe§(int replyCode) => new FtpResponse(0, \"text\") {{ Code = {codes[0]} }}.Code - replyCode;",
            4 => $"public static object? Probe§(int replyCode) => replyCode > 0 ? (FtpStatusCode){bcl} : (FtpStatusCode){missing};",
            5 => $"public static object? Probe§(int replyCode) => ((FtpStatusCode){bcl}).ToString() + (FtpReplyAnalyzers.FtpReplyCode){codes[0]};",
            6 => $"public static object? Probe§(int replyCode) => (int)(FtpStatusCode){bcl} + (int)(FtpStatusCode)(FtpReplyAnalyzers.FtpReplyCode){missing} - replyCode;",
            7 => $"public static object? Probe§(int replyCode) => (FtpStatusCode)replyCode == (FtpStatusCode){bcl} ? (FtpStatusCode){missing} : (FtpStatusCode)replyCode;",
            _ => $"public static object? Probe§(int replyCode) => new FtpResponse(replyCode, \"text\") is {{ Code: {codes[0]} or {codes[1]} }};",
        };

    // --- lists of expected codes ---------------------------------------------------------------------------------

    // params arguments, array and collection arguments, lists searched with Contains, lists kept in named locals.
    private static Gen<string> ListProbe() =>
        from codes in DistinctLiterals(3, [NumberKind.Int])
        from code in Gen.OneOf(CatalogCodes)
        from literal in StringLiteral(code)
        from shape in Gen.Int[0, 5]
        select shape switch
        {
            0 => $$"""
                private static int Expect§(int reply, params int[] expected) => Array.IndexOf(expected, reply);

                public static object? Probe§(int replyCode) => Expect§(replyCode, {{codes[0]}}, {{codes[1]}}) + Expect§(replyCode, new[] { {{codes[2]}} });
                """,
            1 => $"public static object? Probe§(int replyCode) => System.Linq.Enumerable.Contains(new[] {{ {codes[0]}, {codes[1]} }}, replyCode);",
            2 => $"public static object? Probe§(int replyCode) => new System.Collections.Generic.HashSet<long> {{ {codes[0]}, {codes[1]} }}.Contains(replyCode);",
            3 => $$"""
                public static object? Probe§(int replyCode)
                {
                    int[] expectedCodes = [{{codes[0]}}, {{codes[1]}}, {{codes[2]}}];
                    return Array.IndexOf(expectedCodes, replyCode);
                }
                """,
            4 => $"public static object? Probe§(int replyCode) => new System.Collections.Generic.List<string> {{ {literal}, \"000\" }}.Contains(replyCode.ToString(\"D3\", System.Globalization.CultureInfo.InvariantCulture));",
            _ => $$"""
                private static readonly int[] TransientReplies§ = { {{codes[0]}}, {{codes[1]}} };

                public static object? Probe§(int replyCode) => Array.IndexOf(TransientReplies§, replyCode);
                """,
        };

    // --- reply-class checks (FTP0003) ----------------------------------------------------------------------------

    // Hand-written class checks in every spelling the rule fixes, chains of them, and a few it reports without a fix.
    private static Gen<string> ClassCheckProbe() =>
        from digit in Gen.Int[1, 6]
        from other in Gen.Int[1, 6]
        from shape in Gen.Int[0, 9]
        let low = digit * 100
        let high = low + 100
        select shape switch
        {
            0 => $"public static object? Probe§(int replyCode) => replyCode >= {low} && replyCode < {high};",
            1 => $"public static object? Probe§(int replyCode) => {low} <= replyCode && replyCode <= {high - 1};",
            2 => $"public static object? Probe§(int replyCode) => replyCode < {low} || replyCode >= {high};",
            3 => $"public static object? Probe§(int replyCode) => replyCode / 100 == {digit};",
            4 => $"public static object? Probe§(int replyCode) => {digit} != replyCode / 100 ? \"other\" : \"class\";",
            5 => $"public static object? Probe§(int replyCode) => replyCode is >= {low} and < {high};",
            6 => $"public static object? Probe§(int replyCode) => (short)replyCode is not (>= {low} and <= {high - 1});",
            7 => $"public static object? Probe§(int replyCode) => replyCode == 0 || replyCode / 100 == {digit} || {other} == replyCode / 100;",
            8 => $"public static object? Probe§(int replyCode) => replyCode / 100 != {digit} && replyCode is < {other * 100} or > {(other * 100) + 99} ? \"other\" : \"class\";",
            _ => $"public static object? Probe§(int replyCode) => replyCode.ToString(System.Globalization.CultureInfo.InvariantCulture).StartsWith(\"{digit}\", StringComparison.Ordinal);",
        };

    // --- reply text -----------------------------------------------------------------------------------------------

    // Two catalog codes written as three digits, for the probes of reply text and prefixes.
    private static Gen<(string A, string B)> TwoCodeTexts() =>
        from first in Gen.OneOf(CatalogCodes)
        from second in Gen.OneOf(CatalogCodes)
        select (first.ToString("D3", CultureInfo.InvariantCulture), second.ToString("D3", CultureInfo.InvariantCulture));

    // Reply text returned and written: plain, verbatim, interpolated, concatenated, formatted, encoded and u8.
    private static Gen<string> ReplyTextProbe() =>
        from codes in TwoCodeTexts()
        from shape in Gen.Int[0, 4]
        let a = codes.A
        let b = codes.B
        select shape switch
        {
            0 => $"public static object? Probe§(int replyCode) => replyCode > 400 ? \"{a} No such file\" : $\"{b} Sent {{replyCode}} bytes\\r\\n\";",
            1 => $$"""
                public static object? Probe§(int replyCode)
                {
                    var writer = new System.IO.StringWriter();
                    writer.WriteLine("{{a}} Too many users");
                    writer.Write(@"{{b}}-Features:" + replyCode);
                    writer.Write(string.Format("{{a}} {0} bytes", replyCode));
                    writer.Write($@"{{b}} ""quoted"" {replyCode}");
                    return writer.ToString();
                }
                """,
            2 => $$"""
                public static object? Probe§(int replyCode)
                {
                    var stream = new System.IO.MemoryStream();
                    stream.Write(System.Text.Encoding.ASCII.GetBytes("{{a}} Goodbye\r\n"));
                    stream.Write("{{b}} Bye\r\n"u8);
                    return Convert.ToBase64String(stream.ToArray()) + replyCode;
                }
                """,
            3 => $"public static object? Probe§(int replyCode) => (\"{a} \" + replyCode).Length + \"{b}-x\".Length;",
            // Escaped braces after the code, and a FormattableString (reported, not fixed: its format would change).
            _ => "public static object? Probe§(int replyCode)\n{\n    var writer = new System.IO.StringWriter();\n"
                + "    writer.WriteLine(((FormattableString)$\"" + a + " Sent {replyCode}\").Format);\n"
                + "    writer.WriteLine($\"" + b + " {{braces}} {replyCode}\");\n"
                + "    return writer.ToString();\n}",
        };

    // Prefixes of reply lines and codes: three digits alone or with the separator, every overload, through ?. and !.
    private static Gen<string> ReplyPrefixProbe() =>
        from codes in TwoCodeTexts()
        from shape in Gen.Int[0, 3]
        let a = codes.A
        let b = codes.B
        select shape switch
        {
            0 => $"public static object? Probe§(string? replyCode) => replyCode != null && (replyCode.StartsWith(\"{a}\") || !replyCode.StartsWith(\"{b}-\", StringComparison.Ordinal));",
            1 => $"public static object? Probe§(string? replyCode) => replyCode?.StartsWith(@\"{a} \", StringComparison.OrdinalIgnoreCase) == true ? 1 : replyCode?.StartsWith(\"{b}\", false, System.Globalization.CultureInfo.InvariantCulture) == true ? 2 : 0;",
            2 => $$"""
                public static object? Probe§(string? replyCode)
                {
                    string line = replyCode + " text";
                    if (line.StartsWith("{{a}}") && replyCode!.StartsWith("{{b}} ")) return 1;
                    return line.StartsWith("{{b}}-") ? 2 : 0;
                }
                """,
            _ => $"public static object? Probe§(string? replyCode) => System.Linq.Enumerable.Count(new[] {{ replyCode ?? \"\", \"{a} x\" }}, l => l.StartsWith(\"{a}\") || l.StartsWith(\"{b} \"));",
        };

    // Reply text kept before it is returned or written: locals, conditionals, a StringBuilder, switch arms, a helper's
    // parameter, and the later lines of a multi-line reply in one literal.
    private static Gen<string> HeldReplyTextProbe() =>
        from codes in TwoCodeTexts()
        from shape in Gen.Int[0, 3]
        let a = codes.A
        let b = codes.B
        select shape switch
        {
            0 => $$"""
                public static object? Probe§(int replyCode)
                {
                    string response = "{{a}} Command okay.";
                    if (replyCode > 400) response = replyCode > 500 ? "{{b}} Failed." : $"{{a}} Retry {replyCode}";
                    return response;
                }
                """,
            1 => $$"""
                public static object? Probe§(int replyCode)
                {
                    var sb = new System.Text.StringBuilder("{{a}}-Features:\r\n");
                    sb.Append(" UTF8\r\n");
                    sb.Append("{{a}} End");
                    return sb.ToString() + replyCode;
                }
                """,
            2 => $"public static object? Probe§(int replyCode) => (replyCode % 3) switch {{ 0 => \"{a} OK\", 1 => \"{b} Not ok\", _ => \"{a}-x\\r\\n{b} y\" }};",
            _ => $$"""
                public static object? Probe§(int replyCode) => Farewell§("{{a}} Goodbye " + replyCode);

                private static string Farewell§(string farewell)
                {
                    var writer = new System.IO.StringWriter();
                    writer.WriteLine(farewell);
                    return writer.ToString();
                }
                """,
        };

    // --- string codes --------------------------------------------------------------------------------------------

    private static Gen<string> StringLiteral(int code) =>
        from notation in Gen.Int[0, 4]
        select notation switch
        {
            1 => $"@\"{code:D3}\"",
            2 => $"\"\"\"{code:D3}\"\"\"",
            3 => string.Concat(code.ToString("D3", CultureInfo.InvariantCulture).Select(c => $"\\u{(int)c:X4}")).Insert(0, "\"") + "\"",
            _ => $"\"{code:D3}\"",
        };

    private static Gen<string> StringTest() =>
        from subject in Gen.OneOf(StringSubjects)
        from code in AnyCode
        from other in Gen.OneOf(CatalogCodes).Where(c => c != code)
        from literal in StringLiteral(code)
        from second in StringLiteral(other)
        from number in Literal(code, NumberKind.Int)
        from shape in Gen.Int[0, 12]
        let s = subject.Text
        select shape switch
        {
            0 => $"{s} == {literal}",
            1 => $"{literal} != {s}",
            2 => $"string.Equals({s}, {literal})",
            3 => $"string.Equals({s}, {literal}, StringComparison.Ordinal)",
            4 => $"string.Equals({literal}, {s}, StringComparison.OrdinalIgnoreCase)",
            5 => $"{s}?.Equals({literal}) == true",
            6 => $"({s}?.Equals({literal}, StringComparison.Ordinal) ?? false)",
            7 => $"(object?){s} == {literal}",
            8 => $"{s} is {literal} or {second}",
            9 => $"int.Parse({s}!) == {number}",
            10 => $"(int.TryParse({s}, out var parsed¤) && parsed¤ == {number})",
            11 => $"({s} switch {{ {literal} => 1, {second} => 2, _ => 0 }}) > 0",
            _ => $"Convert.ToInt32({s}) != {number}",
        };

    // Two tests in one expression each declare their own `parsed` variable: "¤" tells them apart.
    private static Gen<string> StringProbe() =>
        from first in StringTest().Select(t => t.Replace("¤", "A", StringComparison.Ordinal))
        from second in StringTest().Select(t => t.Replace("¤", "B", StringComparison.Ordinal))
        from code in Gen.OneOf(CatalogCodes)
        from literal in StringLiteral(code)
        from shape in Gen.Int[0, 5]
        select shape switch
        {
            0 => $"public static object? Probe§(string? replyCode) => {first};",
            1 => $"public static object? Probe§(string? replyCode) => ({first}) || ({second});",
            2 => $"public static object? Probe§(string? replyCode) => ({first}) ? \"ok\" : replyCode;",
            3 => $$"""
                public static object? Probe§(string? replyCode)
                {
                    var reply = new FtpReply(replyCode ?? "");
                    reply.Code = ({{first}}) ? {{literal}} : reply.Code;
                    return reply.Code;
                }
                """,
            _ => $"public static object? Probe§(string? replyCode) => new FtpReply(\"\") {{ Code = {literal} }}.Code == replyCode && ({second});",
        };

    // --- where a constant is needed ------------------------------------------------------------------------------

    private static Gen<string> ConstantProbe() =>
        from codes in DistinctLiterals(2, [NumberKind.Int])
        from code in Gen.OneOf(CatalogCodes)
        from literal in StringLiteral(code)
        from shape in Gen.Int[0, 5]
        select shape switch
        {
            0 => $$"""
                private const int LastReplyCode§ = {{codes[0]}};

                public static object? Probe§(int replyCode)
                {
                    const bool Busy = LastReplyCode§ == {{codes[1]}};
                    return Busy || replyCode == LastReplyCode§;
                }
                """,
            1 => $$"""
                private const string LastCode§ = {{literal}};

                public static object? Probe§(string? replyCode)
                {
                    const bool Missing = LastCode§ == {{literal}};
                    return Missing && replyCode == LastCode§;
                }
                """,
            2 => $$"""
                private const string LastCode§ = {{literal}};

                private static bool Expected§(bool expected = LastCode§ != {{literal}}) => expected;

                public static object? Probe§(string? replyCode) => Expected§() || replyCode == LastCode§;
                """,
            3 => $$"""
                [FtpExpects({{literal}})]
                private static void Marker§()
                {
                }

                public static object? Probe§(string? replyCode) =>
                    ((FtpExpectsAttribute?)Attribute.GetCustomAttribute(
                        typeof(§CLASS§).GetMethod(nameof(Marker§), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!,
                        typeof(FtpExpectsAttribute)))?.Code == replyCode;
                """,
            _ => $$"""
                [FtpExpectsCode({{codes[0]}})]
                private static void Marker§()
                {
                }

                public static object? Probe§(int replyCode) =>
                    ((FtpExpectsCodeAttribute?)Attribute.GetCustomAttribute(
                        typeof(§CLASS§).GetMethod(nameof(Marker§), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!,
                        typeof(FtpExpectsCodeAttribute)))?.Code == replyCode;
                """,
        };

    // Expression trees: the fix must keep the tree (a method call would change it), so the probe returns its text too.
    private static Gen<string> ExpressionTreeProbe() =>
        from codes in DistinctLiterals(2, [NumberKind.Int])
        from code in Gen.OneOf(CatalogCodes)
        from literal in StringLiteral(code)
        from bcl in Gen.OneOf(BclCodes)
        from shape in Gen.Int[0, 3]
        select shape switch
        {
            0 => $$"""
                private static readonly System.Linq.Expressions.Expression<Func<int, bool>> Tree§ = replyCode => replyCode == {{codes[0]}} || {{codes[1]}} != replyCode;
                private static readonly Func<int, bool> Compiled§ = Tree§.Compile();

                public static object? Probe§(int replyCode) => Compiled§(replyCode) + " " + Tree§;
                """,
            1 => $$"""
                private static readonly System.Linq.Expressions.Expression<Func<int, bool>> Tree§ = replyCode => (int)(FtpStatusCode)replyCode == {{bcl}};
                private static readonly Func<int, bool> Compiled§ = Tree§.Compile();

                public static object? Probe§(int replyCode) => Compiled§(replyCode) + " " + Tree§;
                """,
            2 => $$"""
                private static readonly System.Linq.Expressions.Expression<Func<int, FtpStatusCode>> Tree§ = replyCode => replyCode > 0 ? (FtpStatusCode){{bcl}} : (FtpStatusCode)replyCode;
                private static readonly Func<int, FtpStatusCode> Compiled§ = Tree§.Compile();

                public static object? Probe§(int replyCode) => Compiled§(replyCode) + " " + Tree§;
                """,
            _ => $$"""
                private static readonly System.Linq.Expressions.Expression<Func<string?, bool>> Tree§ = replyCode => replyCode == {{literal}};
                private static readonly Func<string?, bool> Compiled§ = Tree§.Compile();

                public static object? Probe§(string? replyCode) => Compiled§(replyCode) + " " + Tree§;
                """,
        };

    // --- the file ------------------------------------------------------------------------------------------------

    private static string Render(FileContext context, string[] probes)
    {
        var members = string.Join("\n\n", probes.Select((probe, index) => probe
            .Replace("§CLASS§", context.ClassName, StringComparison.Ordinal)
            .Replace("§", index.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        var vendorUse = context.VendorCollision
            ? "\n\n    // The vendor library's own enum, imported by a using: a name the bundled library also declares.\n    public static FtpReplyCode VendorDefault => FtpReplyCode.Ok;"
            : string.Empty;
        var wire = context.WireCommands
            ? "\n\n    private static readonly string[] Script = { \"USER anonymous\", \"CWD /pub\", \"PASV\", \"RETR readme.txt\" };\n\n    public static int ScriptLength => Script.Length;"
            : string.Empty;

        var body = $$"""
            public sealed class FtpResponse
            {
                public FtpResponse(int code, string message)
                {
                    Code = code;
                    Message = message;
                }

                public int Code { get; set; }

                public string Message { get; }

                public static FtpResponse Reply(int code, string message) => new FtpResponse(code, message);
            }

            public sealed class FtpReply
            {
                public FtpReply(string code) => Code = code;

                public string Code { get; set; }
            }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class FtpExpectsAttribute : Attribute
            {
                public FtpExpectsAttribute(string code) => Code = code;

                public string Code { get; }
            }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class FtpExpectsCodeAttribute : Attribute
            {
                public FtpExpectsCodeAttribute(int code) => Code = code;

                public int Code { get; }
            }

            public static class {{context.ClassName}}
            {
                private static int Status(int value) => value;{{vendorUse}}{{wire}}

            {{Indent(members, "    ")}}
            }
            """;

        var header = "using System;\nusing System.Net;\n" + context.Usings + (context.VendorCollision ? "using Vendor.Ftp;\n" : string.Empty);
        var vendor = context.VendorCollision
            ? "\n\nnamespace Vendor.Ftp\n{\n    public enum FtpReplyCode\n    {\n        Ok = 200,\n    }\n}\n"
            : "\n";
        return context.FileScoped
            ? $"{header}\nnamespace {context.Namespace};\n\n{body}\n"
            : $"{header}\nnamespace {context.Namespace}\n{{\n{Indent(body, "    ")}\n}}{vendor}";
    }

    private static string Indent(string text, string indent) =>
        string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? line : indent + line));
}
