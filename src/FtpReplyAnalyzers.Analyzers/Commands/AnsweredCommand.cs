using System;
using System.Collections.Concurrent;
using System.Linq;
using FtpReplyAnalyzers.Evidence;
using FtpReplyAnalyzers.Primitives;
using FtpReplyAnalyzers.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Commands
{
    /// <summary>
    /// The client's side: the one command whose reply a value certainly is. <c>Send("PWD")</c>,
    /// <c>Execute("MKD " + path).Code</c>, <c>(await ExecuteAsync("EPSV")).Code</c>, <c>_ftp.Cwd(dir)</c>, and a local
    /// that holds one and is never written again. A choice of commands (<c>extended ? "EPSV" : "PASV"</c>), a command in a
    /// variable, a reply kept in a property (<c>LastReply</c>) or read later (<c>ReadReply()</c>) is no certain command:
    /// null. Every answer is a canonical verb (XPWD is PWD).
    /// </summary>
    internal sealed class AnsweredCommand
    {
        private const int MaxDepth = 4;

        // What each local holds, read once: a reply kept in a local is usually tested against several codes, and finding
        // out that nothing else writes it scans the member.
        private readonly ConcurrentDictionary<ILocalSymbol, string> localVerbs = new ConcurrentDictionary<ILocalSymbol, string>(SymbolEqualityComparer.Default);

        /// <summary>The command whose reply <paramref name="value"/> is, or null.</summary>
        public string? Of(IOperation value) => Of(value, 0);

        /// <summary>
        /// The command an expected-code argument is expected for: what an argument before it sends or holds the reply of
        /// (<c>Expect(SendCommand("CWD", dir), 257)</c>, <c>Require("USER " + user, 230, 331)</c>), or the receiver's
        /// (<c>Send("PWD").Expect(257)</c>). Arguments after it are a server's message (<c>Reply(502, "SITE ...")</c>),
        /// not a command. Null where they name none, or several.
        /// </summary>
        public string? OfExpectedArgument(IArgumentOperation argument)
        {
            if (argument.Parent is not IInvocationOperation call)
            {
                return null;
            }

            var found = call.Instance is { } instance && Receiver(instance) is { } receiver ? Of(receiver, 1) : null;
            foreach (var other in call.Arguments)
            {
                if (other == argument)
                {
                    break;
                }

                var verb = other.Value.Type?.SpecialType == SpecialType.System_String
                    ? FtpCommandVocabulary.CommandVerb(other.Value)
                    : null;
                verb ??= Of(other.Value, 1);
                if (verb is null)
                {
                    continue;
                }

                if (found is not null && found != verb)
                {
                    return null;
                }

                found = verb;
            }

            return found;
        }

        private string? Of(IOperation value, int depth)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            var sliced = false;
            value = ValueUnwrapper.Unwrap(value, ref sliced);
            switch (value)
            {
                // Execute("MKD " + path).Code, Send("PWD")?.Code: the reply's own members; not its text's Length or the
                // PASV reply's Port.
                case IMemberReferenceOperation { Instance: { } instance, Member: var member }
                    when (value is IPropertyReferenceOperation || value is IFieldReferenceOperation)
                        && (NameEvidence.OfName(member.Name) & ValueEvidence.NotReply) == 0
                        && Receiver(instance) is { } receiver:
                    return Of(receiver, depth + 1);
                case IInvocationOperation call:
                    return OfCall(call, depth);
                case ILocalReferenceOperation local:
                    return OfLocal(local);
                default:
                    return null;
            }
        }

        // The value a member is read from: `this` and `base` are none; `x?.Code` is read from x.
        private static IOperation? Receiver(IOperation instance)
        {
            if (instance is IConditionalAccessInstanceOperation)
            {
                return OperationFacts.ConditionalAccessReceiver(instance);
            }

            return instance.IsImplicit || instance is IInstanceReferenceOperation ? null : instance;
        }

        private string? OfCall(IInvocationOperation call, int depth)
        {
            // await LpsvAsync(ct).ConfigureAwait(false): the task's own call.
            if (call.TargetMethod.Name == "ConfigureAwait" && call.Instance is { } task)
            {
                return Of(task, depth + 1);
            }

            string? found = null;
            foreach (var argument in call.Arguments)
            {
                if (argument.Value.Type?.SpecialType != SpecialType.System_String
                    || FtpCommandVocabulary.CommandVerb(argument.Value) is not { } verb)
                {
                    continue;
                }

                if (found is not null && found != verb)
                {
                    return null;
                }

                found = verb;
            }

            if (found is not null)
            {
                return found;
            }

            if (CommandNames.OfClientMethod(call.TargetMethod.Name) is { } named)
            {
                return named;
            }

            // A helper that reads the code of the reply it is given: ToCode(Send("PWD")).
            return call.Instance is null && call.Arguments.Length == 1 ? Of(call.Arguments[0].Value, depth + 1) : null;
        }

        // `var reply = Send("PWD");` with no other write to a local of that name in the member: the reply of that command
        // wherever it is read. Anything else (a later `reply = Send("CWD x")`, an out or ref argument) is no certain value.
        // `var (code, text) = await SendAsync("FEAT")` likewise: every part of the deconstructed reply is that command's.
        private string? OfLocal(ILocalReferenceOperation reference)
        {
            // Read from depth 0 whatever the depth of the question: the same answer for every site that asks.
            if (!localVerbs.TryGetValue(reference.Local, out var verb))
            {
                verb = ReadLocal(reference, 0) ?? string.Empty;
                localVerbs.TryAdd(reference.Local, verb);
            }

            return verb.Length == 0 ? null : verb;
        }

        private string? ReadLocal(ILocalReferenceOperation reference, int depth)
        {
            var local = reference.Local;
            if (local.DeclaringSyntaxReferences.Length != 1
                || reference.SemanticModel is not { } semanticModel
                || local.DeclaringSyntaxReferences[0].GetSyntax() is not { } declaration
                || declaration.SyntaxTree != semanticModel.SyntaxTree)
            {
                return null;
            }

            var source = declaration switch
            {
                VariableDeclaratorSyntax { Initializer: not null } declarator =>
                    semanticModel.GetOperation(declarator) is IVariableDeclaratorOperation declared ? declared.GetVariableInitializer()?.Value : null,
                SingleVariableDesignationSyntax designation
                    when designation.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { Left: DeclarationExpressionSyntax or TupleExpressionSyntax } assignment =>
                    semanticModel.GetOperation(assignment) is IDeconstructionAssignmentOperation deconstruction ? deconstruction.Value : null,
                _ => null,
            };

            // The scan for other writes is the costly part: only for a local whose value is a command's reply at all.
            var verb = source is null ? null : Of(source, depth + 1);
            return verb is not null && !IsWrittenAgain(declaration, local.Name) ? verb : null;
        }

        // Any assignment, increment, ref or out argument naming the local in the member that declares it (by name: a
        // namesake in another scope only makes the answer more cautious).
        private static bool IsWrittenAgain(SyntaxNode declaration, string name)
        {
            // Top-level statements are one body: each is a member of its own (GlobalStatementSyntax), so look at the file.
            var member = declaration.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            SyntaxNode scope = member is null or GlobalStatementSyntax ? declaration.SyntaxTree.GetRoot() : member;

            // Only the identifiers spelled like the local can name it: found in the member's text, each looked up as a
            // token, instead of a walk of every node of the member. A Unicode escape can spell a name the text does not
            // show (\u0063ode is code): such a member is walked.
            var text = scope.SyntaxTree.GetText().ToString(scope.Span);
            if (text.IndexOf("\\u", StringComparison.Ordinal) >= 0 || text.IndexOf("\\U", StringComparison.Ordinal) >= 0)
            {
                return IsWrittenIn(scope, declaration, name);
            }

            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var token = scope.FindToken(scope.SpanStart + at);
                if (token.IsKind(SyntaxKind.IdentifierToken)
                    && token.ValueText == name
                    && token.Parent is IdentifierNameSyntax identifier
                    && IsWritten(identifier, scope, declaration))
                {
                    return true;
                }
            }

            return false;
        }

        // What IsWrittenAgain asks of one identifier: an assignment, increment, ref or out argument above it in the member
        // writes the expression it stands in. The deconstruction that declares the local is its one write.
        private static bool IsWritten(IdentifierNameSyntax identifier, SyntaxNode scope, SyntaxNode declaration)
        {
            for (var node = identifier.Parent; node is not null && node != scope; node = node.Parent)
            {
                if (WrittenBy(node, declaration) is { } written && written.Span.Contains(identifier.Span))
                {
                    return true;
                }
            }

            return false;
        }

        // The same question asked of every node of the member: the walk for a member whose text hides names in escapes.
        private static bool IsWrittenIn(SyntaxNode scope, SyntaxNode declaration, string name)
        {
            foreach (var node in scope.DescendantNodes())
            {
                if (WrittenBy(node, declaration) is { } written
                    && written.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(n => n.Identifier.ValueText == name))
                {
                    return true;
                }
            }

            return false;
        }

        // The expression a node writes: an assignment's left side, an increment's operand, a ref or out argument; none for
        // the deconstruction that declares the local (its one write) and for anything else.
        private static ExpressionSyntax? WrittenBy(SyntaxNode node, SyntaxNode declaration) =>
            node switch
            {
                AssignmentExpressionSyntax own when own.Left.Span.Contains(declaration.Span) => null,
                AssignmentExpressionSyntax assignment => assignment.Left,
                PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression) => prefix.Operand,
                PostfixUnaryExpressionSyntax postfix => postfix.Operand,
                ArgumentSyntax { RefKindKeyword.RawKind: not 0 } argument => argument.Expression,
                _ => null,
            };
    }
}
