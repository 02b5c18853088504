using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>How a class check reads the reply code.</summary>
    internal enum ClassCheckKind
    {
        /// <summary>An integer compared with the class bounds or divided by 100.</summary>
        Number,

        /// <summary>The first character of a string code.</summary>
        FirstCharacter,
    }

    /// <summary>A hand-written reply-class check, as <see cref="ReplyClassMatcher"/> found it.</summary>
    /// <param name="Operation">The whole check: what the diagnostic marks and the fix replaces.</param>
    /// <param name="Subject">The value whose class is tested: what the context model judges and the fix passes to the helper.</param>
    /// <param name="Classes">The class (or classes) tested.</param>
    /// <param name="Negated">True when the check tests that the value is in none of <paramref name="Classes"/>.</param>
    /// <param name="Kind">Whether the check reads a number or the first character of a string code.</param>
    /// <param name="ReadsSubjectTwice">
    /// True when the check reads the subject more than once (<c>code &gt;= 400 &amp;&amp; code &lt; 500</c>, a chain of checks), a helper once.
    /// </param>
    /// <param name="Span">
    /// Where the diagnostic stands when that is not all of <paramref name="Operation"/>: the links of a chain after another
    /// condition (<c>closed || code / 100 == 4 || code / 100 == 5</c>), whose fix keeps that condition.
    /// </param>
    internal readonly record struct ClassCheck(
        IOperation Operation,
        IOperation Subject,
        ReplyClassSet Classes,
        bool Negated,
        ClassCheckKind Kind,
        bool ReadsSubjectTwice = false,
        TextSpan? Span = null);
}
