using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FtpReplyAnalyzers.Context;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// FTP0003: an FTP reply class tested by hand where <c>FtpReplyClass</c> (and a helper of <c>FtpReplyCodes</c>) names it:
    /// <c>code &gt;= 400 &amp;&amp; code &lt; 500</c>, <c>code is &gt;= 400 and &lt; 500</c>, <c>code / 100 == 4</c>,
    /// <c>reply.Code[0] == '4'</c>, <c>reply.Code.StartsWith("4")</c>, and their negations. Only ranges that a helper
    /// tests exactly are reported (<see cref="ReplyClassMatcher"/>), a chain of such checks of one value once
    /// (<see cref="ReplyClassChains"/>), and only where the context model says the value is an FTP reply. Every operation
    /// passes a look at its operator and its operands' constant values first; only a matching shape goes on to the
    /// context model. The fix is offered only where the rewrite is identical for every
    /// value (<see cref="ReplyClassFixPlanner"/>, <see cref="ReplyClassCheckContract"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ReplyClassCheckAnalyzer : ReplyAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.ReplyClassCheck);

        private protected override void Register(CompilationStartAnalysisContext start, ReplyAnalysis analysis)
        {
            var chains = new ReplyClassChains.Memo();
            start.RegisterOperationAction(c => AnalyzeBinary(c, analysis, chains), OperationKind.Binary);
            start.RegisterOperationAction(c => AnalyzeIsPattern(c, analysis, chains), OperationKind.IsPattern);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, analysis, chains), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeSwitch(c, analysis), OperationKind.Switch, OperationKind.SwitchExpression);
        }

        // switch (reply.Code[0]) { case '4': ... }: each class label (one decision for the switch: its labels share the value).
        private static void AnalyzeSwitch(OperationAnalysisContext context, ReplyAnalysis analysis)
        {
            if (ReplyClassMatcher.MatchCaseLabels(context.Operation) is not { } checks)
            {
                return;
            }

            bool? isReply = null;
            foreach (var check in checks)
            {
                isReply ??= analysis.Model.IsFtpReplyValue(check.Subject, check.Operation, context.ContainingSymbol);
                if (isReply == true)
                {
                    Report(context, check, analysis);
                }
            }
        }

        private static void AnalyzeBinary(OperationAnalysisContext context, ReplyAnalysis analysis, ReplyClassChains.Memo chains)
        {
            if (context.Operation is IBinaryOperation binary && ReplyClassMatcher.TryMatch(binary, out var check))
            {
                ReportCheckOrChain(context, check, analysis, chains);
            }
        }

        private static void AnalyzeIsPattern(OperationAnalysisContext context, ReplyAnalysis analysis, ReplyClassChains.Memo chains)
        {
            if (context.Operation is IIsPatternOperation isPattern && ReplyClassMatcher.TryMatch(isPattern, out var check))
            {
                ReportCheckOrChain(context, check, analysis, chains);
            }
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, ReplyAnalysis analysis, ReplyClassChains.Memo chains)
        {
            if (context.Operation is IInvocationOperation invocation && ReplyClassMatcher.TryMatch(invocation, out var check))
            {
                ReportCheckOrChain(context, check, analysis, chains);
            }
        }

        // A chain of checks of one value is one check, reported once: from the first of its links (ReplyClassChains).
        private static void ReportCheckOrChain(OperationAnalysisContext context, in ClassCheck check, ReplyAnalysis analysis, ReplyClassChains.Memo chains)
        {
            if (!ReplyClassChains.IsLink(check))
            {
                Report(context, check, analysis);
            }
            else if (ReplyClassChains.ReportedFrom(check, chains) is { } reported)
            {
                foreach (var link in reported)
                {
                    Report(context, link, analysis);
                }
            }
        }

        private static void Report(OperationAnalysisContext context, in ClassCheck check, ReplyAnalysis analysis)
        {
            if (!analysis.Model.IsFtpReplyValue(check.Subject, check.Operation, context.ContainingSymbol))
            {
                return;
            }

            var knownTypes = analysis.KnownTypes;
            var syntax = check.Operation.Syntax;
            var location = check.Span is { } span ? Location.Create(syntax.SyntaxTree, span) : syntax.GetLocation();
            var helpers = ReplyClassFixPlanner.WritesHelpers(check, FtpAnalyzerOptions.WritesClassHelpers(context.Options, syntax.SyntaxTree));
            var message = new object[] { check.Classes.Describe(check.Negated), Advice(check, knownTypes, helpers) };

            // The operand's location is the fix's other half of the contract: what it compares or passes to the helper.
            // A check no rewrite keeps identical is reported as a suggestion (FixSeverity).
            context.ReportDiagnostic(ReplyClassFixPlanner.Plan(check, knownTypes, helpers) is { } properties
                ? Diagnostic.Create(Descriptors.ReplyClassCheck, location, new[] { check.Subject.Syntax.GetLocation() }, properties, message)
                : Diagnostic.Create(Descriptors.ReplyClassCheck, location, FixSeverity.Of(Descriptors.ReplyClassCheck, fixable: false), additionalLocations: null, properties: null, message));
        }

        // What the message tells the reader to write instead: what the fix writes (or would, on the parsed code of a
        // string), or FluentFTP's own reply type.
        private static string Advice(in ClassCheck check, KnownTypes knownTypes, bool helpers)
        {
            if (check.Kind != ClassCheckKind.Number && FluentFtpTypes(check.Classes) is { } members && IsFluentFtpReplyCode(check.Subject, knownTypes))
            {
                return members.Length == 1
                    ? "FtpReply.Type " + (check.Negated ? "!=" : "==") + " FtpResponseType." + members[0]
                    : "FtpReply.Type is " + (check.Negated ? "not (" : string.Empty) + "FtpResponseType." + string.Join(" or FtpResponseType.", members) + (check.Negated ? ")" : string.Empty);
            }

            var terms = helpers ? check.Classes.Helpers.Select(range => range.Helper) : check.Classes.ClassMembers;
            return check.Kind == ClassCheckKind.Number
                ? ReplyClassCheckContract.Describe(ReplyClassCheckContract.OperandText(check.Subject.Syntax), terms, check.Negated, !helpers)
                : ReplyClassCheckContract.Describe("code", terms, check.Negated, !helpers) + " on the parsed code";
        }

        // FluentFTP's FtpResponseType member of each class, or null where one has none (6yz).
        private static string[]? FluentFtpTypes(ReplyClassSet classes)
        {
            var members = new List<string>();
            for (var digit = 1; digit <= 6; digit++)
            {
                if ((classes.Digits & (1 << digit)) == 0)
                {
                    continue;
                }

                if (ReplyClassRange.OfDigit(digit)?.FluentFtpMember is not { } member)
                {
                    return null;
                }

                members.Add(member);
            }

            return members.ToArray();
        }

        // reply.Code of FluentFTP's FtpReply, in a version whose reply has the Type property (FtpResponseType).
        private static bool IsFluentFtpReplyCode(IOperation subject, KnownTypes knownTypes)
        {
            var reply = knownTypes.FluentFtpReply;
            if (reply is null
                || subject is not IPropertyReferenceOperation { Property.Name: "Code" } code
                || !SymbolEqualityComparer.Default.Equals(code.Property.ContainingType, reply))
            {
                return false;
            }

            foreach (var member in reply.GetMembers("Type"))
            {
                if (member is IPropertySymbol { Type: { Name: "FtpResponseType", TypeKind: TypeKind.Enum } })
                {
                    return true;
                }
            }

            return false;
        }
    }
}
