using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Scope
{
    /// <summary>
    /// The protocol of the code around a site: the names first (<see cref="NamedScope"/>); where none names a protocol,
    /// the commands the enclosing types send (<see cref="CommandScan"/>), then the types their members use
    /// (<see cref="MemberTypeScan"/>). What a type sends can veto an FTP name. One per compilation; each type is scanned
    /// once.
    /// </summary>
    internal sealed class ScopeResolver
    {
        // Which protocol a type's command strings speak.
        private readonly ConcurrentDictionary<INamedTypeSymbol, ScopeProtocol> commandScopes =
            new ConcurrentDictionary<INamedTypeSymbol, ScopeProtocol>(SymbolEqualityComparer.Default);

        // Which protocol the types of a type's fields, properties and parameters name.
        private readonly ConcurrentDictionary<INamedTypeSymbol, ScopeProtocol> memberTypeScopes =
            new ConcurrentDictionary<INamedTypeSymbol, ScopeProtocol>(SymbolEqualityComparer.Default);

        // The scans, as delegates made once (the caches call them per type).
        private readonly System.Func<INamedTypeSymbol, ScopeProtocol> scanCommands;
        private readonly System.Func<INamedTypeSymbol, ScopeProtocol> scanMemberTypes;

        // Where text alone says the scope cannot be FTP's; null where nothing is known of the compilation (some tests).
        private readonly QuietScope? quiet;

        public ScopeResolver(NamedScope names, QuietScope? quiet = null)
        {
            Names = names;
            this.quiet = quiet;
            scanCommands = CommandScan.Scan;
            scanMemberTypes = type => MemberTypeScan.Scan(type, Names);
        }

        /// <summary>The names part, which the rest of the model asks directly about types and names.</summary>
        public NamedScope Names { get; }

        /// <summary>
        /// True when the code around <paramref name="at"/> is FTP code (<see cref="ScopeOf"/> says FTP): what every
        /// decision asks. Where the files' text already says it cannot be (<see cref="QuietScope"/>), no name is read and
        /// no type scanned.
        /// </summary>
        public bool IsFtp(IOperation at, ISymbol containingSymbol) =>
            (quiet is null || !quiet.IsQuiet(at, containingSymbol)) && ScopeOf(at, containingSymbol) == ScopeProtocol.Ftp;

        /// <summary>
        /// The protocol of the code around <paramref name="at"/>: the names of the local function, member, types and
        /// namespace, innermost first; where none names a protocol, the commands the enclosing types send.
        /// </summary>
        public ScopeProtocol ScopeOf(IOperation at, ISymbol containingSymbol)
        {
            var named = Names.NamedScopeOf(at, containingSymbol);
            if (named == ScopeProtocol.Other || named == ScopeProtocol.Mixed)
            {
                // A name that says another protocol decides; what the type sends is not read.
                return named;
            }

            var wire = InnermostTypeScope(containingSymbol, commandScopes, scanCommands);

            // What a type sends on the wire can veto a name: FtpProxyTunnel that writes "CONNECT host HTTP/1.1"
            // compares the proxy's HTTP status, not FTP replies.
            if (named == ScopeProtocol.Ftp)
            {
                return wire == ScopeProtocol.Other || wire == ScopeProtocol.Mixed ? ScopeProtocol.Mixed : ScopeProtocol.Ftp;
            }

            return wire != ScopeProtocol.None ? wire : InnermostTypeScope(containingSymbol, memberTypeScopes, scanMemberTypes);
        }

        private static ScopeProtocol InnermostTypeScope(
            ISymbol containingSymbol,
            ConcurrentDictionary<INamedTypeSymbol, ScopeProtocol> cache,
            System.Func<INamedTypeSymbol, ScopeProtocol> scan)
        {
            for (var type = containingSymbol.ContainingType; type is not null; type = type.ContainingType)
            {
                var spoken = cache.GetOrAdd(type, scan);
                if (spoken != ScopeProtocol.None)
                {
                    return spoken;
                }
            }

            return ScopeProtocol.None;
        }
    }
}
