namespace FtpReplyAnalyzers
{
    /// <summary>Every rule ID, and the one place that turns an ID into its documentation link.</summary>
    internal static class RuleIdentifiers
    {
        /// <summary>A literal FTP reply code where a named member should be.</summary>
        public const string MagicReplyCode = "FTP0001";

        /// <summary>A number in a reply position that no RFC defines as a reply code: likely a typo.</summary>
        public const string UnknownReplyCode = "FTP0002";

        /// <summary>A reply class tested by hand (<c>code &gt;= 400 &amp;&amp; code &lt; 500</c>) where a named helper should be.</summary>
        public const string ReplyClassCheck = "FTP0003";

        /// <summary>A reply code that the FTP command it answers never sends (<c>Send("PWD") == 250</c>).</summary>
        public const string CommandNeverReplies = "FTP0004";

        /// <summary>The repository whose docs/rules folder holds one page per rule.</summary>
        public const string RepositoryUrl = "https://github.com/ftp-reply-analyzers/FtpReplyAnalyzers";

        /// <summary>The documentation page of a rule: docs/rules/&lt;ID&gt;.md in the repository.</summary>
        public static string GetHelpUri(string id) => RepositoryUrl + "/blob/main/docs/rules/" + id + ".md";
    }
}
