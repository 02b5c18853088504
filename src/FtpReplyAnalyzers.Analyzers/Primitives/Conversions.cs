using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Primitives
{
    /// <summary>The one place that looks through conversions to the value converted.</summary>
    internal static class Conversions
    {
        /// <summary>The operand under every conversion, implicit or written: <c>(long)(int)code</c> is <c>code</c>.</summary>
        public static IOperation WithoutConversions(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The operand under the conversions the compiler added (int to long, to object); written casts stay.</summary>
        public static IOperation WithoutImplicitConversions(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }
    }
}
