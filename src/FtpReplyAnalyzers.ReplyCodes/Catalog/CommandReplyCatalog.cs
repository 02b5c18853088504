using System;
using System.Collections.Generic;
using System.Linq;

namespace FtpReplyAnalyzers
{
    /// <summary>
    /// The command table: for each FTP command, the replies the RFCs allow (RFC 959 §5.4 "Command-Reply Sequences" and
    /// the extension RFCs' own lists), and the replies real servers send beyond them that are accepted all the same. The
    /// one source of truth for what a command can answer: docs/command-replies.md is generated from it, and a test checks
    /// it row by row against the team's reference table, each deliberate difference stated there with its evidence.
    /// </summary>
    internal static class CommandReplyCatalog
    {
        private const string Rfc959 = "RFC 959 §5.4";
        private const string DataTransferSecurity = "RFC 2228 §6, §8.2 (534, 535); RFC 4217 §10.2 (521 before, 522 after the 1yz reply)";
        private const string WrongCredentials = "non-standard 430 (invalid user name or password), sent by some servers for wrong credentials";
        private const string AnySecurityCommand = "RFC 2228 §8.2: any security command can return 500, 501, 502, 533 or 421";

        /// <summary>Replies any command may get, with the reason: these never say which command was answered.</summary>
        public static readonly (IReadOnlyList<int> Codes, string Why)[] AnyCommand =
        {
            (new[] { 421 }, "RFC 959 §4.2.1: may be a reply to any command when the service must shut down"),
            (new[] { 500, 502 }, "RFC 2389 §3.2: the replies to a command a server does not recognise or implement"),
            (new[] { 504 }, "RFC 959 §4.2: command not implemented for that parameter, which any command with a parameter may get (REST in a mode the server cannot resume)"),
            (new[] { 501, 503, 530 }, "syntax, sequence and login errors, sent by servers to any command (a login gate before the command handlers)"),
            (new[] { 532 }, "RFC 959 §4.1.1 (ACCT): a site may require an account only for some access, and says so to the command that needs it"),
        };

