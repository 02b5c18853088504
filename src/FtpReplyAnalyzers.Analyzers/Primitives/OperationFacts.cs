using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Primitives
{
    /// <summary>Facts about where an operation stands that more than one rule's fix planning asks.</summary>
    internal static class OperationFacts
    {
        /// <summary>
        /// The value a conditional access reads, for the receiver it hands its member (<c>reply?.Code</c>: <c>reply</c>,
        /// for the <see cref="IConditionalAccessInstanceOperation"/> under <c>.Code</c>); null outside one.
        /// </summary>
        public static IOperation? ConditionalAccessReceiver(IOperation instance)
        {
            for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation conditional)
                {
                    return conditional.Operation;
                }
            }

            return null;
        }

        /// <summary>
        /// True inside the argument of <c>nameof(...)</c>, which is never run: only broken code puts a literal there
        /// (a reply code typed into it mid-edit), and no rewrite of it compiles (found by the reliability harness, seed 16).
        /// </summary>
        public static bool IsInNameOf(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null && parent is not IBlockOperation; parent = parent.Parent)
            {
                if (parent is INameOfOperation)
                {
                    return true;
                }
            }

            return false;
        }

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

        /// <summary>
        /// True where C# needs a constant expression (a const field or local, an attribute argument, a parameter's
        /// default value): a method call written there (<c>FtpReplyCodes.IsTransientNegative(code)</c>)
        /// does not compile, so no fix is offered.
        /// </summary>
        public static bool IsInConstantContext(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                switch (parent)
                {
                    case IAttributeOperation _:
                    case IParameterInitializerOperation _:
                        return true;
                    case IFieldInitializerOperation field:
                        foreach (var initialized in field.InitializedFields)
                        {
                            if (initialized.IsConst)
                            {
                                return true;
                            }
                        }

                        return false;
                    case IVariableDeclaratorOperation declarator when declarator.Symbol.IsConst:
                        return true;
                    case IVariableDeclarationOperation declaration:
                        foreach (var declared in declaration.Declarators)
                        {
                            if (declared.Symbol.IsConst)
                            {
                                return true;
                            }
                        }

                        return false;
                }
            }

            // An attribute argument's tree may have no attribute operation above it in older compilers: ask the syntax.
            for (var node = operation.Syntax.Parent; node is not null; node = node.Parent)
            {
                if (node is AttributeArgumentSyntax)
                {
                    return true;
                }

                if (node is StatementSyntax || node is MemberDeclarationSyntax)
                {
                    return false;
                }
            }

            return false;
        }
    }
}
