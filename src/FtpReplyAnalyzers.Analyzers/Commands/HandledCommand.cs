using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using FtpReplyAnalyzers.Sites;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Commands
{
    /// <summary>
    /// The server's side: the one command whose handler produces a reply. From the reply outwards, the innermost of:
    /// a switch section or arm whose labels name one command (<c>case "EPSV":</c>, <c>case "PWD": case "XPWD":</c>), an
    /// <c>if</c> that tests a command variable for one (<c>if (verb == "SYST")</c>), a handler keyed by the verb in a
    /// dispatch table (<c>["CWD"] = (s, a) =&gt; ...</c>, <c>Register("CWD", ...)</c>), a method named for one
    /// (<c>HandleSyst</c>, <c>OnEpsvAsync</c>), a type named for one (<c>PwdCommandHandler</c>). Where the innermost names
    /// several commands (a shared section, a handler that also mentions another verb), there is no certain command. One
    /// per compilation: what each method and type mentions is read once.
    /// </summary>
    internal sealed class HandledCommand
    {
        // Names of a value that holds another command than the one being handled: `if (lastCommand == "RNFR")` in RNTO's handler.
        private static readonly string[] OtherCommandWords = { "last", "prev", "pending", "next", "previous", "expected", "prior", "saved" };

        // Names of a value that holds the command's argument, not its verb: `switch (argument) { case "HELP": }` in SITE's.
        private static readonly string[] ArgumentWords = { "arg", "param", "option", "sub" };

        private readonly ConcurrentDictionary<ISymbol, string[]> mentionedVerbs = new ConcurrentDictionary<ISymbol, string[]>(SymbolEqualityComparer.Default);

        // What the names of the member a reply is made in say, read once per member: a server's handler makes many replies.
        private readonly ConcurrentDictionary<ISymbol, NamedMember> namedMembers = new ConcurrentDictionary<ISymbol, NamedMember>(SymbolEqualityComparer.Default);

        /// <summary>
        /// The command whose handler produces <paramref name="reply"/>, or null. The innermost dispatch decides; one further
        /// out that names another command says the inner one dispatches something else (SITE's subcommands, the previous
        /// command), and then none is certain.
        /// </summary>
        public string? Of(IOperation reply, ISymbol containingSymbol)
        {
            string? innermost = null;
            ISymbol? innermostMember = null;
            var child = reply;
            for (var operation = reply.Parent; operation is not null; child = operation, operation = operation.Parent)
            {
                var verb = Step(operation, child, out var decided, out var member);
                if (!decided)
                {
                    continue;
                }

                if (innermost is null)
                {
                    if (verb is null)
                    {
                        return null;
                    }

                    (innermost, innermostMember) = (verb, member);
                }
                else if (verb is not null && verb != innermost)
                {
                    return null;
                }
            }

            var (method, methodVerb, type, typeVerb, aboutType) = namedMembers.GetOrAdd(containingSymbol, NamedMembers);
            if (innermost is null)
            {
                return methodVerb is not null ? OnlyNamed(method!, methodVerb) : typeVerb is not null ? OnlyNamed(type!, typeVerb) : null;
            }

            if ((methodVerb is not null && methodVerb != innermost) || (aboutType is not null && aboutType != innermost))
            {
                return null;
            }

            return innermostMember is null ? innermost : OnlyNamed(innermostMember, innermost);
        }

        // What one step out says: decided (a verb, or null for several), or not (go on outwards).
        // A local function named for a command is a member to check (OnlyNamed) if it decides.
        private static string? Step(IOperation operation, IOperation child, out bool decided, out ISymbol? member)
        {
            HashSet<string>? verbs = null;
            member = null;
            switch (operation)
            {
                case ISwitchCaseOperation section when section.Parent is ISwitchOperation switchStatement && !section.Clauses.Contains(child):
                    if (!IsDispatchedValue(switchStatement.Value))
                    {
                        break;
                    }

                    verbs = CommandLabels.OfSection(section);
                    break;
                case ISwitchExpressionArmOperation arm when arm.Value == child && arm.Parent is ISwitchExpressionOperation switchExpression:
                    if (IsDispatchedValue(switchExpression.Value))
                    {
                        verbs = CommandLabels.OfPattern(arm.Pattern);
                    }

                    break;
                case IConditionalOperation conditional when conditional.WhenTrue == child:
                    verbs = CommandLabels.OfCondition(conditional.Condition, IsCommandVariable);
                    break;
                // ["EPSV"] = "229 ...", { "EPSV", "229 ..." }: a canned reply filed under its command.
                case ISimpleAssignmentOperation assignment when assignment.Value == child:
                case IInvocationOperation add when add.Arguments.Length == 2 && add.Arguments[1] == child:
                    if (ReplyTextFlow.CommandKeyOf(operation) is { } key)
                    {
                        decided = true;
                        return CommandNames.Canonical(key);
                    }

                    break;
                case IAnonymousFunctionOperation function:
                    verbs = CommandLabels.OfKeyedValue(function);
                    break;
                case ILocalFunctionOperation localFunction when CommandNames.OfHandlerMethod(localFunction.Symbol.Name) is { } named:
                    decided = true;
                    member = localFunction.Symbol;
                    return named;
            }

            // A set with one verb decides; several (or a verb beside another label, kept as "") decide that none is certain.
            decided = verbs is not null && verbs.Count > 0;
            return decided && verbs!.Count == 1 ? verbs.First() : null;
        }

        // The method the reply is in and its type, each with the command its name (or, for a type, its attributes:
        // [FtpCommand("MLST")]) names, and the type's name read loosely (SiteHandler names SITE): enough to cancel a
        // subcommand's verb, not to be sure of one. A getter is its property's; a local function or a lambda is its member's.
        private static NamedMember NamedMembers(ISymbol containingSymbol)
        {
            var member = containingSymbol;
            while (member is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } && member.ContainingSymbol is { } outer)
            {
                member = outer;
            }

            member = member is IMethodSymbol { AssociatedSymbol: { } property } ? property : member;
            var methodVerb = member is IMethodSymbol method ? CommandNames.OfHandlerMethod(method.Name) : null;
            var type = member.ContainingType;
            var typeVerb = type is null ? null : CommandNames.OfHandlerType(type.Name) ?? CommandLabels.OfAttributes(type);
            var aboutType = type is null ? null : CommandNames.OfHandlerType(type.Name, strict: false) ?? typeVerb;
            return new NamedMember(member, methodVerb, type, typeVerb, aboutType);
        }

        // A member named for one command handles it, unless it names another command too (a PASV handler that also
        // answers EPSV: `if (command.Name == "EPSV")`, `[FtpCommandHandler("EPSV")]`).
        private string? OnlyNamed(ISymbol member, string named)
        {
            foreach (var verb in mentionedVerbs.GetOrAdd(member, CommandLabels.MentionedVerbs))
            {
                if (verb != named)
                {
                    return null;
                }
            }

            return named;
        }

        // The value a switch dispatches on: anything but a command kept from before (`switch (lastCommand)`) or the
        // command's argument (SITE HELP, OPTS UTF8).
        private static bool IsDispatchedValue(IOperation value) =>
            value.Type?.SpecialType == SpecialType.System_String && !NamesOtherCommand(NameOf(value)) && !NamesAny(NameOf(value), ArgumentWords);

        // `verb`, `cmd`, `command`, `request.Command`: a value named for the command being handled.
        private static bool IsCommandVariable(IOperation value)
        {
            var name = NameOf(value);
            return name is not null
                && (Contains(name, "cmd") || Contains(name, "command") || Contains(name, "verb"))
                && !NamesOtherCommand(name)
                && !NamesAny(name, ArgumentWords);
        }

        private static bool NamesOtherCommand(string? name) => NamesAny(name, OtherCommandWords);

        private static bool NamesAny(string? name, string[] words)
        {
            if (name is null)
            {
                return false;
            }

            foreach (var word in words)
            {
                if (Contains(name, word))
                {
                    return true;
                }
            }

            return false;
        }

        private static string? NameOf(IOperation value)
        {
            var sliced = false;
            value = Evidence.ValueUnwrapper.Unwrap(value, ref sliced);
            if (value is IInvocationOperation { TargetMethod.Name: "ToUpper" or "ToLower", Instance: { } instance })
            {
                value = instance;
            }

            return value switch
            {
                ILocalReferenceOperation local => local.Local.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                IMemberReferenceOperation member => member.Member.Name,
                _ => null,
            };
        }

        private static bool Contains(string name, string word) => name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;

        private sealed record NamedMember(ISymbol? Method, string? MethodVerb, INamedTypeSymbol? Type, string? TypeVerb, string? AboutType);
    }
}
