using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Context
{
    /// <summary>
    /// A little data flow inside one operation tree (a method body, a field initialiser): where each local's value
    /// comes from, and what a local function's callers pass it. Built once per tree, on the first literal that needs
    /// it, so a body with thousands of reply-code literals is still walked once.
    /// </summary>
    internal sealed class OperationTreeIndex
    {
        private readonly Dictionary<ILocalSymbol, IOperation?> localSources = new Dictionary<ILocalSymbol, IOperation?>(SymbolEqualityComparer.Default);
        private readonly Dictionary<IMethodSymbol, List<IInvocationOperation>> localFunctionCalls =
            new Dictionary<IMethodSymbol, List<IInvocationOperation>>(SymbolEqualityComparer.Default);

        private OperationTreeIndex(IOperation root)
        {
            foreach (var operation in root.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when !localSources.ContainsKey(declarator.Symbol):
                        localSources.Add(declarator.Symbol, declarator.GetVariableInitializer()?.Value);
                        break;

                    case ILocalReferenceOperation { IsDeclaration: true } declared when !localSources.ContainsKey(declared.Local):
                        localSources.Add(declared.Local, DeclaredFrom(declared));
                        break;

                    case IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } call:
                        var target = call.TargetMethod.OriginalDefinition;
                        if (!localFunctionCalls.TryGetValue(target, out var calls))
                        {
                            calls = new List<IInvocationOperation>();
                            localFunctionCalls.Add(target, calls);
                        }

                        calls.Add(call);
                        break;
                }
            }
        }

        /// <summary>
        /// The index of the tree that <paramref name="operation"/> belongs to, from a cache that the caller keeps per
        /// compilation (weakly keyed by the tree's root, so it lives no longer than the trees).
        /// </summary>
        public static OperationTreeIndex Of(IOperation operation, ConditionalWeakTable<IOperation, OperationTreeIndex> cache)
        {
            while (operation.Parent is not null)
            {
                operation = operation.Parent;
            }

            return cache.GetValue(operation, root => new OperationTreeIndex(root));
        }

        /// <summary>
        /// The value a local starts with: its initialiser (<c>var code = reply.Code;</c>), the text parsed into it
        /// (<c>int.TryParse(reply.Code, out var code)</c>) or the value deconstructed into it (<c>var (code, text) = Send("PASV");</c>).
        /// </summary>
        public IOperation? SourceOf(ILocalSymbol local) => localSources.TryGetValue(local, out var source) ? source : null;

        /// <summary>The arguments that calls of a local function pass for one of its parameters.</summary>
        public IEnumerable<IOperation> ArgumentsOf(IMethodSymbol localFunction, int ordinal)
        {
            if (!localFunctionCalls.TryGetValue(localFunction.OriginalDefinition, out var calls))
            {
                yield break;
            }

            foreach (var call in calls)
            {
                foreach (var argument in call.Arguments)
                {
                    if (argument.Parameter?.Ordinal == ordinal)
                    {
                        yield return argument.Value;
                    }
                }
            }
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
