using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Scope
{
    /// <summary>A scan of the types a type's members use, for where no name and no command says what it speaks.</summary>
    internal static class MemberTypeScan
    {
        /// <summary>
        /// The protocol the types a type works with name: its fields', properties' and parameters' types and their type
        /// arguments. A TransferQueue holding a <c>Func&lt;IFtpTransferEngine&gt;</c> is FTP code.
        /// </summary>
        public static ScopeProtocol Scan(INamedTypeSymbol type, NamedScope names)
        {
            var result = ScopeProtocol.None;
            foreach (var member in type.GetMembers())
            {
                switch (member)
                {
                    case IFieldSymbol field when !field.IsImplicitlyDeclared:
                        result = NamedScope.Combine(result, NameOfTypeAndArguments(field.Type, names));
                        break;
                    case IPropertySymbol property:
                        result = NamedScope.Combine(result, NameOfTypeAndArguments(property.Type, names));
                        break;
                    case IMethodSymbol method when !method.IsImplicitlyDeclared:
                        foreach (var parameter in method.Parameters)
                        {
                            result = NamedScope.Combine(result, NameOfTypeAndArguments(parameter.Type, names));
                        }

                        break;
                }

                if (result == ScopeProtocol.Mixed)
                {
                    break;
                }
            }

            return result;
        }

        private static ScopeProtocol NameOfTypeAndArguments(ITypeSymbol type, NamedScope names)
        {
            if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None)
            {
                return ScopeProtocol.None;
            }

            var result = names.FromName(named.Name);
            foreach (var argument in named.TypeArguments)
            {
                if (argument is INamedTypeSymbol { SpecialType: SpecialType.None } argumentType)
                {
                    result = NamedScope.Combine(result, names.FromName(argumentType.Name));
                }
            }

            return result;
        }
    }
}
