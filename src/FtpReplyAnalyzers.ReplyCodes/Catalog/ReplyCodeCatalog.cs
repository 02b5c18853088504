namespace FtpReplyAnalyzers
{
    /// <summary>
    /// The code table: the one source of truth for every FTP reply code this package knows. The
    /// <c>FtpReplyCode</c> enum (FtpReplyCode.g.cs), the analyzer's messages and docs/reply-codes.md are all
    /// derived from it; a test regenerates them and fails when they drift.
    /// </summary>
    internal static class ReplyCodeCatalog
    {
        /// <summary>Every known reply code, ordered by code, one entry per number.</summary>
        public static readonly ReplyCodeDefinition[] All =
        {
            new ReplyCodeDefinition(
                code: 110,
                name: "RestartMarker",
                meaning: "restart marker for a block or compressed mode transfer",
                source: "RFC 959 §4.2.2",
                seenWhen: "During a transfer in block or compressed mode that carries restart markers; the text has the fixed form MARK yyyy = mmmm, pairing the client's marker with the server's.",
                handling: "Wait for the final reply; keep the latest marker pair so an interrupted transfer can later be resumed with REST.",
                bclName: "RestartMarker"),
            new ReplyCodeDefinition(
                code: 120,
                name: "ServiceReadyInMinutes",
                meaning: "service not ready yet, expected to be ready in nnn minutes",
                source: "RFC 959 §4.2.2",
                seenWhen: "Sent on connect in place of the 220 greeting while the server is still starting up; the text says how many minutes to expect.",
                handling: "Wait for the final reply: keep the connection open and expect a 220 when the server is ready (or a 421 if it gives up).",
                bclName: "ServiceTemporarilyNotAvailable"),
            new ReplyCodeDefinition(
                code: 125,
                name: "DataConnectionAlreadyOpen",
                meaning: "data connection already open, transfer starting",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to RETR, STOR, STOU, APPE, LIST, NLST or MLSD when a data connection is already open and the transfer starts on it.",
                handling: "Wait for the final reply: move the data, then read the 226 or 250 (or the error) that follows.",
                bclName: "DataAlreadyOpen"),
            new ReplyCodeDefinition(
                code: 150,
                name: "OpeningDataConnection",
                meaning: "file status okay, about to open the data connection",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to RETR, STOR, STOU, APPE, LIST, NLST or MLSD just before the server opens or accepts the data connection for the transfer.",
                handling: "Wait for the final reply: move the data over the data connection, then read the 226 or 250 (or the error) that follows.",
                bclName: "OpeningData"),
            new ReplyCodeDefinition(
                code: 200,
                name: "CommandOk",
                meaning: "command okay",
                source: "RFC 959 §4.2.2",
                seenWhen: "Success reply to commands that only change settings, such as TYPE, MODE, STRU, PORT, EPRT, PBSZ, PROT and OPTS, and to NOOP.",
                handling: "Nothing to do: the setting took effect; go on with the next command.",
                bclName: "CommandOK"),
            new ReplyCodeDefinition(
                code: 202,
                name: "CommandSuperfluous",
                meaning: "command not implemented because this site does not need it",
                source: "RFC 959 §4.2.2",
                seenWhen: "Typically a reply to ALLO (or ACCT) on a server that has no use for that command.",
                handling: "Nothing to do: treat it as success; the command had no effect and none was needed.",
                bclName: "CommandExtraneous"),
            new ReplyCodeDefinition(
                code: 211,
                name: "SystemStatus",
                meaning: "system status or system help reply",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to STAT without an argument and to HELP on some servers; also the multi-line feature list sent in answer to FEAT (RFC 2389).",
                handling: "Nothing to do: read the (often multi-line) text; parse it line by line when it answers FEAT."),
            new ReplyCodeDefinition(
                code: 212,
                name: "DirectoryStatus",
                meaning: "directory status",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to STAT with a directory as argument; the listing comes back over the control connection.",
                handling: "Nothing to do: read the multi-line text as the listing.",
                bclName: "DirectoryStatus"),
            new ReplyCodeDefinition(
                code: 213,
                name: "FileStatus",
                meaning: "file status",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to STAT with a file as argument, and the success reply to SIZE (size in octets) and MDTM (modification time) from RFC 3659.",
                handling: "Nothing to do: parse the value that follows the code (for SIZE a number, for MDTM a UTC time stamp).",
                bclName: "FileStatus"),
            new ReplyCodeDefinition(
                code: 214,
                name: "HelpMessage",
                meaning: "help message meant for a human reader",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to HELP, with or without a command name; the text explains how to use the server or one of its non-standard commands.",
                handling: "Nothing to do: show the text to the user if useful; do not parse it, its wording is free-form."),
            new ReplyCodeDefinition(
                code: 215,
                name: "SystemType",
                meaning: "system type name",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to SYST; the first word names the operating system (e.g. UNIX), often followed by further detail.",
                handling: "Nothing to do: use the first word as a hint only, e.g. when choosing a parser for LIST output.",
                bclName: "SystemType"),
            new ReplyCodeDefinition(
                code: 220,
                name: "ServiceReady",
                meaning: "service ready for a new user",
                source: "RFC 959 §4.2.2",
                seenWhen: "The greeting once the control connection is open (or after a 120 delay), and the reply to REIN; servers that support HOST (RFC 7151) also use it to accept that command.",
                handling: "Nothing to do: the server is ready; start the login (AUTH TLS first if the session is to be protected, then USER).",
                bclName: "SendUserCommand"),
            new ReplyCodeDefinition(
                code: 221,
                name: "ClosingControlConnection",
                meaning: "service closing control connection, user logged out",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to QUIT, and sometimes sent when the server ends the session itself; the server closes the control connection right after it.",
                handling: "Nothing to do: the session ended normally; close the socket on your side.",
                bclName: "ClosingControl"),
            new ReplyCodeDefinition(
                code: 225,
                name: "DataConnectionOpenNoTransfer",
                meaning: "data connection open, no transfer in progress",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to ABOR when no transfer was running, or when the server keeps the data connection open between transfers in block or compressed mode.",
                handling: "Nothing to do: the data connection stays usable; send the next transfer command."),
            new ReplyCodeDefinition(
                code: 226,
                name: "ClosingDataConnection",
                meaning: "closing data connection, requested file action succeeded",
                source: "RFC 959 §4.2.2",
                seenWhen: "Final reply after a successful RETR, STOR, STOU, APPE, LIST, NLST or MLSD, and after ABOR has aborted a transfer.",
                handling: "Nothing to do: the transfer is complete; the data connection is gone, so set up a new one (PASV/EPSV or PORT/EPRT) for the next transfer.",
                bclName: "ClosingData"),
            new ReplyCodeDefinition(
                code: 227,
                name: "EnteringPassiveMode",
                meaning: "entering passive mode",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to PASV; the text gives the address to connect to as six comma-separated numbers (h1,h2,h3,h4,p1,p2).",
                handling: "Nothing to do but connect: parse the numbers (port = p1 * 256 + p2) and open the data connection; many clients reuse the control connection's host instead of h1-h4 to cope with NAT.",
                bclName: "EnteringPassive"),
            new ReplyCodeDefinition(
                code: 228,
                name: "EnteringLongPassiveMode",
                meaning: "entering long passive mode",
                source: "RFC 1639",
                seenWhen: "Reply to LPSV; the text gives the address family, host address and port in the long address format of RFC 1639.",
                handling: "Nothing to do but connect: parse the address family, host and port bytes and open the data connection. Prefer EPSV (RFC 2428), which replaced LPSV in practice."),
            new ReplyCodeDefinition(
                code: 229,
                name: "EnteringExtendedPassiveMode",
                meaning: "entering extended passive mode",
                source: "RFC 2428 §3",
                seenWhen: "Reply to EPSV; the text gives only the TCP port, between delimiters, e.g. (|||50000|).",
                handling: "Nothing to do but connect: open the data connection to that port on the host the control connection goes to."),
            new ReplyCodeDefinition(
                code: 230,
                name: "UserLoggedIn",
                meaning: "user logged in, proceed",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to PASS or ACCT once the login is complete, or to USER when the server needs no password for that user.",
                handling: "Nothing to do: the session is authenticated; continue with the next command.",
                bclName: "LoggedInProceed"),
            new ReplyCodeDefinition(
                code: 232,
                name: "UserLoggedInAuthorizedBySecurityExchange",
                meaning: "logged in, authorized by security exchange, or (obsolete) logout noted",
                source: "RFC 2228 §5.1",
                seenWhen: "Reply to USER when the security mechanism set up with AUTH and ADAT already identifies the user, so no password is needed.",
                handling: "Nothing to do: the session is authenticated; do not send PASS, continue with the next command.",
                otherMeanings: new[]
                {
                    "Obsolete, before RFC 959 (per secondary reply code lists, not checked in the RFC text): logout command noted, the session ends once the running transfer completes; some libraries still name 232 this way.",
                }),
            new ReplyCodeDefinition(
                code: 234,
                name: "SecurityDataExchangeComplete",
                meaning: "security data exchange complete, e.g. AUTH TLS accepted",
                source: "RFC 2228 §5.1",
                seenWhen: "Reply to AUTH when the server accepts the mechanism and no ADAT exchange is needed; after AUTH TLS (RFC 4217) it means the TLS handshake comes next.",
                handling: "Nothing to do but secure the channel: start the TLS handshake on the control connection at once, then send PBSZ 0 and PROT.",
                bclName: "ServerWantsSecureSession"),
            new ReplyCodeDefinition(
                code: 235,
                name: "SecurityDataExchangeSucceeded",
                meaning: "security data exchange completed successfully",
                source: "RFC 2228 §5.1",
                seenWhen: "Reply to ADAT when the security exchange is finished; the text may carry a last ADAT=base64 token for the client.",
                handling: "Nothing to do: pass any ADAT token in the text to the mechanism, then go on with USER, PBSZ or PROT."),
            new ReplyCodeDefinition(
                code: 250,
                name: "FileActionOk",
                meaning: "requested file action done",
                source: "RFC 959 §4.2.2",
                seenWhen: "Success reply to CWD, CDUP, DELE, RMD, RNTO, SMNT and MLST; some servers also end a transfer with it instead of 226.",
                handling: "Nothing to do: the action succeeded.",
                bclName: "FileActionOK"),
            new ReplyCodeDefinition(
                code: 257,
                name: "PathnameCreated",
                meaning: "pathname created or reported (MKD, PWD)",
                source: "RFC 959 §4.2.2 and Appendix II",
                seenWhen: "Reply to MKD (the new directory) and to PWD (the current directory); the path is in double quotes, with any quote inside it doubled.",
                handling: "Nothing to do: take the path from between the quotes and turn each doubled quote into a single one.",
                bclName: "PathnameCreated"),
            new ReplyCodeDefinition(
                code: 331,
                name: "UserNameOkNeedPassword",
                meaning: "user name okay, password needed",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to USER when the server accepts the name and expects a password.",
                handling: "Send the next command of the sequence: PASS with the password (for anonymous login, traditionally an e-mail address).",
                bclName: "SendPasswordCommand"),
            new ReplyCodeDefinition(
                code: 332,
                name: "NeedAccountForLogin",
                meaning: "account needed to log in",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to USER or PASS on servers that also need account information to complete the login.",
                handling: "Send the next command of the sequence: ACCT with the account information.",
                bclName: "NeedLoginAccount"),
            new ReplyCodeDefinition(
                code: 334,
                name: "SecurityMechanismOk",
                meaning: "security mechanism accepted, security data exchange follows",
                source: "RFC 2228 §5.1",
                seenWhen: "Reply to AUTH when the server accepts the mechanism but needs an ADAT exchange (e.g. GSSAPI); the text may carry ADAT=base64 data.",
                handling: "Send the next command of the sequence: ADAT with the next token from the mechanism, built from any data in the reply."),
            new ReplyCodeDefinition(
                code: 335,
                name: "SecurityDataAcceptable",
                meaning: "security data accepted, more is needed",
                source: "RFC 2228 §5.1",
                seenWhen: "Reply to ADAT when the token was accepted but the exchange is not finished; the text may carry ADAT=base64 data.",
                handling: "Send the next command of the sequence: another ADAT with the mechanism's next token."),
            new ReplyCodeDefinition(
                code: 336,
                name: "UserNameOkNeedPasswordChallenge",
                meaning: "user name okay, password needed, text carries a challenge",
                source: "RFC 2228 §5.1",
                seenWhen: "Reply to USER under a security mechanism that works by challenge and response (e.g. one-time passwords); the text holds the challenge.",
                handling: "Send the next command of the sequence: PASS with the response computed from the challenge."),
            new ReplyCodeDefinition(
                code: 350,
                name: "FileActionPending",
                meaning: "file action pending further information",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to RNFR (waiting for RNTO) and to REST (restart point stored, waiting for the transfer command).",
                handling: "Send the next command of the sequence: RNTO after RNFR, or RETR, STOR or APPE after REST.",
                bclName: "FileCommandPending"),
            new ReplyCodeDefinition(
                code: 421,
                name: "ServiceNotAvailable",
                meaning: "service not available, closing control connection",
                source: "RFC 959 §4.2.2",
                seenWhen: "Any command, when the server has to shut the session down: too many users, an idle timeout, or a shutdown in progress.",
                handling: "Treat the control connection as closed; reconnect and retry later, with a back-off.",
                bclName: "ServiceNotAvailable"),
            new ReplyCodeDefinition(
                code: 425,
                name: "CannotOpenDataConnection",
                meaning: "cannot open data connection",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to a transfer or listing command when the server could not reach the PORT/EPRT address or no client connected to its PASV/EPSV port; firewalls and NAT are the usual cause.",
                handling: "Retry later or another way: switch between passive and active mode or fix the firewall/NAT setup, and send PASV/EPSV or PORT/EPRT again before the command.",
                bclName: "CantOpenData"),
            new ReplyCodeDefinition(
                code: 426,
                name: "ConnectionClosedTransferAborted",
                meaning: "connection closed, transfer aborted",
                source: "RFC 959 §4.2.2",
                seenWhen: "Final reply to a transfer whose data connection broke midway, or the first reply to ABOR during a running transfer (a 226 follows).",
                handling: "Retry later: treat the data received so far as incomplete and resume with REST if the server supports it, or start over.",
                bclName: "ConnectionClosed"),
            new ReplyCodeDefinition(
                code: 430,
                name: "InvalidUserNameOrPassword",
                meaning: "invalid user name or password",
                source: "non-standard (no RFC defines it); found in common reply code lists and in some servers and client libraries (e.g. Go jlaffaye/ftp)",
                seenWhen: "Reply to PASS on some servers when the credentials are wrong; servers that follow RFC 959 send 530 instead.",
                handling: "Despite the 4yz class, do not retry unchanged: check the user name and password first; repeating bad credentials can lock the account.",
                isStandard: false,
                shortHandling: "check the credentials, do not retry as is"),
            new ReplyCodeDefinition(
                code: 431,
                name: "NeedUnavailableSecurityResource",
                meaning: "a resource needed to process security is unavailable",
                source: "RFC 2228 §5.1",
                seenWhen: "Reply to AUTH, ADAT or another security command when the server lacks something it needs for now, such as a credential or a key service.",
                handling: "Retry later: the problem is on the server side and may clear; fall back to an unprotected session only if your policy allows it."),
            new ReplyCodeDefinition(
                code: 434,
                name: "RequestedHostUnavailable",
                meaning: "requested host unavailable",
                source: "non-standard (no RFC defines it); found in common reply code lists, tied to virtual hosting (HOST)",
                seenWhen: "Reported as a reply to HOST or to the login when the requested virtual host is unknown or not available; rarely met in practice.",
                handling: "Check the host name sent with HOST (or the connection address); retry later only if that host is expected to come back.",
                isStandard: false),
            new ReplyCodeDefinition(
                code: 450,
                name: "FileTemporarilyUnavailable",
                meaning: "file action not taken, file unavailable for now (e.g. busy)",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to RETR, STOR, DELE, RNFR and similar when the file cannot be used right now, e.g. it is locked by another process.",
                handling: "Retry later, after a short delay; the file may be in use by someone else.",
                bclName: "ActionNotTakenFileUnavailableOrBusy"),
            new ReplyCodeDefinition(
                code: 451,
                name: "LocalProcessingError",
                meaning: "action aborted, local error in processing",
                source: "RFC 959 §4.2.2",
                seenWhen: "Any file or transfer command when the server hits an internal error, such as a failed disk read or write.",
                handling: "Retry later; if it keeps failing the fault is on the server, so report it to its administrator.",
                bclName: "ActionAbortedLocalProcessingError"),
            new ReplyCodeDefinition(
                code: 452,
                name: "InsufficientStorageSpace",
                meaning: "action not taken, insufficient storage space",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to STOR, STOU, APPE (or ALLO) when the server's file system has run out of space for now.",
                handling: "Retry later, once space has been freed on the server; keep the local file.",
                bclName: "ActionNotTakenInsufficientSpace"),
            new ReplyCodeDefinition(
                code: 500,
                name: "SyntaxErrorCommandUnrecognized",
                meaning: "syntax error, command unrecognized",
                source: "RFC 959 §4.2.2",
                seenWhen: "Any command the server does not recognize, including misspelled commands and command lines that are too long.",
                handling: "Do not retry unchanged; check the spelling and line length, and treat the command as unsupported (e.g. fall back from EPSV to PASV).",
                bclName: "CommandSyntaxError"),
            new ReplyCodeDefinition(
                code: 501,
                name: "SyntaxErrorInParameters",
                meaning: "syntax error in parameters or arguments",
                source: "RFC 959 §4.2.2",
                seenWhen: "A known command with a malformed argument, e.g. a bad PORT/EPRT address, a non-numeric REST offset or a malformed MDTM time.",
                handling: "Do not retry unchanged; fix the argument (number format, address syntax, quoting of the path).",
                bclName: "ArgumentSyntaxError"),
            new ReplyCodeDefinition(
                code: 502,
                name: "CommandNotImplemented",
                meaning: "command not implemented",
                source: "RFC 959 §4.2.2",
                seenWhen: "A valid command the server does not support, e.g. MLSD, SIZE, EPSV or a SITE command on an older server.",
                handling: "Do not retry unchanged; use a fallback (LIST for MLSD, PASV for EPSV) or skip the feature; FEAT tells what the server supports.",
                bclName: "CommandNotImplemented"),
            new ReplyCodeDefinition(
                code: 503,
                name: "BadCommandSequence",
                meaning: "bad sequence of commands",
                source: "RFC 959 §4.2.2",
                seenWhen: "A command sent out of order: PASS without USER, RNTO without RNFR, a transfer without PORT/PASV, or PBSZ/PROT before AUTH.",
                handling: "Do not retry unchanged; first send the command that must come before it (USER before PASS, RNFR before RNTO), or restart the sequence.",
                bclName: "BadCommandSequence"),
            new ReplyCodeDefinition(
                code: 504,
                name: "CommandNotImplementedForParameter",
                meaning: "command not implemented for that parameter",
                source: "RFC 959 §4.2.2",
                seenWhen: "A supported command given a value the server does not handle, e.g. TYPE X, MODE B, STRU R, or an unknown AUTH mechanism.",
                handling: "Do not retry unchanged; pick a parameter value the server supports (e.g. TYPE I, MODE S, STRU F)."),
            new ReplyCodeDefinition(
                code: 521,
                name: "DirectoryAlreadyExists",
                meaning: "directory already exists, or LPRT address family or PROT level refused",
                source: "RFC 959 Appendix II (MKD example)",
                seenWhen: "Reply to MKD when the directory already exists (the example in RFC 959); FTPS servers also send 521 to a transfer command when the data connection is refused at the current PROT level.",
                handling: "Do not retry unchanged: after MKD treat the directory as present (confirm with CWD or MLST); under FTPS send PROT P (or the level the server asks for) and repeat the transfer.",
                otherMeanings: new[]
                {
                    "RFC 1639: LPRT (or LPSV) asked for an address family the server does not support; the text lists the families it does support.",
                    "RFC 4217 (as FTPS servers word it; not checked in the RFC text here): the data connection cannot be opened at the current PROT level, e.g. because the server requires PROT P.",
                }),
            new ReplyCodeDefinition(
                code: 522,
                name: "NetworkProtocolNotSupported",
                meaning: "network protocol not supported, or TLS failed on the data connection",
                source: "RFC 2428 §2",
                seenWhen: "Reply to EPRT (or EPSV with a protocol number) naming a network protocol the server cannot use; the text ends with the supported protocol numbers in parentheses, e.g. (1,2).",
                handling: "Do not retry unchanged: choose a protocol from the list in the reply (1 is IPv4, 2 is IPv6) or fall back to PORT/PASV; under FTPS check the TLS settings of the data connection.",
                otherMeanings: new[]
                {
                    "RFC 4217 (as commonly cited, e.g. by Apache Commons Net; not checked in the RFC text here): TLS negotiation on the data connection failed or was not acceptable.",
                }),
            new ReplyCodeDefinition(
                code: 530,
                name: "NotLoggedIn",
                meaning: "not logged in",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to PASS or USER when the login fails, and to any command that needs a login sent before logging in; some servers also use it to demand TLS first.",
                handling: "Do not retry unchanged; check the credentials or log in first; if the server insists on FTPS, send AUTH TLS before USER.",
                bclName: "NotLoggedIn"),
            new ReplyCodeDefinition(
                code: 532,
                name: "NeedAccountForStoringFiles",
                meaning: "account needed for storing files",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to STOR, STOU or APPE on servers that require account information (ACCT) before accepting uploads.",
                handling: "Do not retry unchanged; send ACCT with the account information, then repeat the store command.",
                bclName: "AccountNeeded"),
            new ReplyCodeDefinition(
                code: 533,
                name: "CommandProtectionLevelDenied",
                meaning: "command protection level denied by policy",
                source: "RFC 2228 §5.1",
                seenWhen: "Reply to a command whose protection (clear, or wrapped in MIC, CONF or ENC) the server's security policy does not allow.",
                handling: "Do not retry unchanged; resend the command with the protection the server requires (e.g. wrapped in MIC or ENC)."),
            new ReplyCodeDefinition(
                code: 534,
                name: "RequestDeniedForPolicyReasons",
                meaning: "request denied for policy reasons, e.g. TLS required or refused",
                source: "RFC 2228 §5.1",
                seenWhen: "Reply to AUTH, PBSZ, PROT or USER when the server's security policy forbids the request.",
                handling: "Do not retry unchanged; match the server's policy: use FTPS (AUTH TLS, then PROT P) if it demands encryption, or a plain session if it refuses TLS.",
                otherMeanings: new[]
                {
                    "As commonly sent by FTPS servers (usage, not an RFC definition): policy requires TLS and the client did not negotiate it, or policy does not allow TLS for this client.",
                }),
            new ReplyCodeDefinition(
                code: 535,
                name: "FailedSecurityCheck",
                meaning: "failed security check",
                source: "RFC 2228 §5.1",
                seenWhen: "Reply to a protected command (MIC, CONF, ENC) or to ADAT whose integrity check, sequence number or similar verification fails.",
                handling: "Do not retry unchanged; the protected exchange is out of step or was tampered with, so set up the security context again (AUTH anew or reconnect)."),
            new ReplyCodeDefinition(
                code: 536,
                name: "ProtectionLevelNotSupported",
                meaning: "requested PROT level not supported by the mechanism",
                source: "RFC 2228 §5.1",
                seenWhen: "Reply to PROT asking for a level the security mechanism cannot provide, e.g. PROT S or PROT E under TLS.",
                handling: "Do not retry unchanged; choose a level the mechanism supports (with TLS, PROT P or PROT C)."),
            new ReplyCodeDefinition(
                code: 537,
                name: "CommandProtectionLevelNotSupported",
                meaning: "command protection level not supported by the mechanism",
                source: "RFC 2228 §5.1",
                seenWhen: "Reply to MIC, CONF or ENC when the security mechanism cannot provide that kind of command protection.",
                handling: "Do not retry unchanged; send the command with a protection the mechanism supports (e.g. MIC or ENC instead of CONF)."),
            new ReplyCodeDefinition(
                code: 550,
                name: "FileUnavailable",
                meaning: "action not taken, file unavailable (not found or no access)",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to RETR, DELE, CWD, RMD, RNFR, SIZE, MDTM and similar when the file or directory does not exist or access is denied.",
                handling: "Do not retry unchanged; check the path and permissions (e.g. list the directory), then correct the request.",
                bclName: "ActionNotTakenFileUnavailable"),
            new ReplyCodeDefinition(
                code: 551,
                name: "PageTypeUnknown",
                meaning: "action aborted, page type unknown",
                source: "RFC 959 §4.2.2",
                seenWhen: "Transfers in page structure (STRU P) when the page type is unknown; some servers misuse it for other argument errors.",
                handling: "Do not retry unchanged; use file structure (STRU F), or check the request the server refused.",
                bclName: "ActionAbortedUnknownPageType"),
            new ReplyCodeDefinition(
                code: 552,
                name: "ExceededStorageAllocation",
                meaning: "file action aborted, storage allocation exceeded",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to STOR, STOU or APPE when the user's quota or storage allocation is used up.",
                handling: "Do not retry unchanged; free space or get a larger quota, then upload again.",
                bclName: "FileActionAborted"),
            new ReplyCodeDefinition(
                code: 553,
                name: "FileNameNotAllowed",
                meaning: "action not taken, file name not allowed",
                source: "RFC 959 §4.2.2",
                seenWhen: "Reply to STOR, STOU, APPE, RNTO or MKD when the name is invalid on the server (illegal characters, reserved name) or may not be written.",
                handling: "Do not retry unchanged; choose a valid file name or another target directory.",
                bclName: "ActionNotTakenFilenameNotAllowed"),
            new ReplyCodeDefinition(
                code: 554,
                name: "InvalidRestParameter",
                meaning: "action not taken, invalid REST parameter",
                source: "RFC 1123 §4.1.3.4",
                seenWhen: "Reply to the transfer command that follows REST when the restart offset cannot be used, e.g. it lies past the end of the file.",
                handling: "Do not retry unchanged; check the remote size (SIZE) and send REST with a valid offset, or transfer from the beginning."),
            new ReplyCodeDefinition(
                code: 631,
                name: "IntegrityProtectedReply",
                meaning: "integrity-protected reply",
                source: "RFC 2228 §5.2",
                seenWhen: "A reply sent under integrity protection, normally answering a command the client sent with MIC; the text is base64 data.",
                handling: "Decode with the security mechanism: base64-decode and verify it, then handle the inner reply by its own code."),
            new ReplyCodeDefinition(
                code: 632,
                name: "ConfidentialityAndIntegrityProtectedReply",
                meaning: "confidentiality- and integrity-protected reply",
                source: "RFC 2228 §5.2",
                seenWhen: "A reply sent encrypted and integrity-protected, normally answering a command the client sent with ENC; the text is base64 data.",
                handling: "Decode with the security mechanism: base64-decode, decrypt and verify it, then handle the inner reply by its own code."),
            new ReplyCodeDefinition(
                code: 633,
                name: "ConfidentialityProtectedReply",
                meaning: "confidentiality-protected reply",
                source: "RFC 2228 §5.2",
                seenWhen: "A reply sent encrypted without integrity protection, normally answering a command the client sent with CONF; the text is base64 data.",
                handling: "Decode with the security mechanism: base64-decode and decrypt it, then handle the inner reply by its own code."),
        };

        /// <summary>
        /// The reply class of a first digit as the FTP0001 message gives it: its name and, in a few words, what a client
        /// does with a reply of the class (<c>transient negative: retry later</c>).
        /// </summary>
        public static string DescribeClass(int classDigit) => ClassName(classDigit) + ": " + ClassHandling(classDigit);

        /// <summary>
        /// The reply's class and what to do about it, for a diagnostic: <c>transient negative: retry later</c>; the
        /// class's words, or the code's own where they differ (<see cref="ReplyCodeDefinition.ShortHandling"/>).
        /// </summary>
        public static string DescribeReply(ReplyCodeDefinition definition) => ClassName(definition.ClassDigit) + ": " + definition.ShortHandling;

        /// <summary>The name of the reply class of a first digit, in the words of RFC 959 §4.2.1 and RFC 2228 §5.</summary>
        public static string ClassName(int classDigit)
        {
            switch (classDigit)
            {
                case 1: return "positive preliminary";
                case 2: return "positive completion";
                case 3: return "positive intermediate";
                case 4: return "transient negative";
                case 5: return "permanent negative";
                case 6: return "protected";
                default: return "unknown class";
            }
        }

        /// <summary>
        /// What a client does with a reply of the class, in a few words (issue 16). A code's own
        /// <see cref="ReplyCodeDefinition.Handling"/> says more, and may qualify it (430 is 4yz, yet not worth retrying as is).
        /// </summary>
        public static string ClassHandling(int classDigit)
        {
            switch (classDigit)
            {
                case 1: return "another reply follows";
                case 2: return "done";
                case 3: return "send the next command";
                case 4: return "retry later";
                case 5: return "do not retry as is";
                case 6: return "decode it first";
                default: return "not a reply";
            }
        }
    }
}
