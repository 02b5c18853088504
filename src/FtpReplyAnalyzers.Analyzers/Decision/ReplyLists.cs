using System.Collections.Generic;
using System.Runtime.CompilerServices;
using FtpReplyAnalyzers.Codes;
using FtpReplyAnalyzers.Evidence;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Decision
{
    /// <summary>Lists of codes (<c>new[] { 421, 425 }</c>, <c>{ 125, 150 }</c>): whose numbers they hold, and what holds them.</summary>
    internal sealed class ReplyLists
    {
        private readonly HolderReads holderReads;

        public ReplyLists(HolderReads holderReads)
        {
            this.holderReads = holderReads;
        }

        // Whether a list's numbers are FTP's, per list (array, collection, collection expression).
        private readonly ConditionalWeakTable<IOperation, StrongBox<bool>> listVerdicts = new ConditionalWeakTable<IOperation, StrongBox<bool>>();

        // The numbers of a list, read once per list: two or more from 100 to 699 that FTP never replies (and that are not
        // round hundreds) say another protocol's list.
        public bool HoldsReplyNumbers(IOperation list)
        {
            if (listVerdicts.TryGetValue(list, out var known))
            {
                return known.Value;
            }

            var foreign = 0;
            foreach (var element in ListElements(list))
            {
                var constant = element.ConstantValue;
                if (constant.HasValue
                    && ReplyCodeIndex.TryReadCode(constant.Value, out var number)
                    && number >= 100 && number <= 699 && number % 100 != 0
                    && ReplyCodeIndex.Find(number) is null)
                {
                    foreign++;
                }
            }

            var verdict = foreign < 2;
            listVerdicts.GetValue(list, _ => new StrongBox<bool>(verdict));
            return verdict;
        }

        private static IEnumerable<IOperation> ListElements(IOperation list)
        {
            switch (list)
            {
                case IArrayCreationOperation { Initializer: { } initializer }:
                    return initializer.ElementValues;
                case IObjectCreationOperation { Initializer: { } initializer }:
                    var added = new List<IOperation>(initializer.Initializers.Length);
                    foreach (var item in initializer.Initializers)
                    {
                        if (item is IInvocationOperation { Arguments.Length: 1 } add)
                        {
                            added.Add(add.Arguments[0].Value);
                        }
                    }

                    return added;
                default:
                    // A collection expression: its elements are its children.
                    return list.ChildOperations;
            }
        }

        /// <summary>
        /// True when <paramref name="holder"/> is read at least once from <paramref name="at"/>'s tree, and every read
        /// looks a value up in it (<c>Retryable.Contains(reply.Code)</c>, <c>Fatal.Contains(code)</c> through LINQ) that
        /// <paramref name="isReply"/> accepts.
        /// </summary>
        public bool IsSearchedOnlyForReplies(ISymbol holder, IOperation at, System.Func<IOperation, bool> isReply)
        {
            var reads = holderReads.ReadsOf(holder, at);
            if (reads.Count == 0)
            {
                return false;
            }

            foreach (var read in reads)
            {
                if (SearchedValue(read) is not { } value || !isReply(value))
                {
                    return false;
                }
            }

            return true;
        }

        // list.Contains(value), Enumerable.Contains(list, value): the value looked up.
        private static IOperation? SearchedValue(IOperation read)
        {
            var node = read;
            while (node.Parent is IConversionOperation { IsImplicit: true } conversion)
            {
                node = conversion;
            }

            switch (node.Parent)
            {
                case IInvocationOperation { TargetMethod.Name: "Contains", Arguments.Length: 1 } instanceCall when instanceCall.Instance == node:
                    return instanceCall.Arguments[0].Value;
                case IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation { TargetMethod.Name: "Contains", Instance: null, Arguments.Length: 2 } extension }:
                    return extension.Arguments[1].Value;
                default:
                    return null;
            }
        }

        /// <summary>
        /// What the field, property or local that keeps a list says: <c>static readonly int[] TransientReplies</c> in an
        /// FTP type, <c>var expectedCodes = new[] { 125, 150 }</c>.
        /// </summary>
        public static ValueEvidence HolderEvidence(ISymbol holder, EvidenceCollector evidence)
        {
            var found = holder is ILocalSymbol ? NameEvidence.OfName(holder.Name) : evidence.MemberEvidence(holder, instance: null, depth: 0);
            if ((found & ValueEvidence.ReplyLike) == 0
                && (found & (ValueEvidence.OtherProtocol | ValueEvidence.NotReply)) == 0
                && ReplyArguments.NamesExpectedCodes(holder.Name))
            {
                found |= ValueEvidence.ReplyLike;
            }

            return found;
        }
    }
}
