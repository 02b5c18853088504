using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Context
{
    /// <summary>
    /// A little data flow inside one operation tree (a method body, a field initialiser): where a local's value comes
    /// from, and what a local function's callers pass it. Only used after a literal passed the cheap filters.
    /// </summary>
    internal static class LocalDefinitions
    {
        /// <summary>
        /// The value a local starts with: its initialiser (<c>var code = reply.Code;</c>), the text parsed into it
        /// (<c>int.TryParse(reply.Code, out var code)</c>) or the value deconstructed into it (<c>var (code, text) = Send("PASV");</c>).
        /// </summary>
        public static IOperation? FindSource(ILocalReferenceOperation reference)
        {
            var local = reference.Local;
            foreach (var operation in Root(reference).Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        return declarator.GetVariableInitializer()?.Value;

                    case ILocalReferenceOperation { IsDeclaration: true } declared
                        when SymbolEqualityComparer.Default.Equals(declared.Local, local):
                        return DeclaredFrom(declared);
                }
            }

            return null;
        }

        /// <summary>The arguments that calls of a local function pass for one of its parameters.</summary>
        public static IEnumerable<IOperation> FindArguments(IOperation within, IMethodSymbol localFunction, int ordinal)
        {
            foreach (var operation in Root(within).Descendants())
            {
                if (operation is IInvocationOperation invocation
                    && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, localFunction.OriginalDefinition))
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Parameter?.Ordinal == ordinal)
                        {
                            yield return argument.Value;
                        }
                    }
                }
            }
        }

        private static IOperation Root(IOperation operation)
        {
            while (operation.Parent is not null)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        private static IOperation? DeclaredFrom(IOperation declaration)
        {
            var parent = declaration.Parent;
            while (parent is IDeclarationExpressionOperation || parent is ITupleOperation)
            {
                parent = parent.Parent;
            }

            switch (parent)
            {
                // var (code, text) = Send("PASV");
                case IDeconstructionAssignmentOperation deconstruction:
                    return deconstruction.Value;

                // int.TryParse(text, out var code) and friends: the code comes from the first argument.
                case IArgumentOperation { Parent: IInvocationOperation invocation }
                    when invocation.TargetMethod.Name == "TryParse" && invocation.Arguments.Length >= 2:
                    return invocation.Arguments[0].Value;

                default:
                    return null;
            }
        }
    }
}
