using System.Globalization;
using System.Text;

namespace FtpReplyAnalyzers.Tests.CodeTable;

/// <summary>
/// Renders the files derived from the catalog: the FtpReplyCode enum, its string constants and docs/reply-codes.md. The tests in
/// <see cref="CodeTableTests"/> compare them with the checked-in files (and rewrite them when asked to).
/// </summary>
internal static class CodeTableRenderer
{
    public const string EnumPath = "src/FtpReplyAnalyzers.ReplyCodes/FtpReplyCode.g.cs";
    public const string StringsPath = "src/FtpReplyAnalyzers.ReplyCodes/FtpReplyCodeStrings.g.cs";
    public const string ReferencePagePath = "docs/reply-codes.md";

    private const string RegenerateHint =
        "Generated from src/FtpReplyAnalyzers.ReplyCodes/Catalog/ReplyCodeCatalog.cs: edit the catalog, then run\n"
        + "FTP_UPDATE_GENERATED=1 dotnet test tests/FtpReplyAnalyzers.Tests --filter FullyQualifiedName~CodeTable";

    // A generated C# file's start: the hint to regenerate it, and the namespace opened.
    private static StringBuilder StartSource()
    {
        var text = new StringBuilder();
        foreach (var line in RegenerateHint.Split('\n'))
        {
            text.Append("// ").Append(line).Append('\n');
        }

        return text.Append("namespace FtpReplyAnalyzers\n{\n");
    }

    public static string RenderEnum(IReadOnlyList<ReplyCodeDefinition> catalog)
    {
        var text = StartSource();
        text.Append("    /// <summary>\n");
        text.Append("    /// FTP reply codes, one member per number: RFC 959 and the RFCs that extend it (2228, 2428, 1639, 3659,\n");
        text.Append("    /// 4217, 1123), plus two codes that servers widely send although no RFC defines them (430, 434).\n");
        text.Append("    /// Each member's documentation says what the reply means, when servers send it and how to handle it.\n");
        text.Append("    /// </summary>\n");
        text.Append("    /// <remarks>\n");
        text.Append("    /// The values are the codes themselves, so <c>(int)FtpReplyCode.FileUnavailable == 550</c> and\n");
        text.Append("    /// <c>(System.Net.FtpStatusCode)FtpReplyCode.FileUnavailable</c> is the BCL's member of the same code.\n");
        text.Append("    /// <see cref=\"FtpReplyCodes\"/> has helpers for reply classes, meanings and parsing.\n");
        text.Append("    /// </remarks>\n");
        text.Append("    public enum FtpReplyCode\n    {\n");
        for (var i = 0; i < catalog.Count; i++)
        {
            var code = catalog[i];
            if (i > 0)
            {
                text.Append('\n');
            }

            text.Append("        /// <summary>\n");
            text.Append("        /// ").Append(code.CodeText).Append(": ").Append(Xml(Capitalize(code.Meaning))).Append(". ")
                .Append(Capitalize(ReplyCodeCatalog.ClassName(code.ClassDigit))).Append(" reply; ")
                .Append(Xml(code.Source)).Append('.').Append('\n');
            text.Append("        /// </summary>\n");
            text.Append("        /// <remarks>\n");
            text.Append("        /// <para><b>When you see it:</b> ").Append(Xml(code.SeenWhen)).Append("</para>\n");
            text.Append("        /// <para><b>How to handle it:</b> ").Append(Xml(code.Handling)).Append("</para>\n");
            foreach (var other in code.OtherMeanings)
            {
                text.Append("        /// <para><b>Also used for:</b> ").Append(Xml(other)).Append("</para>\n");
            }

            if (!code.IsStandard)
            {
                text.Append("        /// <para><b>Non-standard:</b> no RFC defines this code; servers send it all the same.</para>\n");
            }

            if (code.BclName is not null)
            {
                text.Append("        /// <para>Same value as <see cref=\"System.Net.FtpStatusCode.").Append(code.BclName).Append("\"/>.</para>\n");
            }

            text.Append("        /// </remarks>\n");
            text.Append("        ").Append(code.Name).Append(" = ").Append(code.CodeText).Append(",\n");
        }

        text.Append("    }\n}\n");
        return text.ToString();
    }

