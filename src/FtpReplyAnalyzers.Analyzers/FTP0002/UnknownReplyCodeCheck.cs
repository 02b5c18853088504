using System.Text;
using FtpReplyAnalyzers.Codes;
using FtpReplyAnalyzers.Context;
using FtpReplyAnalyzers.Sites;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.FTP0002
{
    /// <summary>
    /// FTP0002: a three-digit number where the code tests or produces an FTP reply, but that no RFC defines
    /// (<c>reply == 256</c>, <c>(FtpStatusCode)299</c>). Same sites and the same context model as FTP0001, so a number
    /// that is not in an FTP reply position is never reported; the message names the nearest defined codes.
    /// It runs inside FTP0001's analyzer, on the literals whose value that analyzer has already read and found in no
    /// RFC: as an analyzer of its own it paid the driver's per-literal callback and a second read of every literal's
    /// token, about a tenth of all our rules' time on the benchmark's corpus for a rule that almost never reports.
    /// </summary>
    internal static class UnknownReplyCodeCheck
    {
        private const int Suggestions = 2;

        /// <summary>
        /// The literal at <paramref name="context"/>'s operation holds <paramref name="code"/>, which no RFC defines
        /// (<see cref="ReplyCodeIndex.Find(int)"/> said so).
        /// </summary>
        public static void Analyze(OperationAnalysisContext context, ReplyAnalysis analysis, int code)
        {
            var literal = context.Operation;
            if (literal.Kind != OperationKind.Literal
                || !IsUndefinedReplyNumber(code)
                || !ReplySiteLocator.TryLocate(literal, analysis.KnownTypes, out var site)
                || !analysis.Model.IsFtpReply(site, context.ContainingSymbol)
                || !FtpAnalyzerOptions.ReportsUnknownCodes(context.Options, literal.Syntax.SyntaxTree))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UnknownReplyCode,
                literal.Syntax.GetLocation(),
                code.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DescribeNearest(code)));
        }

        // 100 to 699 (the caller has found no RFC that defines it). The round hundreds are the RFC's class headings (1yz,
        // 3yz...), which code uses as bounds, never as replies: they are left alone.
        private static bool IsUndefinedReplyNumber(int code) => code >= 100 && code <= 699 && code % 100 != 0;

        private static string DescribeNearest(int code)
        {
            var text = new StringBuilder();
            var nearest = ReplyCodeIndex.Nearest(code, Suggestions);
            for (var i = 0; i < nearest.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(" or ");
                }

                text.Append(nearest[i].CodeText).Append(" (").Append(nearest[i].Meaning).Append(')');
            }

            return text.ToString();
        }
    }
}
