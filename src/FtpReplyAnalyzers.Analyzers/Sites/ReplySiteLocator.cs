using FtpReplyAnalyzers.Context;
using FtpReplyAnalyzers.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Sites
{
    /// <summary>Finds, from a literal, the site that uses it: the comparison, pattern, case, call or cast around it.</summary>
    internal static class ReplySiteLocator
    {
        public static bool TryLocate(IOperation literal, KnownTypes knownTypes, out ReplySite site)
        {
            site = default;
            var node = literal;
            var parent = literal.Parent;

            // Implicit conversions (int to long, to object, string to object) and numeric casts do not change the use.
            while (parent is IConversionOperation conversion)
            {
                // `(FtpStatusCode)"550"` does not compile: a conversion that does not exist says nothing about a reply,
                // and a fix would turn one error into another.
                if (!conversion.Conversion.Exists)
                {
                    return false;
                }

                if (EnumOf(conversion.Type) is { } enumType)
                {
                    if (!knownTypes.IsReplyCodeEnum(enumType))
                    {
                        return false;
                    }

                    // (FtpStatusCode?)550: the cast the code wrote is to the nullable enum, whichever conversion Roslyn
                    // puts under it; the fix must keep that type (found by the reliability harness).
                    var cast = conversion.Type is { TypeKind: TypeKind.Enum }
                        && conversion.Parent is IConversionOperation { IsImplicit: false } outer
                        && outer.Syntax == conversion.Syntax
                        && EnumOf(outer.Type) is { } outerEnum
                        && SymbolEqualityComparer.Default.Equals(outerEnum, enumType)
                            ? outer
                            : conversion;
                    site = new ReplySite(ReplySiteKind.EnumCast, literal, Subject: null, Cast: cast);
                    return true;
                }

                if (!conversion.IsImplicit && !IntegralTypes.CanHoldReplyCode(conversion.Type?.SpecialType))
                {
                    return false;
                }

                node = parent;
                parent = parent.Parent;
            }

            // reply.Code = busy ? 450 : 550: each branch is produced where the conditional goes.
            while (parent is IConditionalOperation conditional && conditional.Condition != node)
            {
                node = parent;
                parent = parent.Parent;
                while (parent is IConversionOperation { IsImplicit: true })
                {
                    node = parent;
                    parent = parent.Parent;
                }
            }

            // [421, 425]: a collection expression (an operation of its own in newer compilers, none in 4.8: ask the syntax).
            if (parent is not null && parent.Syntax is CollectionExpressionSyntax && node.Syntax.Parent is ExpressionElementSyntax)
            {
                return TryLocateListElement(literal, node, parent, out site);
            }

            switch (parent)
            {
                case IArrayInitializerOperation { Parent: IArrayCreationOperation creation } when creation.DimensionSizes.Length == 1:
                    return TryLocateListElement(literal, node, creation, out site);

                case IBinaryOperation binary
                    when binary.OperatorKind == BinaryOperatorKind.Equals || binary.OperatorKind == BinaryOperatorKind.NotEquals:
                    site = new ReplySite(ReplySiteKind.Comparison, literal, binary.LeftOperand == node ? binary.RightOperand : binary.LeftOperand);
                    return true;

                case IConstantPatternOperation pattern:
                    return TryLocatePatternSubject(pattern, literal, out site);

                case ISingleValueCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } }:
                    site = new ReplySite(ReplySiteKind.CaseLabel, literal, switchStatement.Value);
                    return true;

                case ISimpleAssignmentOperation assignment when assignment.Value == node:
                    site = new ReplySite(ReplySiteKind.Assignment, literal, assignment.Target);
                    return true;

                case IArgumentOperation argument:
                    return TryLocateArgumentSite(argument, literal, out site);

                // public override int Code => 530; (the model keeps only a property getter's return)
                case IReturnOperation ret when ret.ReturnedValue == node:
                    site = new ReplySite(ReplySiteKind.MemberValue, literal, Subject: null);
                    return true;

                // public int FtpErrorCode { get; } = 550; an instance field's initialiser (a static or const one names a code).
                case IPropertyInitializerOperation { InitializedProperties.Length: 1 } property when !property.InitializedProperties[0].IsStatic:
                    site = new ReplySite(ReplySiteKind.MemberValue, literal, Subject: null, Holder: property.InitializedProperties[0]);
                    return true;
                case IFieldInitializerOperation { InitializedFields.Length: 1 } field when !field.InitializedFields[0].IsStatic && !field.InitializedFields[0].IsConst:
                    site = new ReplySite(ReplySiteKind.MemberValue, literal, Subject: null, Holder: field.InitializedFields[0]);
                    return true;

                default:
                    return false;
            }
        }

        private static bool TryLocatePatternSubject(IConstantPatternOperation pattern, IOperation literal, out ReplySite site)
        {
            site = default;
            IOperation? current = pattern.Parent;
            while (current is IBinaryPatternOperation || current is INegatedPatternOperation)
            {
                current = current.Parent;
            }

            IOperation? subject = current switch
            {
                IIsPatternOperation isPattern => isPattern.Value,
                ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
                IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } } => switchStatement.Value,
                IPropertySubpatternOperation property => property.Member,
                _ => null,
            };

            if (subject is null)
            {
                return false;
            }

            site = new ReplySite(ReplySiteKind.Pattern, literal, subject);
            return true;
        }

        private static bool TryLocateArgumentSite(IArgumentOperation argument, IOperation literal, out ReplySite site)
        {
            site = default;
            var parameter = argument.Parameter;
            if (parameter is null)
            {
                return false;
            }

            // new HashSet<int> { 421, 425 }: each element is an implicit Add(element).
            if (argument.Parent is IInvocationOperation { IsImplicit: true, Arguments.Length: 1 } add
                && add.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation collection })
            {
                return TryLocateListElement(literal, argument.Value, collection, out site);
            }

            // response.StartsWith("220"): the string tested is compared with the code by its first three digits.
            if (ReplyPrefix.TryGetSubject(argument, out var tested))
            {
                site = new ReplySite(ReplySiteKind.Prefix, literal, tested);
                return true;
            }

            if (argument.Parent is IInvocationOperation invocation && IsEqualityCall(invocation.TargetMethod))
            {
                var subject = EqualsSubject(invocation, argument);
                if (subject is null)
                {
                    return false;
                }

                site = new ReplySite(ReplySiteKind.EqualsCall, literal, subject);
                return true;
            }

            // A `params int[]` argument is an element of a list of codes (TryLocateListElement); here one code per parameter.
            if (parameter.IsParams || (argument.Parent is not IInvocationOperation && argument.Parent is not IObjectCreationOperation))
            {
                return false;
            }

            site = new ReplySite(ReplySiteKind.Argument, literal, Subject: null, Argument: argument);
            return true;
        }

        // Where a list of codes goes: passed to a method (Expect(reply, 125, 150), params included), searched for a value
        // (new[] { 421, 425 }.Contains(code)), or kept in a field, property or local whose name the model reads.
        private static bool TryLocateListElement(IOperation literal, IOperation element, IOperation list, out ReplySite site)
        {
            site = default;

            // A list of objects is a format's arguments or a bag of anything, a list of bytes is data: only integers and
            // strings hold reply codes.
            if (!IntegralTypes.CanHoldReplyCode(element.Type?.SpecialType) && element.Type?.SpecialType != SpecialType.System_String)
            {
                return false;
            }

            var node = list;
            var use = list.Parent;
            while (true)
            {
                while (use is IConversionOperation conversion && conversion.Conversion.Exists && !conversion.Conversion.IsUserDefined)
                {
                    node = use;
                    use = use.Parent;
                }

                // ImmutableHashSet.Create(421, 450), new HashSet<int>(new[] { 421, 425 }), ToFrozenSet(): the same codes in another collection.
                if (use is IArgumentOperation { Parent: { } made } && IsCollectionFactory(made))
                {
                    node = made;
                    use = made.Parent;
                    continue;
                }

                break;
            }

            switch (use)
            {
                case IArgumentOperation { Parent: IInvocationOperation invocation } argument when IsContains(invocation):
                    // Enumerable.Contains(new[] { 421, 425 }, code): the list is the extension's source.
                    if (invocation.Instance is null && argument.Parameter?.Ordinal == 0 && invocation.Arguments.Length == 2)
                    {
                        site = new ReplySite(ReplySiteKind.ListElement, literal, invocation.Arguments[1].Value, List: list);
                        return true;
                    }

                    return false;

                case IArgumentOperation argument when argument.Parameter is not null
                    && (argument.Parent is IInvocationOperation || argument.Parent is IObjectCreationOperation):
                    site = new ReplySite(ReplySiteKind.ListElement, literal, Subject: null, Argument: argument, List: list);
                    return true;

                case IInvocationOperation invocation when invocation.Instance == node && IsContains(invocation) && invocation.Arguments.Length == 1:
                    site = new ReplySite(ReplySiteKind.ListElement, literal, invocation.Arguments[0].Value, List: list);
                    return true;

                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    site = new ReplySite(ReplySiteKind.ListElement, literal, Subject: null, List: list, Holder: declarator.Symbol);
                    return true;

                case IFieldInitializerOperation field when field.InitializedFields.Length == 1:
                    site = new ReplySite(ReplySiteKind.ListElement, literal, Subject: null, List: list, Holder: field.InitializedFields[0]);
                    return true;

                case IPropertyInitializerOperation property when property.InitializedProperties.Length == 1:
                    site = new ReplySite(ReplySiteKind.ListElement, literal, Subject: null, List: list, Holder: property.InitializedProperties[0]);
                    return true;

                case ISimpleAssignmentOperation assignment when assignment.Value == node && HeldIn(assignment.Target) is { } holder:
                    site = new ReplySite(ReplySiteKind.ListElement, literal, Subject: null, List: list, Holder: holder);
                    return true;

                default:
                    return false;
            }
        }

        // code.Equals(550), string.Equals(a, "550"), and a test's Assert.Equal(227, reply.Code) / Assert.AreEqual(...).
        internal static bool IsEqualityCall(IMethodSymbol method) =>
            method.Name == "Equals"
            || (method.IsStatic && (method.Name == "Equal" || method.Name == "AreEqual"))
            || (method.Name == "Be" && !method.IsStatic)
            || (method.Name == "EqualTo" && method.IsStatic && method.ContainingType?.Name == "Is");

        // The factories of collections that hold what they are given: ImmutableHashSet.Create/CreateRange, ImmutableArray.Create,
        // FrozenSet.ToFrozenSet, Enumerable.ToHashSet/ToArray/ToList, new HashSet<int>(codes), new List<int>(codes).
        private static bool IsCollectionFactory(IOperation made)
        {
            switch (made)
            {
                case IInvocationOperation { TargetMethod: var method }:
                    var ns = method.ContainingNamespace?.ToDisplayString();
                    return (ns == "System.Collections.Immutable" && (method.Name == "Create" || method.Name == "CreateRange" || method.Name.StartsWith("ToImmutable", System.StringComparison.Ordinal)))
                        || (ns == "System.Collections.Frozen" && method.Name.StartsWith("ToFrozen", System.StringComparison.Ordinal))
                        || (ns == "System.Linq" && (method.Name == "ToHashSet" || method.Name == "ToArray" || method.Name == "ToList"));
                case IObjectCreationOperation { Type: INamedTypeSymbol { Name: "HashSet" or "List" or "SortedSet" } type, Arguments.Length: 1 }:
                    return type.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic";
                default:
                    return false;
            }
        }

        private static bool IsContains(IInvocationOperation invocation) => invocation.TargetMethod.Name == "Contains";

        private static ISymbol? HeldIn(IOperation target) => target switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            ILocalReferenceOperation local => local.Local,
            _ => null,
        };

        // code.Equals(550) -> code; Equals(a, 550) / string.Equals(reply.Code, "550", comparison) -> the other value.
        internal static IOperation? EqualsSubject(IInvocationOperation invocation, IArgumentOperation literalArgument)
        {
            // reply.Code.Should().Be(550): the value Should() was called on. Assert.That(reply.Code, Is.EqualTo(550)): That's actual.
            switch (invocation.TargetMethod.Name)
            {
                case "Be":
                    return invocation.Instance is IInvocationOperation { TargetMethod.Name: "Should" } should
                        ? should.Instance ?? (should.Arguments.Length == 1 ? should.Arguments[0].Value : null)
                        : null;
                case "EqualTo":
                    return invocation.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "That", Arguments.Length: >= 2 } that }
                        && that.Arguments[1] == invocation.Parent
                        ? that.Arguments[0].Value
                        : null;
            }

            // code.Equals(550), quit.Code.Equals("221", StringComparison.Ordinal)
            if (invocation.Instance is not null && !invocation.Instance.IsImplicit && literalArgument.Parameter?.Ordinal == 0)
            {
                return invocation.Instance;
            }

            if (invocation.TargetMethod.IsStatic && invocation.Arguments.Length >= 2)
            {
                foreach (var other in invocation.Arguments)
                {
                    if (other != literalArgument && other.Parameter is { Ordinal: 0 or 1 })
                    {
                        return other.Value;
                    }
                }
            }

            return null;
        }

        /// <summary>The enum of an enum type or of a nullable enum type; null for anything else.</summary>
        internal static INamedTypeSymbol? EnumOf(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            return type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType ? enumType : null;
        }
    }
}
