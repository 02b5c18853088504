using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace FtpReplyAnalyzers.FTP0001
{
    /// <summary>What the FTP0001 fix writes: the named member, its code string, the user's own constant.</summary>
    internal static class ReplyCodeSyntax
    {
        /// <summary>
        /// What replaces the site of <paramref name="request"/> (the literal; for <see cref="MagicReplyCodeContract.ReplaceCast"/>
        /// the cast around it; for <see cref="MagicReplyCodeContract.ReplyText"/> the code's digits): the named member, cast
        /// back to the literal's type for <see cref="MagicReplyCodeContract.CastLiteral"/>, or its code string.
        /// </summary>
        public static ExpressionSyntax Replacement(in ReplyCodeRequest request, bool addImport)
        {
            var plan = request.Plan;
            switch (plan.Shape)
            {
                case MagicReplyCodeContract.CastLiteral:
                    return CastTo(request.LiteralType, NamedMember(plan, addImport));
                default:
                    return NamedMember(plan, addImport);
            }
        }

        /// <summary>The user's constant, fully qualified for the clean-up to shorten, cast where the properties say.</summary>
        public static ExpressionSyntax OwnConstant(in OwnConstantRequest own)
        {
            var name = SyntaxFactory.ParseExpression(own.Member).WithAdditionalAnnotations(Simplifier.Annotation);
            return own.Cast.Length == 0 ? name : CastTo(own.Cast, name);
        }

        /// <summary>
        /// <paramref name="replacement"/> with <paramref name="original"/>'s trivia. Where none separated the original from
        /// a following word (<c>257or 421</c> while typing), a name ending in a letter would fuse with it
        /// (<c>PathnameCreatedor</c>): one space is kept between them. Inside an interpolation hole the replacement is
        /// parenthesised for the clean-up (<see cref="FixSafety.GuardedInHole"/>).
        /// </summary>
        public static SyntaxNode KeptApart(ExpressionSyntax replacement, SyntaxNode original)
        {
            replacement = FixSafety.GuardedInHole(replacement, original).WithTriviaFrom(original);
            var next = original.GetLastToken().GetNextToken(includeZeroWidth: true);
            var nextText = next.ToFullString();
            var fuses = !original.GetTrailingTrivia().Any()
                && nextText.Length > 0
                && (char.IsLetterOrDigit(nextText[0]) || nextText[0] == '_' || nextText[0] == '@');
            return fuses ? replacement.WithTrailingTrivia(SyntaxFactory.Space) : replacement;
        }

        /// <summary>
        /// <c>global::Namespace.Enum.Member</c>, simplified to <c>Enum.Member</c> with a using added (or, without
        /// <paramref name="addImport"/>, as far as it binds the same: a using would be ambiguous). The annotations sit on
        /// the member access only, so the simplifier never removes a cast the program needs.
        /// </summary>
        private static ExpressionSyntax NamedMember(in ReplyCodeFixPlan plan, bool addImport) =>
            FixSafety.QualifiedForCleanUp(plan.EnumMetadataName + "." + plan.Member, addImport);

        /// <summary><c>(<paramref name="typeKeyword"/>)<paramref name="expression"/></c>.</summary>
        private static ExpressionSyntax CastTo(string typeKeyword, ExpressionSyntax expression) =>
            SyntaxFactory.CastExpression(SyntaxFactory.ParseTypeName(typeKeyword), expression);
    }
}
