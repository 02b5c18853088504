using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Evidence
{
    /// <summary>
    /// A little data flow inside one operation tree (a method body, a field initialiser): where each local's value
    /// comes from, and what a local function's callers pass it. Made once per tree, on the first literal that needs
    /// it, so a body with thousands of reply-code literals is still walked at most once; and walked only as far as
    /// the questions asked so far need (locals are declared before they are used), so a question about the first
    /// locals of a long body does not pay for the rest of it.
    /// </summary>
    internal sealed class OperationTreeIndex
    {
        private readonly Dictionary<ILocalSymbol, IOperation?> localSources = new Dictionary<ILocalSymbol, IOperation?>(SymbolEqualityComparer.Default);

        // Made when the first local function call is found: most bodies call none.
        private Dictionary<IMethodSymbol, List<IInvocationOperation>>? localFunctionCalls;

        // The walk, paused where the last question was answered: each operation before its children, children in
        // order (the order of Descendants()), on a stack of the tree's own struct enumerators. Null once complete.
        private List<IOperation.OperationList.Enumerator>? pendingWalk;

        private OperationTreeIndex(IOperation root)
        {
            pendingWalk = new List<IOperation.OperationList.Enumerator> { root.ChildOperations.GetEnumerator() };
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
        public IOperation? SourceOf(ILocalSymbol local)
        {
            lock (localSources)
            {
                if (localSources.TryGetValue(local, out var source))
                {
                    return source;
                }

                return Walk(until: local) && localSources.TryGetValue(local, out source) ? source : null;
            }
        }

        /// <summary>The arguments that calls of a local function pass for one of its parameters.</summary>
        public IEnumerable<IOperation> ArgumentsOf(IMethodSymbol localFunction, int ordinal)
        {
            lock (localSources)
            {
                Walk(until: null);
            }

            return ArgumentsOfCalls(localFunctionCalls, localFunction, ordinal);
        }

        private static IEnumerable<IOperation> ArgumentsOfCalls(Dictionary<IMethodSymbol, List<IInvocationOperation>>? calls, IMethodSymbol localFunction, int ordinal)
        {
            if (calls is null || !calls.TryGetValue(localFunction.OriginalDefinition, out var callsOfFunction))
            {
                yield break;
            }

            foreach (var call in callsOfFunction)
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

        // Goes on with the walk until the first declaration of `until` is indexed (true) or the tree ends (false).
        private bool Walk(ILocalSymbol? until)
        {
            var stack = pendingWalk;
            while (stack is not null && stack.Count > 0)
            {
                var top = stack.Count - 1;
                var children = stack[top];
                if (!children.MoveNext())
                {
                    stack.RemoveAt(top);
                    continue;
                }

                stack[top] = children;
                var operation = children.Current;
                stack.Add(operation.ChildOperations.GetEnumerator());
                if (Index(operation) is { } declared && until is not null && SymbolEqualityComparer.Default.Equals(declared, until))
                {
                    return true;
                }
            }

            pendingWalk = null;
            return false;
        }

        // Records what one operation says; returns the local it declared first, if any.
        private ILocalSymbol? Index(IOperation operation)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when !localSources.ContainsKey(declarator.Symbol):
                    localSources.Add(declarator.Symbol, declarator.GetVariableInitializer()?.Value);
                    return declarator.Symbol;

                case ILocalReferenceOperation { IsDeclaration: true } declared when !localSources.ContainsKey(declared.Local):
                    localSources.Add(declared.Local, DeclaredFrom(declared));
                    return declared.Local;

                case IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } call:
                    var target = call.TargetMethod.OriginalDefinition;
                    localFunctionCalls ??= new Dictionary<IMethodSymbol, List<IInvocationOperation>>(SymbolEqualityComparer.Default);
                    if (!localFunctionCalls.TryGetValue(target, out var calls))
                    {
                        calls = new List<IInvocationOperation>();
                        localFunctionCalls.Add(target, calls);
                    }

                    calls.Add(call);
                    return null;

                default:
                    return null;
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