        /// <summary>Every command the table knows, in RFC order: RFC 959's 33, then the extensions'.</summary>
        public static readonly CommandReplyDefinition[] All =
        {
            new CommandReplyDefinition("USER", Rfc959 + "; RFC 2228 §4, §8.2", true, "", "230,232", "331,332,336", "421", "500,501,530",
                accepted: new[] { ("430", WrongCredentials) },
                note: "232 and 336 are RFC 2228's security-enhanced login."),
            new CommandReplyDefinition("PASS", Rfc959, true, "", "230,202", "332", "421", "500,501,503,530",
                accepted: new[] { ("430", WrongCredentials) },
                note: "332: an account is still needed; 503 when PASS does not follow USER."),
            new CommandReplyDefinition("ACCT", Rfc959, true, "", "230,202", "", "421", "500,501,503,530"),
            new CommandReplyDefinition("CWD", Rfc959 + "; Appendix II", true, "", "250", "", "421", "500,501,502,530,550",
                accepted: new[] { ("200", "RFC 959 Appendix II's examples answer CWD with 200"), ("431", "RFC 959 Appendix II shows 431 No such directory") }),
            new CommandReplyDefinition("CDUP", Rfc959 + "; §4.1.1; Appendix II", true, "", "200", "", "421", "500,501,502,530,550",
                accepted: new[] { ("250", "RFC 959 §4.1.1 and Appendix II: CDUP's replies are CWD's") }),
            new CommandReplyDefinition("SMNT", Rfc959, true, "", "202,250", "", "421", "500,501,502,530,550"),
            new CommandReplyDefinition("REIN", Rfc959, true, "120", "220", "", "421", "500,502",
                note: "120 is followed by 220 when the server is ready."),
            new CommandReplyDefinition("QUIT", Rfc959, true, "", "221", "", "", "500",
                accepted: new[] { ("226,426", "RFC 959 §4.1.1: a running transfer's final reply is sent before QUIT's 221") },
                note: "If a transfer is running, its final reply comes before 221 (RFC 959 §4.1.1)."),
            new CommandReplyDefinition("PORT", Rfc959, true, "", "200", "", "421", "500,501,530",
                accepted: new[] { ("425", "servers that connect at once report the data connection's failure to PORT") }),
            new CommandReplyDefinition("PASV", Rfc959, true, "", "227", "", "421", "500,501,502,530",
                accepted: new[] { ("425", "servers that cannot listen for the data connection say so to PASV") }),
            new CommandReplyDefinition("MODE", Rfc959, true, "", "200", "", "421", "500,501,504,530"),
            new CommandReplyDefinition("TYPE", Rfc959, true, "", "200", "", "421", "500,501,504,530"),
            new CommandReplyDefinition("STRU", Rfc959, true, "", "200", "", "421", "500,501,504,530"),
            new CommandReplyDefinition("RETR", Rfc959 + "; " + DataTransferSecurity, true, "110,125,150", "226,250", "", "425,426,451,450,421", "550,500,501,530,534,535,521,522",
                accepted: new[] { ("554", "an invalid restart marker (REST) is reported on the next transfer command (RFC 3659 §5.3 names no code; 554 per RFC 1123, not verified)") },
                note: "125 or 150 first, then 226 or 250 (or 425, 426, 451) after the transfer; 450, 550 and the syntax and login errors come instead of 125 or 150. 110 only as a restart marker."),
            new CommandReplyDefinition("STOR", Rfc959 + "; " + DataTransferSecurity, true, "110,125,150", "226,250", "", "425,426,451,450,452,421", "551,552,532,553,500,501,530,534,535,521,522",
                accepted: new[] { ("550", "widely sent for a path that cannot be written (APPE's row has it)"), ("554", "an invalid restart marker, as for RETR") }),
            new CommandReplyDefinition("STOU", Rfc959 + "; RFC 1123 §4.1.2.9; " + DataTransferSecurity, true, "110,125,150", "226,250", "", "425,426,451,450,452,421", "551,552,532,553,500,501,530,534,535,521,522",
                accepted: new[] { ("550", "as for STOR") },
                note: "RFC 1123 §4.1.2.9: the generated name goes in the 125 or 150 reply, not in a 250."),
            new CommandReplyDefinition("APPE", Rfc959 + "; " + DataTransferSecurity, true, "110,125,150", "226,250", "", "425,426,451,450,452,421", "551,552,532,550,553,500,501,502,530,534,535,521,522",
                accepted: new[] { ("554", "an invalid restart marker, as for RETR") }),
            new CommandReplyDefinition("ALLO", Rfc959, true, "", "200,202", "", "421", "500,501,504,530"),
            new CommandReplyDefinition("REST", Rfc959 + "; RFC 3659 §5.3", true, "", "", "350", "421", "500,501,502,530",
                note: "350 is the only positive reply; a bad marker is reported on the next transfer command."),
            new CommandReplyDefinition("RNFR", Rfc959, true, "", "", "350", "450,421", "550,500,501,502,530"),
            new CommandReplyDefinition("RNTO", Rfc959, true, "", "250", "", "421", "532,553,500,501,502,503,530",
                accepted: new[] { ("450,550", "the rename happens at RNTO, and servers report its failure with RNFR's codes (vsftpd: 550 Rename failed)") }),
            new CommandReplyDefinition("ABOR", Rfc959 + "; §4.1.3", true, "", "225,226", "", "421", "500,501,502",
                accepted: new[] { ("426", "RFC 959 §4.1.3: the aborted transfer's 426 is the first reply read after ABOR is sent") },
                note: "An interrupted transfer first gets 426 (the transfer command's reply), then ABOR gets 226."),
            new CommandReplyDefinition("DELE", Rfc959, true, "", "250", "", "450,421", "550,500,501,502,530",
                accepted: new[] { ("200", "sent by some servers for a deleted file; Python's ftplib accepts it") }),
            new CommandReplyDefinition("RMD", Rfc959 + "; Appendix II", true, "", "250", "", "421", "500,501,502,530,550",
                accepted: new[] { ("450", "RFC 959 Appendix II: RMD's replies are DELE's") }),
            new CommandReplyDefinition("MKD", Rfc959 + "; Appendix II", true, "", "257", "", "421", "500,501,502,530,550",
                accepted: new[] { ("521", "RFC 959 Appendix II: directory already exists"), ("532,450,452,553", "RFC 959 Appendix II: MKD's failures are STOR's") }),
            new CommandReplyDefinition("PWD", Rfc959 + "; Appendix II", true, "", "257", "", "421", "500,501,502,550"),
            new CommandReplyDefinition("LIST", Rfc959 + "; " + DataTransferSecurity, true, "125,150", "226,250", "", "425,426,451,450,421", "500,501,502,530,534,535,521,522",
                accepted: new[] { ("550", "widely sent for a path that does not exist") }),
            new CommandReplyDefinition("NLST", Rfc959 + "; " + DataTransferSecurity, true, "125,150", "226,250", "", "425,426,451,450,421", "500,501,502,530,534,535,521,522",
                accepted: new[] { ("550", "widely sent for a path that does not exist") }),
            new CommandReplyDefinition("SITE", Rfc959, true, "", "200,202", "", "", "500,501,530",
                accepted: new[]
                {
                    ("502,504", "RFC 959 §4.2: not implemented, or not for that parameter"),
                    ("550", "sent by servers for a SITE subcommand that failed (SITE CHMOD)"),
                    ("211,212,213,214", "RFC 959 §4.1.3: a subcommand's replies are the site's own; status and help replies as STAT and HELP send them (SITE HELP answers 214 on vsftpd and ProFTPD)"),
                    ("125,150,226", "a SITE subcommand that sends its answer over the data connection"),
                    ("250,350", "ProFTPD's mod_copy: SITE CPFR answers 350 and SITE CPTO 250, as RNFR and RNTO do"),
                }),
            new CommandReplyDefinition("SYST", Rfc959, true, "", "215", "", "421", "500,501,502"),
            new CommandReplyDefinition("STAT", Rfc959, true, "", "211,212,213", "", "450,421", "500,501,502,530",
                accepted: new[] { ("550", "sent by servers for a path that does not exist") }),
            new CommandReplyDefinition("HELP", Rfc959 + "; §4.1.3", true, "", "211,214", "", "421", "500,501,502"),
            new CommandReplyDefinition("NOOP", Rfc959, true, "", "200", "", "421", "500"),
            new CommandReplyDefinition("AUTH", "RFC 2228 §3, §8.2; RFC 4217 §4.2", true, "", "234", "334", "431,421", "502,504,534,500,501,533",
                note: AnySecurityCommand + ". RFC 4217 §4.2: AUTH TLS is accepted with 234; 334 is incorrect for TLS."),
            new CommandReplyDefinition("ADAT", "RFC 2228 §3, §8.2", true, "", "235", "335", "421", "503,501,535,500,502,533", note: AnySecurityCommand + "."),
            new CommandReplyDefinition("PBSZ", "RFC 2228 §8.2; RFC 4217 §9", true, "", "200", "", "421", "503,500,501,530,502,533", note: AnySecurityCommand + "."),
            new CommandReplyDefinition("PROT", "RFC 2228 §8.2; RFC 4217", true, "", "200", "", "431,421", "504,536,503,534,500,501,530,502,533", note: AnySecurityCommand + "."),
            new CommandReplyDefinition("CCC", "RFC 2228 §3; RFC 4217 §5", true, "", "200", "", "421", "533,534,500"),
            new CommandReplyDefinition("MIC", "RFC 2228 §3, §5.2, §8.2", true, "", "", "", "421", "535,533,537,503,502,500,501",
                accepted: new[] { ("631,632,633", "RFC 2228 §5.2: the protected reply to the protected command") }),
            new CommandReplyDefinition("CONF", "RFC 2228 §3, §5.2, §8.2", true, "", "", "", "421", "535,533,537,503,502,500,501",
                accepted: new[] { ("631,632,633", "RFC 2228 §5.2: the protected reply to the protected command") }),
            new CommandReplyDefinition("ENC", "RFC 2228 §3, §5.2, §8.2", true, "", "", "", "421", "535,533,537,503,502,500,501",
                accepted: new[] { ("631,632,633", "RFC 2228 §5.2: the protected reply to the protected command") }),
            new CommandReplyDefinition("FEAT", "RFC 2389 §3.2", true, "", "211", "", "", "500,502,501"),
            new CommandReplyDefinition("OPTS", "RFC 2389 §4", true, "", "200", "", "451", "501,500,502",
                accepted: new[] { ("202", "OPTS UTF8 ON where UTF-8 is always on (FileZilla Server: 202 UTF8 mode is always enabled)") }),
            new CommandReplyDefinition("EPRT", "RFC 2428 §2", true, "", "200", "", "", "522,500,501",
                accepted: new[] { ("425", "as for PORT") }),
            new CommandReplyDefinition("EPSV", "RFC 2428 §3", true, "", "229", "", "", "522,500,501",
                accepted: new[] { ("200", "EPSV ALL: RFC 2428 gives no reply code; servers answer 200"), ("425", "as for PASV") }),
            new CommandReplyDefinition("LPRT", "RFC 1639", false, "", "200", "", "", "500,501,521",
                accepted: new[] { ("425", "as for PORT") }),
            new CommandReplyDefinition("LPSV", "RFC 1639", false, "", "228", "", "", "500,501,521",
                accepted: new[] { ("425", "as for PASV") }),
            new CommandReplyDefinition("MDTM", "RFC 3659 §3", true, "", "213", "", "", "550,500,501", anyTransient: true,
                accepted: new[] { ("250", "MDTM with a time sets it on some servers (not RFC 3659), answered 250 or 213") }),
            new CommandReplyDefinition("SIZE", "RFC 3659 §4", true, "", "213", "", "", "550,500,501", anyTransient: true),
            new CommandReplyDefinition("MLST", "RFC 3659 §7.2.1", true, "", "250", "", "", "501,550,500,530,553,503,504", anyTransient: true),
            new CommandReplyDefinition("MLSD", "RFC 3659 §7.2, §7.2.1", true, "150", "226", "", "425,426,451,450", "501,550,500,530,553,503,504", anyTransient: true,
                accepted: new[] { ("125,250", "as for LIST (RFC 3659's grammar has only 150, then 226)") }),
            new CommandReplyDefinition("LANG", "RFC 2640 §4.1, §4.2", true, "", "200", "", "", "500,501,502,504"),
        };

