using System.Globalization;
using System.Text;
using FtpReplyAnalyzers.Reliability.Behaviour;

namespace FtpReplyAnalyzers.Reliability.Stress;

/// <summary>
/// Inputs sized to find superlinear work and unbounded recursion: a 10,000-term <c>||</c> chain of comparisons
/// (one left-deep expression) and one of class checks, a 5 MB file of FTP code, 100,000 reply-code literals, deeply nested switch expressions.
/// </summary>
public static class PathologicalInputs
{
    private static readonly int[] Codes = SnippetGenerator.CatalogCodes;

    /// <summary>
    /// <c>replyCode / 100 == 4 || lastCode / 100 == 5 || ...</c>: <paramref name="terms"/> class checks in one chain, of two
    /// values in turn, so that no two neighbours merge and each is reported from its own place (FTP0003).
    /// </summary>
    public static string ClassCheckChain(int terms)
    {
        var text = new StringBuilder("class FtpSession\n{\n    static bool Retry(int replyCode, int lastCode) =>\n        ");
        for (var i = 0; i < terms; i++)
        {
            text.Append(i == 0 ? string.Empty : " || ").Append(i % 2 == 0 ? "replyCode / 100 == 4" : "lastCode / 100 == 5");
            if (i % 8 == 7)
            {
                text.Append("\n        ");
            }
        }

        return text.Append(";\n}\n").ToString();
    }

    /// <summary><c>replyCode == 421 || replyCode == 425 || ...</c>: <paramref name="terms"/> comparisons, each reported.</summary>
    public static string OrChain(int terms)
    {
        var text = new StringBuilder("class FtpSession\n{\n    static bool IsKnown(int replyCode) =>\n        ");
        for (var i = 0; i < terms; i++)
        {
            text.Append(i == 0 ? string.Empty : " || ").Append("replyCode == ").Append(Codes[i % Codes.Length].ToString(CultureInfo.InvariantCulture));
            if (i % 8 == 7)
            {
                text.Append("\n        ");
            }
        }

        return text.Append(";\n}\n").ToString();
    }

    /// <summary>At least <paramref name="bytes"/> of FTP classes, each with comparisons, a switch, casts and string codes.</summary>
    public static string LargeFile(int bytes)
    {
        var text = new StringBuilder("using System.Net;\n\nnamespace Large.Ftp\n{\n");
        for (var type = 0; text.Length < bytes; type++)
        {
            var a = Codes[type % Codes.Length];
            var b = Codes[(type * 7 + 3) % Codes.Length];
            text.Append(CultureInfo.InvariantCulture, $$"""
                    class FtpSession{{type}}
                    {
                        private int lastReplyCode;
                        private string lastCode = "";

                        bool Retry(int replyCode) => replyCode == {{a}} || {{b}} == replyCode || replyCode is 421 or 425 or 426;

                        string Describe(int replyCode)
                        {
                            switch (replyCode)
                            {
                                case {{a}}: return "first";
                                case 0: return "none";
                            }

                            return replyCode switch { 550 => "missing", 530 => "login", _ => "other" };
                        }

                        bool Missing(FtpWebResponse response) => (int)response.StatusCode == 550 || response.StatusCode == (FtpStatusCode)450;
                        bool Denied() => lastCode == "530" || lastReplyCode != 226;
                    }

                """);
        }

        return text.Append("}\n").ToString();
    }

    /// <summary><paramref name="count"/> reply-code literals: a table, plus a comparison for every hundredth.</summary>
    public static string ManyLiterals(int count)
    {
        var table = new StringBuilder("class FtpReplyTable\n{\n    static readonly int[] Codes =\n    {\n");
        var checks = new StringBuilder("    static bool Check(int replyCode)\n    {\n        var hits = 0;\n");
        for (var i = 0; i < count; i++)
        {
            var code = Codes[i % Codes.Length].ToString(CultureInfo.InvariantCulture);
            if (i % 100 == 0)
            {
                checks.Append("        if (replyCode == ").Append(code).Append(") hits++;\n");
            }
            else
            {
                table.Append(code).Append(i % 20 == 19 ? ",\n" : ", ");
            }
        }

        return table.Append("\n    };\n\n").Append(checks).Append("        return hits > 0;\n    }\n}\n").ToString();
    }

    /// <summary><c>replyCode switch { 421 => replyCode switch { ... } }</c>, <paramref name="depth"/> levels deep.</summary>
    public static string NestedSwitches(int depth)
    {
        var text = new StringBuilder("class FtpSession\n{\n    static int Classify(int replyCode) =>\n");
        for (var i = 0; i < depth; i++)
        {
            text.Append("replyCode switch { ").Append(Codes[i % Codes.Length].ToString(CultureInfo.InvariantCulture)).Append(" or 425 => ");
        }

        text.Append(depth.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < depth; i++)
        {
            text.Append(", 550 => ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(", _ => -1 }");
        }

        return text.Append(";\n}\n").ToString();
    }
}
