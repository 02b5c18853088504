using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.Reliability.Mutation;

/// <summary>One mutant: its number (enough, with the seed, to make it again), how it was made, and its text.</summary>
public sealed record Mutant(int Number, string Origin, string Text);

/// <summary>
/// Derives code as an editor holds it while someone types: truncated, with tokens and lines deleted or repeated,
/// operators swapped, literals and string codes inserted, braces and quotes unbalanced, wrapped in interpolated
/// and raw strings, u8 literals, checked/unchecked, <c>#if</c> regions, turned into top-level statements or a
/// file-scoped namespace, comparisons rewritten as pattern combinators and list patterns, collection expressions.
/// Mutant <c>n</c> of seed <c>s</c> is always the same text: the seeds are taken round-robin, and each mutant draws
/// its edits from its own random stream.
/// </summary>
public sealed class Mutator
{
    private static readonly string[] NumericCodes =
    [
        "421", "550", "226", "229", "0x1A5", "0X226", "0b1000100110", "4_21", "5_5_0", "421L", "226u", "226U", "550UL",
        "550lu", "2147483647", "4294967295", "18446744073709551615", "9223372036854775808", "-550", "0", "999", "1000",
        "100", "299", "550.0", "550m", "550f", "'5'", "1e3", "0x_22_6",
    ];

    private static readonly string[] StringCodes =
    [
        "\"550\"", "@\"550\"", "\"\"\"550\"\"\"", "\"550\"u8", "$\"550\"", "$\"{550}\"", "$\"{code == 550}\"",
        "$$\"\"\"{{550}}\"\"\"", "\"\\u0035\\u0035\\u0030\"", "\"5\" + \"50\"", "\"550 \"", "\"\"", "null",
        "\"\"\"\n    550\n    \"\"\"", "\"\u0665\u0665\u0660\"", "\"\\x35\\x35\\x30\"", "\"226\"U8", "@$\"{421}\"",
    ];

    private static readonly string[] Expressions =
    [
        "(FtpStatusCode)550", "(System.Net.FtpStatusCode)229", "(FtpReplyAnalyzers.FtpReplyCode)421",
        "(FtpStatusCode)(FtpReplyCode)550", "checked((int)550L)", "unchecked((uint)-550)", "(int)(FtpStatusCode)550",
        "default", "new[] { 421, 550 }", "[421, 550]", "code is 421 or 425", "reply.Code == \"550\"", "(short)550",
        "(byte)226", "(FtpStatusCode?)550", "550 switch { 550 => 421, _ => 226 }", "(int)response.StatusCode == 550",
        "new FtpResponse(550, \"No such file\")", "reply.Code = 550", "int.Parse(reply.Code) == 226", "replyCode?.Equals(421)",
        "string.Equals(reply.Code, \"550\", StringComparison.Ordinal)", "(FtpStatusCode)(object)550", "x => x == 421",
    ];

    private static readonly string[] Delimiters =
    [
        "{", "}", "(", ")", "[", "]", "\"", "'", "/*", "*/", "\"\"\"", "@\"", "$\"{", "}\"", "<", ">", "=>", ";", ",",
        "?", ":", "#if X\n", "#endif\n", "#else\n", "#region\n", "#endregion\n", "\\", "$$\"\"\"{{", "u8", "case ", "is ",
    ];

