using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FtpReplyAnalyzers.Sites
{
    /// <summary>How a literal is used: the shapes in which code tests or produces a reply code.</summary>
    internal enum ReplySiteKind
    {
        /// <summary><c>code == 550</c>, <c>"550" != reply.Code</c>.</summary>
        Comparison,

        /// <summary><c>code is 421 or 425</c>, a switch-expression arm, a <c>case</c> pattern, <c>{ Code: "550" }</c>.</summary>
        Pattern,

        /// <summary><c>case 550:</c> in a switch statement.</summary>
        CaseLabel,

        /// <summary><c>code.Equals(550)</c>, <c>string.Equals(reply.Code, "550")</c>, <c>Assert.Equal(550, reply.Code)</c>.</summary>
        EqualsCall,

        /// <summary><c>response.StartsWith("220")</c>: a reply line or a code tested by its first three digits.</summary>
        Prefix,

        /// <summary><c>reply.Code = "550"</c>, also in object initialisers.</summary>
        Assignment,

        /// <summary><c>new FtpResponse(550, "...")</c>, <c>ReplyAsync(421, "...")</c>.</summary>
        Argument,

        /// <summary><c>(FtpStatusCode)550</c>: a cast to an enum of reply codes.</summary>
        EnumCast,

        /// <summary>
        /// The value of a member that holds an object's own code: <c>public override int Code => 530;</c>,
        /// <c>public int FtpErrorCode { get; } = 550;</c>, an instance field's initialiser. Its holder is the member (for a
        /// getter's return, the model reads it from the containing symbol).
        /// </summary>
        MemberValue,

        /// <summary>
        /// An element of a list of codes: <c>Expect(reply, 125, 150)</c> (a <c>params</c> or collection argument),
        /// <c>new[] { 421, 530 }.Contains(code)</c>, <c>static readonly HashSet&lt;int&gt; TransientReplies = { 421, 425 }</c>.
        /// </summary>
        ListElement,
    }

    /// <summary>Where a reply-code literal stands and what it is compared with or given to.</summary>
    /// <param name="Kind">How the literal is used.</param>
    /// <param name="Literal">The literal itself (the diagnostic's location).</param>
    /// <param name="Subject">
    /// The value the literal is tested against or assigned to (for a list element, the value looked up in the list:
    /// <c>codes.Contains(value)</c>); null for casts and arguments.
    /// </param>
    /// <param name="Cast">For <see cref="ReplySiteKind.EnumCast"/>: the cast.</param>
    /// <param name="Argument">
    /// For <see cref="ReplySiteKind.Argument"/>: the argument the literal is passed as; for
    /// <see cref="ReplySiteKind.ListElement"/>: the argument the list is passed as, when it is.
    /// </param>
    /// <param name="List">For <see cref="ReplySiteKind.ListElement"/>: the array, collection or collection expression.</param>
    /// <param name="Holder">
    /// For <see cref="ReplySiteKind.ListElement"/>: the field, property, local or member the list is stored in or returned
    /// from, when it is.
    /// </param>
    internal readonly record struct ReplySite(
        ReplySiteKind Kind,
        IOperation Literal,
        IOperation? Subject,
        IConversionOperation? Cast = null,
        IArgumentOperation? Argument = null,
        IOperation? List = null,
        ISymbol? Holder = null)
    {
        /// <summary>Case labels and patterns need constant expressions; the fix must keep them constant.</summary>
        public bool RequiresConstant => Kind == ReplySiteKind.Pattern || Kind == ReplySiteKind.CaseLabel;
    }
}
