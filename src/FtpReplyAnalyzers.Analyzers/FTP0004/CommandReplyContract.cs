using System.Collections.Immutable;

namespace FtpReplyAnalyzers.FTP0004
{
    /// <summary>
    /// What the FTP0004 analyzer tells its fix: the command, the code written, and the one reply of the same class the
    /// command's row lists, when there is exactly one (<see cref="Write"/>). The fix reads them back (<see cref="TryRead"/>);
    /// a diagnostic without a suggested code gets no fix.
    /// </summary>
    internal static class CommandReplyContract
    {
        /// <summary>Property: the command's verb (<c>PWD</c>).</summary>
        public const string VerbKey = "Verb";

        /// <summary>Property: the code written (<c>250</c>).</summary>
        public const string CodeKey = "Code";

        /// <summary>Property: the code the command sends in the written code's class (<c>257</c>); absent when there is none or several.</summary>
        public const string SuggestedKey = "Suggested";

        /// <summary>Property: what the suggested code means, for the fix's title.</summary>
        public const string MeaningKey = "Meaning";

        /// <summary>The fix's key: every FTP0004 fix changes what the program does, so none joins a Fix All.</summary>
        public const string EquivalenceKey = RuleIdentifiers.CommandNeverReplies + ".UseTheCommandsReply";

        /// <summary>The properties of a diagnostic about <paramref name="code"/> written for <paramref name="verb"/>.</summary>
        public static ImmutableDictionary<string, string?> Write(string verb, string code, string? suggested, string? meaning)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(VerbKey, verb).Add(CodeKey, code);
            return suggested is null ? properties : properties.Add(SuggestedKey, suggested).Add(MeaningKey, meaning);
        }

        /// <summary>The replacement a diagnostic offers; false where it offers none.</summary>
        public static bool TryRead(ImmutableDictionary<string, string?> properties, out CommandReplyRequest request)
        {
            request = default;
            if (!properties.TryGetValue(VerbKey, out var verb) || verb is null
                || !properties.TryGetValue(CodeKey, out var code) || code is null || code.Length != 3
                || !properties.TryGetValue(SuggestedKey, out var suggested) || suggested is null || suggested.Length != 3
                || !properties.TryGetValue(MeaningKey, out var meaning))
            {
                return false;
            }

            request = new CommandReplyRequest(verb, code, suggested, meaning ?? string.Empty);
            return true;
        }
    }

    /// <summary>The replacement of <see cref="Code"/> by <see cref="Suggested"/>, the reply <see cref="Verb"/> sends in that class.</summary>
    internal readonly record struct CommandReplyRequest(string Verb, string Code, string Suggested, string Meaning);
}
