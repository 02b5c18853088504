using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Evidence
{
    /// <summary>
    /// Where a value that was kept is read again: a local's reads in its body, a parameter's in its method's body, a
    /// field's or property's in its type's declarations. Only in the syntax tree being analysed (no other semantic model
    /// is asked for). Reads are collected once per body and once per member, on the first question about them.
    /// </summary>
    internal sealed class HolderReads
    {
        // Per body (the root of an operation tree): the reads of each local and parameter in it.
        private readonly ConditionalWeakTable<IOperation, Dictionary<ISymbol, List<IOperation>>> bodies =
            new ConditionalWeakTable<IOperation, Dictionary<ISymbol, List<IOperation>>>();

        // Per field or property: its reads in the tree it was first asked about from.
        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>> members =
            new ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>>(SymbolEqualityComparer.Default);

        /// <summary>The reads of <paramref name="holder"/> that can be found from <paramref name="at"/>'s syntax tree.</summary>
        public IReadOnlyList<IOperation> ReadsOf(ISymbol holder, IOperation at)
        {
            switch (holder)
            {
                case ILocalSymbol _:
                    return InBody(Root(at), holder);
                case IParameterSymbol { ContainingSymbol: IMethodSymbol method }:
                    return BodyOf(method, at) is { } body ? InBody(body, holder) : (IReadOnlyList<IOperation>)ImmutableArray<IOperation>.Empty;
                case IFieldSymbol _:
                case IPropertySymbol _:
                    return members.GetOrAdd(holder, member => InType(member, at));
                default:
                    return ImmutableArray<IOperation>.Empty;
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

        private IReadOnlyList<IOperation> InBody(IOperation root, ISymbol holder)
        {
            var reads = bodies.GetValue(root, Collect);
            lock (reads)
            {
                return reads.TryGetValue(holder, out var found) ? found : (IReadOnlyList<IOperation>)ImmutableArray<IOperation>.Empty;
            }
        }

        private static Dictionary<ISymbol, List<IOperation>> Collect(IOperation root)
        {
            var reads = new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);
            foreach (var operation in root.Descendants())
            {
                ISymbol? symbol = operation switch
                {
                    ILocalReferenceOperation local => local.Local,
                    IParameterReferenceOperation parameter => parameter.Parameter,
                    _ => null,
                };

                if (symbol is null || IsWritten(operation))
                {
                    continue;
                }

                if (!reads.TryGetValue(symbol, out var list))
                {
                    reads[symbol] = list = new List<IOperation>();
                }

                list.Add(operation);
            }

            return reads;
        }

        private static bool IsWritten(IOperation reference) =>
            reference.Parent is IAssignmentOperation assignment && assignment.Target == reference
            && reference.Parent is not ICompoundAssignmentOperation;

        // The body of a method or local function declared in the same tree as `at`.
        private static IOperation? BodyOf(IMethodSymbol method, IOperation at)
        {
            var model = at.SemanticModel;
            if (model is null)
            {
                return null;
            }

            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree == model.SyntaxTree)
                {
                    return model.GetOperation(reference.GetSyntax());
                }
            }

            return null;
        }

        private static ImmutableArray<IOperation> InType(ISymbol member, IOperation at)
        {
            var model = at.SemanticModel;
            if (model is null || member.ContainingType is not { } type)
            {
                return ImmutableArray<IOperation>.Empty;
            }

            var reads = ImmutableArray.CreateBuilder<IOperation>();
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree != model.SyntaxTree)
                {
                    continue;
                }

                foreach (var node in reference.GetSyntax().DescendantNodes())
                {
                    if (node is IdentifierNameSyntax name
                        && name.Identifier.ValueText == member.Name
                        && model.GetOperation(name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name) is { } operation
                        && operation is IMemberReferenceOperation memberReference
                        && SymbolEqualityComparer.Default.Equals(memberReference.Member, member)
                        && !IsWritten(operation))
                    {
                        reads.Add(operation);
                    }
                }
            }

            return reads.ToImmutable();
        }
    }
}