        /// <summary>
        /// The RFC 775 forms that RFC 1123 §4.1.3.1 asks servers to accept as the same commands: they get the same replies.
        /// </summary>
        public static readonly (string Alias, string Verb)[] Aliases =
        {
            ("XCWD", "CWD"), ("XCUP", "CDUP"), ("XMKD", "MKD"), ("XRMD", "RMD"), ("XPWD", "PWD"),
        };

        private static readonly Dictionary<string, CommandReplyDefinition> ByVerb = Index();

        // The codes of AnyCommand, for the check every literal passes first.
        private static readonly HashSet<int> ForAny = new HashSet<int>(AnyCommand.SelectMany(a => a.Codes));

        /// <summary>True for a reply every command may get (<see cref="AnyCommand"/>): no command's row can exclude it.</summary>
        public static bool AllowedForAny(int code) => ForAny.Contains(code);

        /// <summary>The command named <paramref name="verb"/> (upper case; an alias finds its command's row), or null.</summary>
        public static CommandReplyDefinition? Find(string verb) => ByVerb.TryGetValue(verb, out var command) ? command : null;

        private static Dictionary<string, CommandReplyDefinition> Index()
        {
            var byVerb = new Dictionary<string, CommandReplyDefinition>(StringComparer.Ordinal);
            foreach (var command in All)
            {
                byVerb.Add(command.Verb, command);
            }

            foreach (var (alias, verb) in Aliases)
            {
                byVerb.Add(alias, byVerb[verb]);
            }

            return byVerb;
        }
    }
}
