using System;

namespace FtpReplyAnalyzers.Commands
{
    /// <summary>
    /// The one FTP command a method or a type is named for: <c>HandleSyst</c>, <c>OnEpsvAsync</c>, <c>PwdCommandHandler</c>
    /// on a server, <c>Cwd(dir)</c>, <c>SendPasv()</c> on a client. Every answer is an upper-case verb the command table
    /// knows (aliases folded: XPWD is PWD), or null.
    /// </summary>
    internal static class CommandNames
    {
        // Words a server's handler method starts with: HandleSyst, OnPwd, ProcessMkd, DoCwd, CmdRetr, CommandStor.
        private static readonly string[] HandlerPrefixes = { "Handle", "Process", "Execute", "Command", "Cmd", "On", "Do" };

        // Words a handler method or type ends with, before Async: PwdCommand, MkdHandler, RetrCommandHandler.
        private static readonly string[] HandlerSuffixes = { "CommandHandler", "Handler", "Command", "Cmd", "Processor" };

        // Verbs that are also English words or common member names (User, Type, Size, Mode, Port, Rest, Auth...): named
        // for one of them, a method or type is a command's handler only when its name also says Command or Cmd
        // (HandleUserCommand, UserCommandHandler); HandleUser may serve a user's connection, AuthHandler a login.
        private static readonly string[] EnglishVerbs =
        {
            "USER", "PASS", "ACCT", "TYPE", "MODE", "REST", "SITE", "HOST", "SIZE", "PORT", "QUIT", "HELP", "LIST", "STAT",
            "AUTH", "CONF", "ENC", "MIC",
        };

        // Abbreviations only FTP uses, but short enough to be something else alone: named for one of them, a method needs a
        // handler word (HandleNoop, not Noop).
        private static readonly string[] ShortVerbs = { "OPTS", "PROT", "STRU", "ALLO", "REIN", "NOOP", "ABOR", "FEAT", "LANG" };

        /// <summary>
        /// The command a server method is named for: a handler word and a verb (<c>HandleSyst</c>, <c>OnEpsvAsync</c>,
        /// <c>MkdCommand</c>), or a verb alone that is no English word (<c>Pwd</c>, <c>Epsv</c>).
        /// </summary>
        public static string? OfHandlerMethod(string name)
        {
            var core = Trim(name, "Async", atStart: false);
            var marked = false;
            var saysCommand = false;
            foreach (var prefix in HandlerPrefixes)
            {
                if (core.Length > prefix.Length && core.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(core[prefix.Length]))
                {
                    core = core.Substring(prefix.Length);
                    marked = true;
                    saysCommand = SaysCommand(prefix);
                    break;
                }
            }

            foreach (var suffix in HandlerSuffixes)
            {
                if (core.Length > suffix.Length && core.EndsWith(suffix, StringComparison.Ordinal))
                {
                    core = core.Substring(0, core.Length - suffix.Length);
                    marked = true;
                    saysCommand |= SaysCommand(suffix);
                    break;
                }
            }

            var verb = Verb(core);
            if (verb is null || (IsEnglish(verb) && !saysCommand))
            {
                return null;
            }

            return marked || Array.IndexOf(ShortVerbs, verb) < 0 ? verb : null;
        }

        /// <summary>
        /// The command a type is named for: a verb and a handler word (<c>PwdCommandHandler</c>, <c>FtpRetrCommand</c>,
        /// <c>MkdHandler</c>); for a verb that is an English word, the word must say Command (<c>UserCommandHandler</c>).
        /// </summary>
        public static string? OfHandlerType(string name) => OfHandlerType(name, strict: true);

        /// <summary>
        /// <see cref="OfHandlerType(string)"/>; with <paramref name="strict"/> false, an English-word verb counts without
        /// Command too (<c>SiteHandler</c>): enough to say which command a type is about, not to be sure it handles one.
        /// </summary>
        public static string? OfHandlerType(string name, bool strict)
        {
            var core = Trim(name, "Async", atStart: false);
            core = Trim(core, "Ftp", atStart: true);
            foreach (var suffix in HandlerSuffixes)
            {
                if (core.Length > suffix.Length && core.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var verb = Verb(core.Substring(0, core.Length - suffix.Length));
                    return verb is not null && strict && IsEnglish(verb) && !SaysCommand(suffix) ? null : verb;
                }
            }

            return null;
        }

        /// <summary>
        /// The command a client method sends, Apache Commons Net style: <c>Cwd(dir)</c>, <c>SendPasv()</c>, <c>MkdAsync(path)</c>.
        /// A verb that is also a word counts only after <c>Send</c> (<c>SendUser</c>, not <c>User</c>).
        /// </summary>
        public static string? OfClientMethod(string name)
        {
            // Send + a verb + Async at most: most names are longer and allocate nothing here.
            if (name.Length < 3 || name.Length > 13)
            {
                return null;
            }

            var core = Trim(name, "Async", atStart: false);
            if (core.StartsWith("Send", StringComparison.Ordinal) && core.Length > 4)
            {
                var sent = Verb(core.Substring(4));
                return sent is null || IsEnglish(sent) ? null : sent;
            }

            var verb = Verb(core);
            return verb is null || IsEnglish(verb) || Array.IndexOf(ShortVerbs, verb) >= 0 ? null : verb;
        }

        /// <summary>The canonical verb of <paramref name="verb"/>: the command its row is written for (XPWD is PWD).</summary>
        public static string? Canonical(string verb) => CommandReplyCatalog.Find(verb)?.Verb;

        private static bool SaysCommand(string word) => word.IndexOf("Command", StringComparison.Ordinal) >= 0 || word.IndexOf("Cmd", StringComparison.Ordinal) >= 0;

        // "Pwd", "PWD" or "pwd" alone, as a verb the table knows; "PwdX", "Password" and "P" are none.
        private static string? Verb(string word)
        {
            if (word.Length < 3 || word.Length > 4)
            {
                return null;
            }

            var upper = word.ToUpperInvariant();
            var mixed = char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant();
            return word == upper || word == mixed || word == upper.ToLowerInvariant() ? Canonical(upper) : null;
        }

        private static bool IsEnglish(string verb) => Array.IndexOf(EnglishVerbs, verb) >= 0;

        private static string Trim(string name, string word, bool atStart)
        {
            if (name.Length <= word.Length)
            {
                return name;
            }

            if (atStart)
            {
                return name.StartsWith(word, StringComparison.Ordinal) && char.IsUpper(name[word.Length]) ? name.Substring(word.Length) : name;
            }

            return name.EndsWith(word, StringComparison.Ordinal) ? name.Substring(0, name.Length - word.Length) : name;
        }
    }
}