    private static readonly (SyntaxKind Kind, string[] Into)[] OperatorSwaps =
    [
        (SyntaxKind.EqualsEqualsToken, ["!=", "=", "is", "<=", "==="]),
        (SyntaxKind.ExclamationEqualsToken, ["==", "is not", "!"]),
        (SyntaxKind.BarBarToken, ["&&", "or", "|", "??"]),
        (SyntaxKind.AmpersandAmpersandToken, ["||", "and", "&"]),
        (SyntaxKind.OrKeyword, ["and", "||", "or not"]),
        (SyntaxKind.AndKeyword, ["or", "&&"]),
        (SyntaxKind.NotKeyword, ["", "!"]),
        (SyntaxKind.IsKeyword, ["==", "is not", "as"]),
        (SyntaxKind.LessThanToken, [">", "<=", "<<"]),
        (SyntaxKind.GreaterThanToken, ["<", ">=", ">>"]),
        (SyntaxKind.EqualsGreaterThanToken, ["=", ">=", "=> =>"]),
        (SyntaxKind.QuestionQuestionToken, ["?", "||"]),
        (SyntaxKind.QuestionToken, ["??", "?."]),
        (SyntaxKind.EqualsToken, ["==", "=>", "??="]),
        (SyntaxKind.PlusToken, ["-", "*"]),
        (SyntaxKind.CaseKeyword, ["default", "case case"]),
    ];

    private static readonly string[] TopLevelStatements =
    [
        "var reply = 421;\nif (reply == 421) System.Console.WriteLine(\"busy\");\n",
        "int code = args.Length;\nswitch (code) { case 550: break; case 226: return; }\n",
        "var ftpCode = (System.Net.FtpStatusCode)550;\nSystem.Console.WriteLine((int)ftpCode == 550);\n",
        "static bool IsTransient(int replyCode) => replyCode is 421 or 425 or 426;\n",
        "await System.Threading.Tasks.Task.Yield();\nvar status = args.Length == 0 ? 550 : 226;\n",
    ];

    private static readonly string[] CollectionStatements =
    [
        "int[] codes = [421, 550, 226];",
        "System.Collections.Generic.List<string> replies = [\"550\", \"421\", .. new[] { \"226\" }];",
        "System.ReadOnlySpan<int> transient = [421, 425, 426];",
        "var ok = new[] { replyCode } is [226, ..];",
        "if (new[] { 421, 550 } is [421, var second] && second == 550) { }",
        "object[] mixed = [550, \"550\", (System.Net.FtpStatusCode)550];",
        "bool busy = codes is [.., 421] or [421];",
    ];

    private static readonly string[] RenameTargets =
    [
        "ftpCode", "httpStatus", "port", "replyCode", "Code", "FtpReplyCode", "FtpStatusCode", "FtpReplyCodes", "reply",
        "smtpReply", "timeoutMs", "FtpSession", "HttpClient", "@class", "_", "var", "global",
    ];

    private readonly IReadOnlyList<SeedSource> seeds;
    private readonly int seed;
    private readonly (string Name, Func<string, Random, string> Apply)[] operators;

    public Mutator(IReadOnlyList<SeedSource> seeds, int seed)
    {
        if (seeds.Count == 0)
        {
            throw new ArgumentException("no seed sources", nameof(seeds));
        }

        this.seeds = seeds;
        this.seed = seed;
        operators =
        [
            ("truncate", Truncate),
            ("truncate-mid-token", TruncateMidToken),
            ("delete-token", DeleteToken),
            ("duplicate-token", DuplicateToken),
            ("delete-line", DeleteLine),
            ("duplicate-line", DuplicateLine),
            ("swap-operator", SwapOperator),
            ("insert-literal", (text, random) => ReplaceOperand(text, random, NumericCodes)),
            ("insert-string-code", (text, random) => ReplaceOperand(text, random, StringCodes)),
            ("insert-expression", (text, random) => ReplaceOperand(text, random, Expressions)),
            ("unbalance", Unbalance),
            ("wrap-expression", WrapExpression),
            ("if-region", IfRegion),
            ("top-level-statements", ToTopLevelStatements),
            ("file-scoped-namespace", ToFileScopedNamespace),
            ("pattern-combinator", ToPatternCombinator),
            ("collection-expression", InsertCollectionExpression),
            ("splice-line", SpliceLine),
            ("rename", Rename),
            ("char-edit", CharEdit),
        ];
    }

