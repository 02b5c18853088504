using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Primitives
{
    /// <summary>The integer types, as the rules ask about them.</summary>
    internal static class IntegralTypes
    {
        /// <summary>Any of the eight integer types, <c>sbyte</c> to <c>ulong</c>: a class check's bounds may be any of them.</summary>
        public static bool IsInteger(ITypeSymbol? type)
        {
            switch (type?.SpecialType)
            {
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                    return true;
                default:
                    return CanHoldReplyCode(type?.SpecialType);
            }
        }

        /// <summary>
        /// The integer types a reply code is held in (16 bits or more), and converted between without changing the use.
        /// A byte cannot hold 550: a number converted to one is not a reply code.
        /// </summary>
        public static bool CanHoldReplyCode(SpecialType? type)
        {
            switch (type)
            {
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// The types every value of which converts to <c>int</c> implicitly and unchanged: a helper that takes an int
        /// tests them exactly.
        /// </summary>
        public static bool FitsInInt(ITypeSymbol? type)
        {
            switch (type?.SpecialType)
            {
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                    return true;
                default:
                    return false;
            }
        }
    }
}
