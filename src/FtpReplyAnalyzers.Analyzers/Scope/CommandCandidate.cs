namespace FtpReplyAnalyzers.Scope
{
    /// <summary>
    /// A quote in a type's text that may open a command line (<see cref="CommandScan.CommandCandidates"/>), and what the
    /// verb after it says when the text alone tells: FTP for <c>"CWD </c>, another protocol for <c>"HELO </c> and
    /// <c>"HTTP/</c>, nothing for <c>"QUIT</c>; unknown (null) after an escape, which could spell anything, and for AUTH,
    /// whose mechanism decides.
    /// </summary>
    internal readonly struct CommandCandidate
    {
        public CommandCandidate(int quote, ScopeProtocol? text)
        {
            Quote = quote;
            Text = text;
        }

        /// <summary>The position of the quote.</summary>
        public int Quote { get; }

        /// <summary>What the verb after the quote says, or null where only the token's value text can tell.</summary>
        public ScopeProtocol? Text { get; }

        /// <summary>
        /// True when reading this candidate's token cannot change <paramref name="answer"/>, so the scan need not look
        /// it up. Exact: the token found at the quote says either what the text says or nothing, when the quote opens
        /// it ("PWD{x}" is no command line, "PWD" is); when the quote opens no token (a comment, a closing quote, a pair
        /// inside a verbatim string), the token found is another literal, whose own opening quote is a candidate too and
        /// is read on its own account. So skipping a candidate whose text adds nothing to the answer leaves the answer of
        /// the whole scan unchanged.
        /// </summary>
        public bool CannotChange(ScopeProtocol answer) =>
            Text is { } text && NamedScope.Combine(answer, text) == answer;
    }
}
