namespace FtpReplyAnalyzers.FTP0001
{
    /// <summary>
    /// The shapes of rewrite the FTP0001 fix makes. The analyzer, which sees the operation tree, chooses one and
    /// passes it in the diagnostic's properties; the fix only rewrites syntax.
    /// </summary>
    internal static class ReplyCodeFix
    {
        /// <summary>Property: which rewrite (one of the constants below).</summary>
        public const string ShapeKey = "Shape";

        /// <summary>Property: metadata name of the enum written (FtpReplyAnalyzers.FtpReplyCode or System.Net.FtpStatusCode).</summary>
        public const string EnumKey = "Enum";

        /// <summary>Property: the member written.</summary>
        public const string MemberKey = "Member";

        /// <summary>Property: the C# keyword of the literal's type (int, long...), for <see cref="CastLiteral"/>.</summary>
        public const string LiteralTypeKey = "LiteralType";

        /// <summary>Property: the reply code.</summary>
        public const string CodeKey = "Code";

        /// <summary>Property: the user's own constant or enum member for the code, fully qualified (<c>global::App.FtpCodes.FileNotFound</c>).</summary>
        public const string OwnMemberKey = "OwnMember";

        /// <summary>Property: the user's member as the title shows it (<c>FtpCodes.FileNotFound</c>).</summary>
        public const string OwnDisplayKey = "OwnDisplay";

        /// <summary>Property: the C# keyword to cast the user's member to (an enum member, a constant of another integer type), or empty.</summary>
        public const string OwnCastKey = "OwnCast";

        /// <summary>The key of the fix that writes the user's own constant, offered first where there is one.</summary>
        public const string OwnEquivalenceKey = RuleIdentifiers.MagicReplyCode + ".UseOwnConstant";

        /// <summary><c>550</c> to <c>(int)FtpReplyCode.FileUnavailable</c>: same value, same type, still constant.</summary>
        public const string CastLiteral = "CastLiteral";

        /// <summary><c>(FtpStatusCode)550</c> to <c>FtpStatusCode.ActionNotTakenFileUnavailable</c>: the whole cast goes.</summary>
        public const string ReplaceCast = "ReplaceCast";

        /// <summary><c>(FtpStatusCode)229</c> to <c>(FtpStatusCode)FtpReplyCode.EnteringExtendedPassiveMode</c>: the BCL lacks 229.</summary>
        public const string CastOperand = "CastOperand";

        /// <summary>
        /// <c>(int)response.StatusCode == 550</c> to <c>response.StatusCode == FtpStatusCode.ActionNotTakenFileUnavailable</c>.
        /// The fix removes the cast on the other operand of the comparison.
        /// </summary>
        public const string CompareEnum = "CompareEnum";

        /// <summary><c>reply.Code == "550"</c> to <c>reply.Code == FtpReplyCode.FileUnavailable.ToCodeString()</c>.</summary>
        public const string CodeString = "CodeString";

        /// <summary>
        /// Reply text: <c>"550 File not found"</c> to <c>FtpReplyCode.FileUnavailable.ToCodeString() + " File not found"</c>,
        /// <c>$"226 Done, {n} bytes"</c> to <c>$"{FtpReplyCode.ClosingDataConnection.ToCodeString()} Done, {n} bytes"</c>: the same
        /// string. The diagnostic's location is the code's three digits inside the text.
        /// </summary>
        public const string ReplyText = "ReplyText";

        /// <summary>No rewrite keeps the program identical and readable (a string case label, an expression tree).</summary>
        public const string None = "None";

        /// <summary>One key for every shape, so that one Fix All (and dotnet format) fixes every site at once.</summary>
        public const string EquivalenceKey = RuleIdentifiers.MagicReplyCode + ".UseNamedReplyCode";
    }
}
