namespace FtpReplyAnalyzers
{
    /// <summary>
    /// One FTP reply code as the catalog records it. The same source file is compiled into the bundled library
    /// and into the analyzer, so the enum's documentation and the diagnostics can never disagree.
    /// </summary>
    internal sealed class ReplyCodeDefinition
    {
        public ReplyCodeDefinition(
            int code,
            string name,
            string meaning,
            string source,
            string seenWhen,
            string handling,
            string? bclName = null,
            bool isStandard = true,
            string[]? otherMeanings = null,
            string? shortHandling = null)
        {
            Code = code;
            CodeText = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Name = name;
            Meaning = meaning;
            Source = source;
            SeenWhen = seenWhen;
            Handling = handling;
            BclName = bclName;
            IsStandard = isStandard;
            OtherMeanings = otherMeanings ?? System.Array.Empty<string>();
            ShortHandling = shortHandling ?? ReplyCodeCatalog.ClassHandling(code / 100);
        }

        /// <summary>The three-digit reply code, e.g. 421.</summary>
        public int Code { get; }

        /// <summary>The code as its three-digit text, e.g. <c>"421"</c>, as string-keeping libraries hold it.</summary>
        public string CodeText { get; }

        /// <summary>The member name in <c>FtpReplyCode</c>, e.g. <c>ServiceNotAvailable</c>.</summary>
        public string Name { get; }

        /// <summary>
        /// What the code means, as a short lower-case phrase that reads inside a sentence and inside double
        /// quotes, e.g. <c>service not available, closing control connection</c>. Used by the diagnostics.
        /// </summary>
        public string Meaning { get; }

        /// <summary>Where the code is defined, e.g. <c>RFC 959 §4.2.2</c>.</summary>
        public string Source { get; }

        /// <summary>Which commands or situations produce the reply (one or two sentences).</summary>
        public string SeenWhen { get; }

        /// <summary>What a client does about it (one or two sentences).</summary>
        public string Handling { get; }

        /// <summary>
        /// What to do about the reply in a few words, for the diagnostics: its class's words
        /// (<see cref="ReplyCodeCatalog.ClassHandling"/>), unless the code's own handling contradicts them (430 is 4yz,
        /// yet repeating bad credentials is no retry).
        /// </summary>
        public string ShortHandling { get; }

        /// <summary>The member of <c>System.Net.FtpStatusCode</c> with this value, when the BCL has one.</summary>
        public string? BclName { get; }

        /// <summary>False for codes that no RFC defines but that servers widely send (documented as such).</summary>
        public bool IsStandard { get; }

        /// <summary>Further meanings that other RFCs or servers give the same number, each with its source.</summary>
        public string[] OtherMeanings { get; }

        /// <summary>The reply class: the first digit (RFC 959 §4.2.1; 6 is RFC 2228's protected reply).</summary>
        public int ClassDigit => Code / 100;
    }
}
