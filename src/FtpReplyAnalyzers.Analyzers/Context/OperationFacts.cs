using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Context
{
    /// <summary>Facts about where an operation stands that more than one rule's fix planning asks.</summary>
    internal static class OperationFacts
    {
        /// <summary>
        /// True inside an <c>Expression&lt;...&gt;</c>: a rewrite there (a method call for a constant, a helper for a
        /// comparison) changes the tree a query provider translates, so no fix is offered.
        /// </summary>
        public static bool IsInExpressionTree(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent.Type is INamedTypeSymbol { Name: "Expression", Arity: 1 } type
                    && type.ContainingNamespace?.ToDisplayString() == "System.Linq.Expressions")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
