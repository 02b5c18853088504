using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FtpReplyAnalyzers.Tests.FTP0003;

/// <summary>Expected FTP0003 results with their message, for the tests that check what the message says.</summary>
internal static class ReplyClassResults
{
    /// <summary>An FTP0003 warning at markup location <paramref name="markupKey"/> with its two message arguments.</summary>
    public static DiagnosticResult Diagnostic(int markupKey, string what, string advice) =>
        new DiagnosticResult(Descriptors.ReplyClassCheck).WithLocation(markupKey).WithArguments(what, advice).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    /// <summary>An FTP0003 suggestion (a check without a fix) at markup location <paramref name="markupKey"/>.</summary>
    public static DiagnosticResult Suggestion(int markupKey, string what, string advice) =>
        Diagnostic(markupKey, what, advice).WithSeverity(DiagnosticSeverity.Info);
}