    public static string RenderStrings(IReadOnlyList<ReplyCodeDefinition> catalog)
    {
        var text = StartSource();
        text.Append("    /// <summary>\n");
        text.Append("    /// The FTP reply codes as the strings a reply starts with, one constant per member of <see cref=\"FtpReplyCode\"/>\n");
        text.Append("    /// and with the same name: <c>reply.Code == FtpReplyCodeStrings.FileUnavailable</c>.\n");
        text.Append("    /// </summary>\n");
        text.Append("    /// <remarks>\n");
        text.Append("    /// Constants compile to the literal itself, so code that uses them needs nothing of this library at run time, and\n");
        text.Append("    /// they go where only a constant may: <c>case FtpReplyCodeStrings.FileUnavailable:</c>, attribute arguments, default\n");
        text.Append("    /// values, <c>const</c> reply texts (<c>FtpReplyCodeStrings.ServiceReady + \" Ready\"</c>).\n");
        text.Append("    /// </remarks>\n");
        text.Append("    public static class FtpReplyCodeStrings\n    {\n");
        for (var i = 0; i < catalog.Count; i++)
        {
            var code = catalog[i];
            if (i > 0)
            {
                text.Append('\n');
            }

            text.Append("        /// <summary>").Append(code.CodeText).Append(": ").Append(Xml(Capitalize(code.Meaning))).Append(" (<see cref=\"FtpReplyCode.")
                .Append(code.Name).Append("\"/>).</summary>\n");
            text.Append("        public const string ").Append(code.Name).Append(" = \"").Append(code.CodeText).Append("\";\n");
        }

        text.Append("    }\n}\n");
        return text.ToString();
    }

    public static string RenderReferencePage(IReadOnlyList<ReplyCodeDefinition> catalog)
    {
        var text = new StringBuilder();
        text.Append("# FTP reply codes\n\n");
        text.Append("<!-- ").Append(RegenerateHint.Replace("\n", " ", StringComparison.Ordinal)).Append(" -->\n\n");
        text.Append("Every reply code that `FtpReplyCode` declares and FTP0001 reports, with its reply class (the first digit,\n");
        text.Append("RFC 959 §4.2.1) and the member of `System.Net.FtpStatusCode` with the same value where the BCL has one.\n");
        text.Append(CultureInfo.InvariantCulture, $"{catalog.Count} codes: {catalog.Count(c => c.IsStandard)} defined by RFCs, ");
        text.Append(CultureInfo.InvariantCulture, $"{catalog.Count(c => !c.IsStandard)} non-standard but widely sent.\n\n");
        text.Append("FTP0001's message names a code's class and, in a few words, what a client does with a reply of that class\n");
        text.Append("(the section of each code below says more, and where the code differs from its class):\n\n");
        text.Append("| Class | Name | What to do |\n");
        text.Append("|-------|------|------------|\n");
        foreach (var classDigit in catalog.Select(c => c.ClassDigit).Distinct())
        {
            text.Append(CultureInfo.InvariantCulture, $"| {classDigit}yz | ")
                .Append(ReplyCodeCatalog.ClassName(classDigit)).Append(" | ")
                .Append(ReplyCodeCatalog.ClassHandling(classDigit)).Append(" |\n");
        }

        text.Append("\nThe codes:\n\n");
        text.Append("| Code | `FtpReplyCode` member | Class | Meaning | Source | `FtpStatusCode` member |\n");
        text.Append("|------|-----------------------|-------|---------|--------|------------------------|\n");
        foreach (var code in catalog)
        {
            text.Append("| [").Append(code.CodeText).Append("](#").Append(code.CodeText).Append(") | `")
                .Append(code.Name).Append("` | ")
                .Append(ReplyCodeCatalog.ClassName(code.ClassDigit)).Append(" | ")
                .Append(Markdown(code.Meaning)).Append(" | ")
                .Append(Markdown(code.Source)).Append(" | ")
                .Append(code.BclName is null ? "(none)" : "`" + code.BclName + "`").Append(" |\n");
        }

        foreach (var code in catalog)
        {
            text.Append("\n## ").Append(code.CodeText).Append("\n\n");
            text.Append("`FtpReplyCode.").Append(code.Name).Append("`: ").Append(Markdown(Capitalize(code.Meaning))).Append(". ")
                .Append(Capitalize(ReplyCodeCatalog.ClassName(code.ClassDigit))).Append(" reply; ")
                .Append(Markdown(code.Source)).Append(".\n\n");
            text.Append("- **When you see it:** ").Append(Markdown(code.SeenWhen)).Append('\n');
            text.Append("- **How to handle it:** ").Append(Markdown(code.Handling)).Append('\n');
            foreach (var other in code.OtherMeanings)
            {
                text.Append("- **Also used for:** ").Append(Markdown(other)).Append('\n');
            }

            if (!code.IsStandard)
            {
                text.Append("- **Non-standard:** no RFC defines this code; servers send it all the same.\n");
            }
        }

        return text.ToString();
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string Xml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Markdown(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
