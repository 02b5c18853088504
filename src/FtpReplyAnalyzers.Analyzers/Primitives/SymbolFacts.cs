using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Primitives
{
    /// <summary>Facts about a symbol that more than one part of the model asks.</summary>
    internal static class SymbolFacts
    {
        /// <summary>True when the symbol is declared in the compilation's own source: the user's code, not a library's.</summary>
        public static bool IsInSource(ISymbol symbol)
        {
            foreach (var location in symbol.Locations)
            {
                if (location.IsInSource)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
