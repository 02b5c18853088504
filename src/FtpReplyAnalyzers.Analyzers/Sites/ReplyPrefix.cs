using FtpReplyAnalyzers.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Sites
{
    /// <summary>
    /// A prefix test of a string: <c>response.StartsWith("220")</c>, <c>line.StartsWith("211-", StringComparison.Ordinal)</c>,
    /// <c>reply?.StartsWith("550") == true</c>. The string tested is the subject, as the other operand is for <c>==</c>.
    /// </summary>
    internal static class ReplyPrefix
    {
        /// <summary>
        /// True when <paramref name="argument"/> is the prefix that <c>string.StartsWith</c> looks for (any overload that
        /// takes a string first), with the string tested in <paramref name="subject"/>.
        /// </summary>
        public static bool TryGetSubject(IArgumentOperation argument, out IOperation subject)
        {
            subject = null!;
            if (argument.Parent is not IInvocationOperation { TargetMethod: { Name: "StartsWith", IsStatic: false } method, Instance: { } instance }
                || method.ContainingType?.SpecialType != SpecialType.System_String
                || argument.Parameter is not { Ordinal: 0, Type.SpecialType: SpecialType.System_String })
            {
                return false;
            }

            // reply?.StartsWith("550"): the string tested is what the conditional access reads.
            if (instance is IConditionalAccessInstanceOperation)
            {
                subject = OperationFacts.ConditionalAccessReceiver(instance)!;
                return subject is not null;
            }

            subject = instance;
            return true;
        }
    }
}
