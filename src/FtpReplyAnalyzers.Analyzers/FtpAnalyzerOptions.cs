using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers
{
    /// <summary>
    /// The package's <c>.editorconfig</c> options, all under <c>ftp_reply_analyzers.</c>. They are read only where a rule is
    /// about to report, so a file without FTP code never pays for them. Unknown values fall back to the default.
    /// </summary>
    internal static class FtpAnalyzerOptions
    {
        /// <summary><c>bundled</c> (default): the fix writes <c>FtpReplyCode</c>; <c>bcl</c>: <c>System.Net.FtpStatusCode</c> where it has the member.</summary>
        public const string FixTargetKey = "ftp_reply_analyzers.fix_target";

        /// <summary>
        /// <c>inline</c> (default): FTP0003's fix compares the hundreds with <c>FtpReplyClass</c>, which compiles to numbers;
        /// <c>helpers</c>: it calls <c>FtpReplyCodes</c>, which the program then needs at run time.
        /// </summary>
        public const string ClassCheckFixKey = "ftp_reply_analyzers.class_check_fix";

        /// <summary><c>true</c> (default) or <c>false</c>: whether FTP0002 reports numbers no RFC defines.</summary>
        public const string ReportUnknownCodesKey = "ftp_reply_analyzers.report_unknown_codes";

        /// <summary>True when the user asked the fix to write <c>System.Net.FtpStatusCode</c> members.</summary>
        public static bool PrefersBclEnum(Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions options, SyntaxTree tree) =>
            TryGet(options, tree, FixTargetKey, out var value) && string.Equals(value.Trim(), "bcl", System.StringComparison.OrdinalIgnoreCase);

        /// <summary>True when the user asked FTP0003's fix to call the helpers of <c>FtpReplyCodes</c>.</summary>
        public static bool WritesClassHelpers(Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions options, SyntaxTree tree) =>
            TryGet(options, tree, ClassCheckFixKey, out var value) && string.Equals(value.Trim(), "helpers", System.StringComparison.OrdinalIgnoreCase);

        /// <summary>False only when the user switched FTP0002's unknown-code reports off.</summary>
        public static bool ReportsUnknownCodes(Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions options, SyntaxTree tree) =>
            !(TryGet(options, tree, ReportUnknownCodesKey, out var value) && string.Equals(value.Trim(), "false", System.StringComparison.OrdinalIgnoreCase));

        private static bool TryGet(Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions options, SyntaxTree tree, string key, out string value)
        {
            value = string.Empty;
            return options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(key, out value!) && value is not null;
        }
    }
}