    /// <summary>The names of the mutation operators, for reports.</summary>
    public IEnumerable<string> OperatorNames => operators.Select(o => o.Name);

    /// <summary>Mutant number <paramref name="number"/>: one to three edits of seed <c>number % seeds</c>.</summary>
    public Mutant Create(int number)
    {
        var random = new Random(Mix(seed, number));
        var source = seeds[number % seeds.Count];
        var edits = random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 };
        var text = source.Text;
        var names = new List<string>();
        for (var i = 0; i < edits; i++)
        {
            var (name, apply) = operators[random.Next(operators.Length)];
            text = apply(text, random);
            names.Add(name);
        }

        return new Mutant(number, $"mutant {number} (seed {seed}: {string.Join(" + ", names)} of {source.Name})", text);
    }

    // A deterministic 32-bit mix of the run's seed and the mutant's number (HashCode.Combine differs per process).
    private static int Mix(int seed, int number)
    {
        var x = ((ulong)(uint)seed << 32) | (uint)number;
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return (int)(x & 0x7fffffff);
    }

    private static SyntaxNode Parse(string text) => CSharpSyntaxTree.ParseText(text, Hosting.FixHost.ParseOptions).GetRoot();

    private static List<SyntaxToken> Tokens(string text) =>
        Parse(text).DescendantTokens(descendIntoTrivia: false).Where(t => t.Span.Length > 0).ToList();

    private static string Replace(string text, TextSpan span, string replacement) =>
        string.Concat(text.AsSpan(0, span.Start), replacement, text.AsSpan(span.End));

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    // "Truncate at every Nth token": the file cut into sixteen, cut after one of the sixteen.
    private static string Truncate(string text, Random random)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var every = Math.Max(1, tokens.Count / 16);
        var index = Math.Min(tokens.Count - 1, every * random.Next(1, 17));
        return text[..tokens[index].SpanStart];
    }

    private static string TruncateMidToken(string text, Random random)
    {
        var tokens = Tokens(text).Where(t => t.Span.Length > 1).ToList();
        if (tokens.Count == 0)
        {
            return text;
        }

        var token = Pick(tokens, random);
        return text[..(token.SpanStart + random.Next(1, token.Span.Length))];
    }

    private static string DeleteToken(string text, Random random)
    {
        var tokens = Tokens(text);
        return tokens.Count == 0 ? text : Replace(text, Pick(tokens, random).Span, string.Empty);
    }

    private static string DuplicateToken(string text, Random random)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var token = Pick(tokens, random);
        return text.Insert(token.Span.End, " " + token.Text);
    }

    private static string DeleteLine(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        lines.RemoveAt(random.Next(lines.Count));
        return string.Join('\n', lines);
    }

    private static string DuplicateLine(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var index = random.Next(lines.Count);
        lines.Insert(index, lines[index]);
        return string.Join('\n', lines);
    }

    private static string SwapOperator(string text, Random random)
    {
        var candidates = Tokens(text).Where(t => OperatorSwaps.Any(s => t.IsKind(s.Kind))).ToList();
        if (candidates.Count == 0)
        {
            return text;
        }

        var token = Pick(candidates, random);
        var into = OperatorSwaps.First(s => token.IsKind(s.Kind)).Into;
        return Replace(text, token.Span, Pick(into, random));
    }

    // Replaces a literal or a name with something from the pool: a reply code in another notation, a string code...
    private static string ReplaceOperand(string text, Random random, string[] pool)
    {
        var candidates = Tokens(text)
            .Where(t => t.IsKind(SyntaxKind.NumericLiteralToken) || t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.IdentifierToken))
            .ToList();
        if (candidates.Count == 0)
        {
            return text + Pick(pool, random);
        }

        // Literals first: they are where the analyzer looks.
        var literals = candidates.Where(t => !t.IsKind(SyntaxKind.IdentifierToken)).ToList();
        var token = literals.Count > 0 && random.Next(4) != 0 ? Pick(literals, random) : Pick(candidates, random);
        return Replace(text, token.Span, Pick(pool, random));
    }

    private static string Unbalance(string text, Random random)
    {
        var tokens = Tokens(text);
        var at = tokens.Count == 0 ? 0 : Pick(tokens, random).SpanStart;
        return text.Insert(at, Pick(Delimiters, random));
    }

    private static string WrapExpression(string text, Random random)
    {
        var expressions = Parse(text).DescendantNodes()
            .OfType<ExpressionSyntax>()
            .Where(e => e is LiteralExpressionSyntax or BinaryExpressionSyntax or IsPatternExpressionSyntax or CastExpressionSyntax or MemberAccessExpressionSyntax)
            .ToList();
        if (expressions.Count == 0)
        {
            return text;
        }

        var expression = Pick(expressions, random);
        var e = expression.ToString();
        string[] wrappers =
        [
            $"checked({e})", $"unchecked({e})", $"$\"{{{e}}}\"", $"$\"\"\"{{{e}}}\"\"\"", $"({e})", $"!({e})", $"[{e}]",
            $"({e}) is true", $"(({e}) ? 421 : 550)", $"(object)({e})", $"({e}) switch {{ _ => 421 }}", $"new[] {{ {e} }}",
            $"{e}!", $"(int)({e})", $"(FtpStatusCode)({e})", $"$@\"{{{e},5:D3}}\"", $"\"\"\"{e}\"\"\"", $"\"{e}\"u8",
            $"await ({e})", $"nameof({e})", $"(() => {e})()", $"{e} with {{ }}",
        ];
        return Replace(text, expression.Span, Pick(wrappers, random));
    }

    private static string IfRegion(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var start = random.Next(lines.Count);
        var end = Math.Min(lines.Count, start + random.Next(1, 8));
        switch (random.Next(5))
        {
            case 0:
                lines.Insert(end, "#endif");
                lines.Insert(start, "#if DEBUG");
                break;
            case 1:
                lines.Insert(end, "#endif");
                lines.Insert(start, "#if NOT_DEFINED");
                break;
            case 2:
                lines.Insert(end, "#endif");
                lines.Insert(start + ((end - start) / 2), "#else");
                lines.Insert(start, "#if DEBUG && !RELEASE");
                break;
            case 3:
                lines.Insert(start, Pick(["#if DEBUG", "#endif", "#else", "#elif X", "#region codes", "#pragma warning disable FTP0001"], random));
                break;
            default:
                lines.Insert(end, "#pragma warning restore FTP0001");
                lines.Insert(start, "#pragma warning disable FTP0001");
                break;
        }

        return string.Join('\n', lines);
    }

    // Statements before the first type or namespace: a program with top-level statements (C# 9), sometimes made of
    // the body of one of the file's own methods.
    private static string ToTopLevelStatements(string text, Random random)
    {
        var root = Parse(text);
        var body = root.DescendantNodes().OfType<BlockSyntax>().Where(b => b.Parent is BaseMethodDeclarationSyntax).ToList();
        var statements = body.Count > 0 && random.Next(2) == 0
            ? string.Join('\n', Pick(body, random).Statements.Select(s => s.ToFullString().Trim())) + "\n"
            : Pick(TopLevelStatements, random);
        var usings = root.DescendantNodes().OfType<UsingDirectiveSyntax>().LastOrDefault();
        var at = usings is null ? 0 : usings.FullSpan.End;
        return text.Insert(at, statements);
    }

    private static string ToFileScopedNamespace(string text, Random random)
    {
        var root = Parse(text);
        var block = root.DescendantNodes().OfType<NamespaceDeclarationSyntax>().FirstOrDefault();
        if (block is not null)
        {
            var open = block.OpenBraceToken.Span;
            var close = block.CloseBraceToken.Span;
            var withoutClose = close.Length > 0 ? Replace(text, close, string.Empty) : text;
            return Replace(withoutClose, open, ";");
        }

        var fileScoped = root.DescendantNodes().OfType<FileScopedNamespaceDeclarationSyntax>().FirstOrDefault();
        if (fileScoped is not null)
        {
            // The other way round: a block namespace, sometimes unclosed.
            var withOpen = Replace(text, fileScoped.SemicolonToken.Span, "\n{");
            return random.Next(3) == 0 ? withOpen : withOpen + "\n}\n";
        }

        return "namespace Mutated.Ftp;\n" + text;
    }

    // code == 421 becomes a pattern with combinators: is 421 or 425, is not (421 or 550), relational and list patterns.
    private static string ToPatternCombinator(string text, Random random)
    {
        var comparisons = Parse(text).DescendantNodes()
            .OfType<BinaryExpressionSyntax>()
            .Where(b => (b.IsKind(SyntaxKind.EqualsExpression) || b.IsKind(SyntaxKind.NotEqualsExpression))
                && (b.Right is LiteralExpressionSyntax || b.Left is LiteralExpressionSyntax))
            .ToList();
        if (comparisons.Count == 0)
        {
            return text;
        }

        var comparison = Pick(comparisons, random);
        var (subject, literal) = comparison.Right is LiteralExpressionSyntax right
            ? (comparison.Left.ToString(), right.ToString())
            : (comparison.Right.ToString(), comparison.Left.ToString());
        var other = literal.StartsWith('"') ? "\"421\"" : "425";
        string[] patterns =
        [
            $"{subject} is {literal} or {other}", $"{subject} is not ({literal} or {other})", $"{subject} is not {literal}",
            $"{subject} is ({literal} or {other}) and not 0", $"{subject} is >= 400 and < 600 and not {literal}",
            $"new[] {{ {subject} }} is [{literal}, ..]", $"{subject} is var captured && captured == {literal}",
            $"{subject} switch {{ {literal} or {other} => true, _ => false }}", $"{subject} is {{ }} and {literal}",
            $"({subject}, {subject}) is ({literal}, not {other})",
        ];
        return Replace(text, comparison.Span, Pick(patterns, random));
    }

    private static string InsertCollectionExpression(string text, Random random)
    {
        var blocks = Parse(text).DescendantNodes().OfType<BlockSyntax>().ToList();
        var statement = Pick(CollectionStatements, random);
        if (blocks.Count == 0)
        {
            return text + "\n" + statement + "\n";
        }

        var block = Pick(blocks, random);
        return text.Insert(block.OpenBraceToken.Span.End, "\n" + statement + "\n");
    }

    private string SpliceLine(string text, Random random)
    {
        var donor = seeds[random.Next(seeds.Count)].Text.Split('\n');
        var lines = text.Split('\n').ToList();
        var start = random.Next(donor.Length);
        var count = Math.Min(donor.Length - start, random.Next(1, 6));
        lines.InsertRange(random.Next(lines.Count + 1), donor.Skip(start).Take(count));
        return string.Join('\n', lines);
    }

    private static string Rename(string text, Random random)
    {
        var identifiers = Tokens(text).Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToList();
        if (identifiers.Count == 0)
        {
            return text;
        }

        var name = Pick(identifiers, random).ValueText;
        var into = Pick(RenameTargets, random);
        var result = text;
        foreach (var token in identifiers.Where(t => t.ValueText == name).OrderByDescending(t => t.SpanStart))
        {
            result = Replace(result, token.Span, into);
        }

        return result;
    }

    private static string CharEdit(string text, Random random)
    {
        if (text.Length == 0)
        {
            return "{";
        }

        var at = random.Next(text.Length);
        return random.Next(2) == 0 ? text.Remove(at, 1) : text.Insert(at, Pick(["{", "\"", "(", "@", "$", "#", "\\", "\u0000", "\uFFFF", "\r"], random));
    }
}
