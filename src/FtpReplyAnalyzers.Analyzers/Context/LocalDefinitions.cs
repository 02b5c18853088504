using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Context
{
    /// <summary>
    /// Where a local's value comes from: its initialiser (<c>var code = reply.Code;</c>) or the text parsed into it
    /// (<c>int.TryParse(reply.Code, out var code)</c>). Only looked up after a literal passed the cheap filters.
    /// </summary>
    internal static class LocalDefinitions
    {
        public static IOperation? FindSource(ILocalReferenceOperation reference)
        {
            var root = (IOperation)reference;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            var local = reference.Local;
            foreach (var operation in root.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        return declarator.GetVariableInitializer()?.Value;

                    case ILocalReferenceOperation { IsDeclaration: true } declared
                        when SymbolEqualityComparer.Default.Equals(declared.Local, local):
                        return ParsedText(declared);
                }
            }

            return null;
        }

        // int.TryParse(text, out var code) and friends: the code comes from the first argument.
        private static IOperation? ParsedText(IOperation declaration)
        {
            var argument = declaration.Parent is IDeclarationExpressionOperation ? declaration.Parent.Parent : declaration.Parent;
            if (argument is IArgumentOperation { Parent: IInvocationOperation invocation }
                && invocation.TargetMethod.Name == "TryParse"
                && invocation.Arguments.Length >= 2)
            {
                return invocation.Arguments[0].Value;
            }

            return null;
        }
    }
}
