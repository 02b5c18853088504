using System.Collections.Immutable;
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
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnknownReplyCodeAnalyzer : ReplyAnalyzer
    {
        private const int Suggestions = 2;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UnknownReplyCode);

        private protected override void Register(CompilationStartAnalysisContext start, ReplyAnalysis analysis) =>
            start.RegisterOperationAction(operationContext => AnalyzeLiteral(operationContext, analysis), OperationKind.Literal);

        private static void AnalyzeLiteral(OperationAnalysisContext context, ReplyAnalysis analysis)
        {
            var literal = context.Operation;
            if (!ReplyCodeIndex.TryReadLiteral(literal, out var code)
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

        // 100 to 699 but not defined. The round hundreds are the RFC's class headings (1yz, 3yz...), which code uses
        // as bounds, never as replies: they are left alone.
        private static bool IsUndefinedReplyNumber(int code) =>
            code >= 100 && code <= 699 && code % 100 != 0 && ReplyCodeIndex.Find(code) is null;

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
