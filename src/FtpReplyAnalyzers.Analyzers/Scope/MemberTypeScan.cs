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
                // By kind: one call per member instead of up to three tests against the symbol interfaces.
                switch (member.Kind)
                {
                    case SymbolKind.Field when !member.IsImplicitlyDeclared:
                        result = NamedScope.Combine(result, NameOfTypeAndArguments(((IFieldSymbol)member).Type, names));
                        break;
                    case SymbolKind.Property:
                        result = NamedScope.Combine(result, NameOfTypeAndArguments(((IPropertySymbol)member).Type, names));
                        break;
                    case SymbolKind.Method when !member.IsImplicitlyDeclared:
                        foreach (var parameter in ((IMethodSymbol)member).Parameters)
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
