namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>
    /// What the FTP0003 analyzer tells its fix. The analyzer, which sees the operation tree, decides whether the
    /// rewrite is identical for every value; it then puts the helper's name in the diagnostic's properties and the
    /// operand's location in its additional locations. A diagnostic without <see cref="HelperKey"/> gets no fix.
    /// </summary>
    internal static class ReplyClassCheckFix
    {
        /// <summary>Property: the <c>FtpReplyCodes</c> method to call (<c>IsTransientNegative</c>); absent when there is no fix.</summary>
        public const string HelperKey = "Helper";

        /// <summary>Property: "True" when the check is negated (<c>code / 100 != 4</c>) and the call gets a <c>!</c>.</summary>
        public const string NegatedKey = "Negated";

        /// <summary>One key for every shape, so that one Fix All (and dotnet format) fixes every site at once.</summary>
        public const string EquivalenceKey = RuleIdentifiers.ReplyClassCheck + ".UseReplyClassHelper";
    }
}
