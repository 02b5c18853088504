using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace FtpReplyAnalyzers.Tests.CodeTable;

/// <summary>
/// One source of truth: the catalog. The enum, the library's meanings, docs/reply-codes.md and the analyzer's
/// messages must all say what the catalog says.
/// </summary>
public sealed partial class CodeTableTests
{
    // RFC 959 §4.2.2 and Appendix II, RFC 2228 §5, RFC 2428, RFC 1639, RFC 3659 (no new codes), RFC 4217, RFC 1123 §4.1.3.4.
    private static readonly int[] StandardCodes =
    [
        110, 120, 125, 150,
        200, 202, 211, 212, 213, 214, 215, 220, 221, 225, 226, 227, 228, 229, 230, 232, 234, 235, 250, 257,
        331, 332, 334, 335, 336, 350,
        421, 425, 426, 431, 450, 451, 452,
        500, 501, 502, 503, 504, 521, 522, 530, 532, 533, 534, 535, 536, 537, 550, 551, 552, 553, 554,
        631, 632, 633,
    ];

    // Sent by real servers although no RFC defines them; documented as non-standard.
    private static readonly int[] NonStandardCodes = [430, 434];

    [Fact]
    public void Catalog_has_every_standard_code_and_only_the_documented_non_standard_ones()
    {
        Assert.Equal(59, StandardCodes.Length);
        Assert.Equal(StandardCodes, ReplyCodeCatalog.All.Where(c => c.IsStandard).Select(c => c.Code));
        Assert.Equal(NonStandardCodes, ReplyCodeCatalog.All.Where(c => !c.IsStandard).Select(c => c.Code));
    }

    [Fact]
    public void Catalog_is_ordered_unique_and_well_formed()
    {
        var codes = ReplyCodeCatalog.All.Select(c => c.Code).ToArray();
        Assert.Equal(codes.Order(), codes);
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.Equal(codes.Length, ReplyCodeCatalog.All.Select(c => c.Name).Distinct().Count());
        foreach (var code in ReplyCodeCatalog.All)
        {
            Assert.InRange(code.Code, 110, 699);
            Assert.Matches(IdentifierPattern(), code.Name);
            Assert.False(string.IsNullOrWhiteSpace(code.Source), code.Name);
            Assert.False(string.IsNullOrWhiteSpace(code.SeenWhen), code.Name);
            Assert.False(string.IsNullOrWhiteSpace(code.Handling), code.Name);

            // The meaning is quoted inside the diagnostic message and must read as a phrase there.
            Assert.DoesNotContain('"', code.Meaning);
            Assert.False(code.Meaning.EndsWith('.'), code.Name);
            Assert.InRange(code.Meaning.Length, 5, 80);
        }
    }

    [Fact]
    public void Numbers_with_several_meanings_document_all_of_them()
    {
        var withOthers = ReplyCodeCatalog.All.Where(c => c.OtherMeanings.Length > 0).Select(c => c.Code);
        Assert.Equal([232, 521, 522, 534], withOthers);
    }

    [Fact]
    public void Every_class_says_in_a_few_words_what_a_client_does_with_its_replies()
    {
        // Issue 16's words: they follow the class inside the one-line FTP0001 message, "(transient negative: retry later)".
        string[] expected = ["another reply follows", "done", "send the next command", "retry later", "do not retry as is", "decode it first"];
        Assert.Equal(expected, Enumerable.Range(1, 6).Select(ReplyCodeCatalog.ClassHandling));
        foreach (var digit in ReplyCodeCatalog.All.Select(c => c.ClassDigit).Distinct())
        {
            var words = ReplyCodeCatalog.ClassHandling(digit);
            Assert.Matches(ClassWordsPattern(), words);
            Assert.InRange(words.Split(' ').Length, 1, 5);
            Assert.Equal(ReplyCodeCatalog.ClassName(digit) + ": " + words, ReplyCodeCatalog.DescribeClass(digit));
        }
    }

    [Fact]
    public void Enum_declares_exactly_the_catalog()
    {
        var members = Enum.GetValues<FtpReplyCode>().Select(v => ((int)v, v.ToString()));
        Assert.Equal(ReplyCodeCatalog.All.Select(c => (c.Code, c.Name)), members);
    }

    [Fact]
    public void Bcl_names_are_those_of_System_Net_FtpStatusCode()
    {
        foreach (var code in ReplyCodeCatalog.All)
        {
            Assert.Equal(Enum.GetName((FtpStatusCode)code.Code), code.BclName);
        }

        // And the catalog knows every code the BCL knows.
        var bclCodes = Enum.GetValues<FtpStatusCode>().Where(v => v != FtpStatusCode.Undefined).Select(v => (int)v);
        Assert.All(bclCodes, c => Assert.Contains(ReplyCodeCatalog.All, d => d.Code == c));
    }

    [Fact]
    public void Library_meanings_and_classes_come_from_the_catalog()
    {
        foreach (var code in ReplyCodeCatalog.All)
        {
            var member = (FtpReplyCode)code.Code;
            Assert.Equal(code.Meaning, member.GetMeaning());
            Assert.Equal(code.CodeText, member.ToCodeString());
            Assert.Equal((FtpReplyClass)code.ClassDigit, member.GetReplyClass());
            Assert.True(FtpReplyCodes.IsDefined(code.Code));
        }
    }

    [Fact]
    public void Enum_source_is_generated_from_the_catalog() =>
        AssertGenerated(CodeTableRenderer.EnumPath, CodeTableRenderer.RenderEnum(ReplyCodeCatalog.All));

    [Fact]
    public void String_constants_are_generated_from_the_catalog() =>
        AssertGenerated(CodeTableRenderer.StringsPath, CodeTableRenderer.RenderStrings(ReplyCodeCatalog.All));

    [Fact]
    public void Each_string_constant_is_its_members_code_string()
    {
        var constants = typeof(FtpReplyCodeStrings).GetFields().ToDictionary(f => f.Name, f => (string?)f.GetRawConstantValue());
        Assert.Equal(ReplyCodeCatalog.All.Length, constants.Count);
        foreach (var code in ReplyCodeCatalog.All)
        {
            Assert.Equal(((FtpReplyCode)code.Code).ToCodeString(), constants[code.Name]);
        }
    }

    [Fact]
    public void Reference_page_is_generated_from_the_catalog() =>
        AssertGenerated(CodeTableRenderer.ReferencePagePath, CodeTableRenderer.RenderReferencePage(ReplyCodeCatalog.All));

    /// <summary>The checked-in file at <paramref name="relativePath"/> is <paramref name="expected"/> (rewritten when asked to).</summary>
    internal static void AssertGenerated(string relativePath, string expected)
    {
        var path = RepositoryFiles.PathOf(relativePath);
        if (Environment.GetEnvironmentVariable("FTP_UPDATE_GENERATED") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : "(missing)";
        Assert.True(
            expected == actual,
            $"{relativePath} is out of date with the catalog. Run: FTP_UPDATE_GENERATED=1 dotnet test tests/FtpReplyAnalyzers.Tests --filter FullyQualifiedName~CodeTable");
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]+$")]
    private static partial Regex IdentifierPattern();

    // Lower-case words and spaces only: no parenthesis, colon or line break to break the message around them.
    [GeneratedRegex("^[a-z]+( [a-z]+)*$")]
    private static partial Regex ClassWordsPattern();
}
