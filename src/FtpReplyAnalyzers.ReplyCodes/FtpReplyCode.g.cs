// Generated from src/FtpReplyAnalyzers.ReplyCodes/Catalog/ReplyCodeCatalog.cs: edit the catalog, then run
// FTP_UPDATE_GENERATED=1 dotnet test tests/FtpReplyAnalyzers.Tests --filter FullyQualifiedName~CodeTable
namespace FtpReplyAnalyzers
{
    /// <summary>
    /// FTP reply codes, one member per number: RFC 959 and the RFCs that extend it (2228, 2428, 1639, 3659,
    /// 4217, 1123), plus two codes that servers widely send although no RFC defines them (430, 434).
    /// Each member's documentation says what the reply means, when servers send it and how to handle it.
    /// </summary>
    /// <remarks>
    /// The values are the codes themselves, so <c>(int)FtpReplyCode.FileUnavailable == 550</c> and
    /// <c>(System.Net.FtpStatusCode)FtpReplyCode.FileUnavailable</c> is the BCL's member of the same code.
    /// <see cref="FtpReplyCodes"/> has helpers for reply classes, meanings and parsing.
    /// </remarks>
    public enum FtpReplyCode
    {
        /// <summary>
        /// 110: Restart marker for a block or compressed mode transfer. Positive preliminary reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> During a transfer in block or compressed mode that carries restart markers; the text has the fixed form MARK yyyy = mmmm, pairing the client's marker with the server's.</para>
        /// <para><b>How to handle it:</b> Wait for the final reply; keep the latest marker pair so an interrupted transfer can later be resumed with REST.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.RestartMarker"/>.</para>
        /// </remarks>
        RestartMarker = 110,

        /// <summary>
        /// 120: Service not ready yet, expected to be ready in nnn minutes. Positive preliminary reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Sent on connect in place of the 220 greeting while the server is still starting up; the text says how many minutes to expect.</para>
        /// <para><b>How to handle it:</b> Wait for the final reply: keep the connection open and expect a 220 when the server is ready (or a 421 if it gives up).</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.ServiceTemporarilyNotAvailable"/>.</para>
        /// </remarks>
        ServiceReadyInMinutes = 120,

        /// <summary>
        /// 125: Data connection already open, transfer starting. Positive preliminary reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to RETR, STOR, STOU, APPE, LIST, NLST or MLSD when a data connection is already open and the transfer starts on it.</para>
        /// <para><b>How to handle it:</b> Wait for the final reply: move the data, then read the 226 or 250 (or the error) that follows.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.DataAlreadyOpen"/>.</para>
        /// </remarks>
        DataConnectionAlreadyOpen = 125,

        /// <summary>
        /// 150: File status okay, about to open the data connection. Positive preliminary reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to RETR, STOR, STOU, APPE, LIST, NLST or MLSD just before the server opens or accepts the data connection for the transfer.</para>
        /// <para><b>How to handle it:</b> Wait for the final reply: move the data over the data connection, then read the 226 or 250 (or the error) that follows.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.OpeningData"/>.</para>
        /// </remarks>
        OpeningDataConnection = 150,

        /// <summary>
        /// 200: Command okay. Positive completion reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Success reply to commands that only change settings, such as TYPE, MODE, STRU, PORT, EPRT, PBSZ, PROT and OPTS, and to NOOP.</para>
        /// <para><b>How to handle it:</b> Nothing to do: the setting took effect; go on with the next command.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.CommandOK"/>.</para>
        /// </remarks>
        CommandOk = 200,

        /// <summary>
        /// 202: Command not implemented because this site does not need it. Positive completion reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Typically a reply to ALLO (or ACCT) on a server that has no use for that command.</para>
        /// <para><b>How to handle it:</b> Nothing to do: treat it as success; the command had no effect and none was needed.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.CommandExtraneous"/>.</para>
        /// </remarks>
        CommandSuperfluous = 202,

        /// <summary>
        /// 211: System status or system help reply. Positive completion reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to STAT without an argument and to HELP on some servers; also the multi-line feature list sent in answer to FEAT (RFC 2389).</para>
        /// <para><b>How to handle it:</b> Nothing to do: read the (often multi-line) text; parse it line by line when it answers FEAT.</para>
        /// </remarks>
        SystemStatus = 211,

        /// <summary>
        /// 212: Directory status. Positive completion reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to STAT with a directory as argument; the listing comes back over the control connection.</para>
        /// <para><b>How to handle it:</b> Nothing to do: read the multi-line text as the listing.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.DirectoryStatus"/>.</para>
        /// </remarks>
        DirectoryStatus = 212,

        /// <summary>
        /// 213: File status. Positive completion reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to STAT with a file as argument, and the success reply to SIZE (size in octets) and MDTM (modification time) from RFC 3659.</para>
        /// <para><b>How to handle it:</b> Nothing to do: parse the value that follows the code (for SIZE a number, for MDTM a UTC time stamp).</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.FileStatus"/>.</para>
        /// </remarks>
        FileStatus = 213,

        /// <summary>
        /// 214: Help message meant for a human reader. Positive completion reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to HELP, with or without a command name; the text explains how to use the server or one of its non-standard commands.</para>
        /// <para><b>How to handle it:</b> Nothing to do: show the text to the user if useful; do not parse it, its wording is free-form.</para>
        /// </remarks>
        HelpMessage = 214,

        /// <summary>
        /// 215: System type name. Positive completion reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to SYST; the first word names the operating system (e.g. UNIX), often followed by further detail.</para>
        /// <para><b>How to handle it:</b> Nothing to do: use the first word as a hint only, e.g. when choosing a parser for LIST output.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.SystemType"/>.</para>
        /// </remarks>
        SystemType = 215,

        /// <summary>
        /// 220: Service ready for a new user. Positive completion reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> The greeting once the control connection is open (or after a 120 delay), and the reply to REIN; servers that support HOST (RFC 7151) also use it to accept that command.</para>
        /// <para><b>How to handle it:</b> Nothing to do: the server is ready; start the login (AUTH TLS first if the session is to be protected, then USER).</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.SendUserCommand"/>.</para>
        /// </remarks>
        ServiceReady = 220,

        /// <summary>
        /// 221: Service closing control connection, user logged out. Positive completion reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to QUIT, and sometimes sent when the server ends the session itself; the server closes the control connection right after it.</para>
        /// <para><b>How to handle it:</b> Nothing to do: the session ended normally; close the socket on your side.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.ClosingControl"/>.</para>
        /// </remarks>
        ClosingControlConnection = 221,

        /// <summary>
        /// 225: Data connection open, no transfer in progress. Positive completion reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to ABOR when no transfer was running, or when the server keeps the data connection open between transfers in block or compressed mode.</para>
        /// <para><b>How to handle it:</b> Nothing to do: the data connection stays usable; send the next transfer command.</para>
        /// </remarks>
        DataConnectionOpenNoTransfer = 225,

        /// <summary>
        /// 226: Closing data connection, requested file action succeeded. Positive completion reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Final reply after a successful RETR, STOR, STOU, APPE, LIST, NLST or MLSD, and after ABOR has aborted a transfer.</para>
        /// <para><b>How to handle it:</b> Nothing to do: the transfer is complete; the data connection is gone, so set up a new one (PASV/EPSV or PORT/EPRT) for the next transfer.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.ClosingData"/>.</para>
        /// </remarks>
        ClosingDataConnection = 226,

        /// <summary>
        /// 227: Entering passive mode. Positive completion reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to PASV; the text gives the address to connect to as six comma-separated numbers (h1,h2,h3,h4,p1,p2).</para>
        /// <para><b>How to handle it:</b> Nothing to do but connect: parse the numbers (port = p1 * 256 + p2) and open the data connection; many clients reuse the control connection's host instead of h1-h4 to cope with NAT.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.EnteringPassive"/>.</para>
        /// </remarks>
        EnteringPassiveMode = 227,

        /// <summary>
        /// 228: Entering long passive mode. Positive completion reply; RFC 1639.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to LPSV; the text gives the address family, host address and port in the long address format of RFC 1639.</para>
        /// <para><b>How to handle it:</b> Nothing to do but connect: parse the address family, host and port bytes and open the data connection. Prefer EPSV (RFC 2428), which replaced LPSV in practice.</para>
        /// </remarks>
        EnteringLongPassiveMode = 228,

        /// <summary>
        /// 229: Entering extended passive mode. Positive completion reply; RFC 2428 §3.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to EPSV; the text gives only the TCP port, between delimiters, e.g. (|||50000|).</para>
        /// <para><b>How to handle it:</b> Nothing to do but connect: open the data connection to that port on the host the control connection goes to.</para>
        /// </remarks>
        EnteringExtendedPassiveMode = 229,

        /// <summary>
        /// 230: User logged in, proceed. Positive completion reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to PASS or ACCT once the login is complete, or to USER when the server needs no password for that user.</para>
        /// <para><b>How to handle it:</b> Nothing to do: the session is authenticated; continue with the next command.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.LoggedInProceed"/>.</para>
        /// </remarks>
        UserLoggedIn = 230,

        /// <summary>
        /// 232: Logged in, authorized by security exchange, or (obsolete) logout noted. Positive completion reply; RFC 2228 §5.1.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to USER when the security mechanism set up with AUTH and ADAT already identifies the user, so no password is needed.</para>
        /// <para><b>How to handle it:</b> Nothing to do: the session is authenticated; do not send PASS, continue with the next command.</para>
        /// <para><b>Also used for:</b> Obsolete, before RFC 959 (per secondary reply code lists, not checked in the RFC text): logout command noted, the session ends once the running transfer completes; some libraries still name 232 this way.</para>
        /// </remarks>
        UserLoggedInAuthorizedBySecurityExchange = 232,

        /// <summary>
        /// 234: Security data exchange complete, e.g. AUTH TLS accepted. Positive completion reply; RFC 2228 §5.1.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to AUTH when the server accepts the mechanism and no ADAT exchange is needed; after AUTH TLS (RFC 4217) it means the TLS handshake comes next.</para>
        /// <para><b>How to handle it:</b> Nothing to do but secure the channel: start the TLS handshake on the control connection at once, then send PBSZ 0 and PROT.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.ServerWantsSecureSession"/>.</para>
        /// </remarks>
        SecurityDataExchangeComplete = 234,

        /// <summary>
        /// 235: Security data exchange completed successfully. Positive completion reply; RFC 2228 §5.1.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to ADAT when the security exchange is finished; the text may carry a last ADAT=base64 token for the client.</para>
        /// <para><b>How to handle it:</b> Nothing to do: pass any ADAT token in the text to the mechanism, then go on with USER, PBSZ or PROT.</para>
        /// </remarks>
        SecurityDataExchangeSucceeded = 235,

        /// <summary>
        /// 250: Requested file action done. Positive completion reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Success reply to CWD, CDUP, DELE, RMD, RNTO, SMNT and MLST; some servers also end a transfer with it instead of 226.</para>
        /// <para><b>How to handle it:</b> Nothing to do: the action succeeded.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.FileActionOK"/>.</para>
        /// </remarks>
        FileActionOk = 250,

        /// <summary>
        /// 257: Pathname created or reported (MKD, PWD). Positive completion reply; RFC 959 §4.2.2 and Appendix II.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to MKD (the new directory) and to PWD (the current directory); the path is in double quotes, with any quote inside it doubled.</para>
        /// <para><b>How to handle it:</b> Nothing to do: take the path from between the quotes and turn each doubled quote into a single one.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.PathnameCreated"/>.</para>
        /// </remarks>
        PathnameCreated = 257,

        /// <summary>
        /// 331: User name okay, password needed. Positive intermediate reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to USER when the server accepts the name and expects a password.</para>
        /// <para><b>How to handle it:</b> Send the next command of the sequence: PASS with the password (for anonymous login, traditionally an e-mail address).</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.SendPasswordCommand"/>.</para>
        /// </remarks>
        UserNameOkNeedPassword = 331,

        /// <summary>
        /// 332: Account needed to log in. Positive intermediate reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to USER or PASS on servers that also need account information to complete the login.</para>
        /// <para><b>How to handle it:</b> Send the next command of the sequence: ACCT with the account information.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.NeedLoginAccount"/>.</para>
        /// </remarks>
        NeedAccountForLogin = 332,

        /// <summary>
        /// 334: Security mechanism accepted, security data exchange follows. Positive intermediate reply; RFC 2228 §5.1.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to AUTH when the server accepts the mechanism but needs an ADAT exchange (e.g. GSSAPI); the text may carry ADAT=base64 data.</para>
        /// <para><b>How to handle it:</b> Send the next command of the sequence: ADAT with the next token from the mechanism, built from any data in the reply.</para>
        /// </remarks>
        SecurityMechanismOk = 334,

        /// <summary>
        /// 335: Security data accepted, more is needed. Positive intermediate reply; RFC 2228 §5.1.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to ADAT when the token was accepted but the exchange is not finished; the text may carry ADAT=base64 data.</para>
        /// <para><b>How to handle it:</b> Send the next command of the sequence: another ADAT with the mechanism's next token.</para>
        /// </remarks>
        SecurityDataAcceptable = 335,

        /// <summary>
        /// 336: User name okay, password needed, text carries a challenge. Positive intermediate reply; RFC 2228 §5.1.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to USER under a security mechanism that works by challenge and response (e.g. one-time passwords); the text holds the challenge.</para>
        /// <para><b>How to handle it:</b> Send the next command of the sequence: PASS with the response computed from the challenge.</para>
        /// </remarks>
        UserNameOkNeedPasswordChallenge = 336,

        /// <summary>
        /// 350: File action pending further information. Positive intermediate reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to RNFR (waiting for RNTO) and to REST (restart point stored, waiting for the transfer command).</para>
        /// <para><b>How to handle it:</b> Send the next command of the sequence: RNTO after RNFR, or RETR, STOR or APPE after REST.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.FileCommandPending"/>.</para>
        /// </remarks>
        FileActionPending = 350,

        /// <summary>
        /// 421: Service not available, closing control connection. Transient negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Any command, when the server has to shut the session down: too many users, an idle timeout, or a shutdown in progress.</para>
        /// <para><b>How to handle it:</b> Treat the control connection as closed; reconnect and retry later, with a back-off.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.ServiceNotAvailable"/>.</para>
        /// </remarks>
        ServiceNotAvailable = 421,

        /// <summary>
        /// 425: Cannot open data connection. Transient negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to a transfer or listing command when the server could not reach the PORT/EPRT address or no client connected to its PASV/EPSV port; firewalls and NAT are the usual cause.</para>
        /// <para><b>How to handle it:</b> Retry later or another way: switch between passive and active mode or fix the firewall/NAT setup, and send PASV/EPSV or PORT/EPRT again before the command.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.CantOpenData"/>.</para>
        /// </remarks>
        CannotOpenDataConnection = 425,

        /// <summary>
        /// 426: Connection closed, transfer aborted. Transient negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Final reply to a transfer whose data connection broke midway, or the first reply to ABOR during a running transfer (a 226 follows).</para>
        /// <para><b>How to handle it:</b> Retry later: treat the data received so far as incomplete and resume with REST if the server supports it, or start over.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.ConnectionClosed"/>.</para>
        /// </remarks>
        ConnectionClosedTransferAborted = 426,

        /// <summary>
        /// 430: Invalid user name or password. Transient negative reply; non-standard (no RFC defines it); found in common reply code lists and in some servers and client libraries (e.g. Go jlaffaye/ftp).
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to PASS on some servers when the credentials are wrong; servers that follow RFC 959 send 530 instead.</para>
        /// <para><b>How to handle it:</b> Despite the 4yz class, do not retry unchanged: check the user name and password first; repeating bad credentials can lock the account.</para>
        /// <para><b>Non-standard:</b> no RFC defines this code; servers send it all the same.</para>
        /// </remarks>
        InvalidUserNameOrPassword = 430,

        /// <summary>
        /// 431: A resource needed to process security is unavailable. Transient negative reply; RFC 2228 §5.1.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to AUTH, ADAT or another security command when the server lacks something it needs for now, such as a credential or a key service.</para>
        /// <para><b>How to handle it:</b> Retry later: the problem is on the server side and may clear; fall back to an unprotected session only if your policy allows it.</para>
        /// </remarks>
        NeedUnavailableSecurityResource = 431,

        /// <summary>
        /// 434: Requested host unavailable. Transient negative reply; non-standard (no RFC defines it); found in common reply code lists, tied to virtual hosting (HOST).
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reported as a reply to HOST or to the login when the requested virtual host is unknown or not available; rarely met in practice.</para>
        /// <para><b>How to handle it:</b> Check the host name sent with HOST (or the connection address); retry later only if that host is expected to come back.</para>
        /// <para><b>Non-standard:</b> no RFC defines this code; servers send it all the same.</para>
        /// </remarks>
        RequestedHostUnavailable = 434,

        /// <summary>
        /// 450: File action not taken, file unavailable for now (e.g. busy). Transient negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to RETR, STOR, DELE, RNFR and similar when the file cannot be used right now, e.g. it is locked by another process.</para>
        /// <para><b>How to handle it:</b> Retry later, after a short delay; the file may be in use by someone else.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.ActionNotTakenFileUnavailableOrBusy"/>.</para>
        /// </remarks>
        FileTemporarilyUnavailable = 450,

        /// <summary>
        /// 451: Action aborted, local error in processing. Transient negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Any file or transfer command when the server hits an internal error, such as a failed disk read or write.</para>
        /// <para><b>How to handle it:</b> Retry later; if it keeps failing the fault is on the server, so report it to its administrator.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.ActionAbortedLocalProcessingError"/>.</para>
        /// </remarks>
        LocalProcessingError = 451,

        /// <summary>
        /// 452: Action not taken, insufficient storage space. Transient negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to STOR, STOU, APPE (or ALLO) when the server's file system has run out of space for now.</para>
        /// <para><b>How to handle it:</b> Retry later, once space has been freed on the server; keep the local file.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.ActionNotTakenInsufficientSpace"/>.</para>
        /// </remarks>
        InsufficientStorageSpace = 452,

        /// <summary>
        /// 500: Syntax error, command unrecognized. Permanent negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Any command the server does not recognize, including misspelled commands and command lines that are too long.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; check the spelling and line length, and treat the command as unsupported (e.g. fall back from EPSV to PASV).</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.CommandSyntaxError"/>.</para>
        /// </remarks>
        SyntaxErrorCommandUnrecognized = 500,

        /// <summary>
        /// 501: Syntax error in parameters or arguments. Permanent negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> A known command with a malformed argument, e.g. a bad PORT/EPRT address, a non-numeric REST offset or a malformed MDTM time.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; fix the argument (number format, address syntax, quoting of the path).</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.ArgumentSyntaxError"/>.</para>
        /// </remarks>
        SyntaxErrorInParameters = 501,

        /// <summary>
        /// 502: Command not implemented. Permanent negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> A valid command the server does not support, e.g. MLSD, SIZE, EPSV or a SITE command on an older server.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; use a fallback (LIST for MLSD, PASV for EPSV) or skip the feature; FEAT tells what the server supports.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.CommandNotImplemented"/>.</para>
        /// </remarks>
        CommandNotImplemented = 502,

        /// <summary>
        /// 503: Bad sequence of commands. Permanent negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> A command sent out of order: PASS without USER, RNTO without RNFR, a transfer without PORT/PASV, or PBSZ/PROT before AUTH.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; first send the command that must come before it (USER before PASS, RNFR before RNTO), or restart the sequence.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.BadCommandSequence"/>.</para>
        /// </remarks>
        BadCommandSequence = 503,

        /// <summary>
        /// 504: Command not implemented for that parameter. Permanent negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> A supported command given a value the server does not handle, e.g. TYPE X, MODE B, STRU R, or an unknown AUTH mechanism.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; pick a parameter value the server supports (e.g. TYPE I, MODE S, STRU F).</para>
        /// </remarks>
        CommandNotImplementedForParameter = 504,

        /// <summary>
        /// 521: Directory already exists, or LPRT address family or PROT level refused. Permanent negative reply; RFC 959 Appendix II (MKD example).
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to MKD when the directory already exists (the example in RFC 959); FTPS servers also send 521 to a transfer command when the data connection is refused at the current PROT level.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged: after MKD treat the directory as present (confirm with CWD or MLST); under FTPS send PROT P (or the level the server asks for) and repeat the transfer.</para>
        /// <para><b>Also used for:</b> RFC 1639: LPRT (or LPSV) asked for an address family the server does not support; the text lists the families it does support.</para>
        /// <para><b>Also used for:</b> RFC 4217 (as FTPS servers word it; not checked in the RFC text here): the data connection cannot be opened at the current PROT level, e.g. because the server requires PROT P.</para>
        /// </remarks>
        DirectoryAlreadyExists = 521,

        /// <summary>
        /// 522: Network protocol not supported, or TLS failed on the data connection. Permanent negative reply; RFC 2428 §2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to EPRT (or EPSV with a protocol number) naming a network protocol the server cannot use; the text ends with the supported protocol numbers in parentheses, e.g. (1,2).</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged: choose a protocol from the list in the reply (1 is IPv4, 2 is IPv6) or fall back to PORT/PASV; under FTPS check the TLS settings of the data connection.</para>
        /// <para><b>Also used for:</b> RFC 4217 (as commonly cited, e.g. by Apache Commons Net; not checked in the RFC text here): TLS negotiation on the data connection failed or was not acceptable.</para>
        /// </remarks>
        NetworkProtocolNotSupported = 522,

        /// <summary>
        /// 530: Not logged in. Permanent negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to PASS or USER when the login fails, and to any command that needs a login sent before logging in; some servers also use it to demand TLS first.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; check the credentials or log in first; if the server insists on FTPS, send AUTH TLS before USER.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.NotLoggedIn"/>.</para>
        /// </remarks>
        NotLoggedIn = 530,

        /// <summary>
        /// 532: Account needed for storing files. Permanent negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to STOR, STOU or APPE on servers that require account information (ACCT) before accepting uploads.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; send ACCT with the account information, then repeat the store command.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.AccountNeeded"/>.</para>
        /// </remarks>
        NeedAccountForStoringFiles = 532,

        /// <summary>
        /// 533: Command protection level denied by policy. Permanent negative reply; RFC 2228 §5.1.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to a command whose protection (clear, or wrapped in MIC, CONF or ENC) the server's security policy does not allow.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; resend the command with the protection the server requires (e.g. wrapped in MIC or ENC).</para>
        /// </remarks>
        CommandProtectionLevelDenied = 533,

        /// <summary>
        /// 534: Request denied for policy reasons, e.g. TLS required or refused. Permanent negative reply; RFC 2228 §5.1.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to AUTH, PBSZ, PROT or USER when the server's security policy forbids the request.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; match the server's policy: use FTPS (AUTH TLS, then PROT P) if it demands encryption, or a plain session if it refuses TLS.</para>
        /// <para><b>Also used for:</b> As commonly sent by FTPS servers (usage, not an RFC definition): policy requires TLS and the client did not negotiate it, or policy does not allow TLS for this client.</para>
        /// </remarks>
        RequestDeniedForPolicyReasons = 534,

        /// <summary>
        /// 535: Failed security check. Permanent negative reply; RFC 2228 §5.1.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to a protected command (MIC, CONF, ENC) or to ADAT whose integrity check, sequence number or similar verification fails.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; the protected exchange is out of step or was tampered with, so set up the security context again (AUTH anew or reconnect).</para>
        /// </remarks>
        FailedSecurityCheck = 535,

        /// <summary>
        /// 536: Requested PROT level not supported by the mechanism. Permanent negative reply; RFC 2228 §5.1.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to PROT asking for a level the security mechanism cannot provide, e.g. PROT S or PROT E under TLS.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; choose a level the mechanism supports (with TLS, PROT P or PROT C).</para>
        /// </remarks>
        ProtectionLevelNotSupported = 536,

        /// <summary>
        /// 537: Command protection level not supported by the mechanism. Permanent negative reply; RFC 2228 §5.1.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to MIC, CONF or ENC when the security mechanism cannot provide that kind of command protection.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; send the command with a protection the mechanism supports (e.g. MIC or ENC instead of CONF).</para>
        /// </remarks>
        CommandProtectionLevelNotSupported = 537,

        /// <summary>
        /// 550: Action not taken, file unavailable (not found or no access). Permanent negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to RETR, DELE, CWD, RMD, RNFR, SIZE, MDTM and similar when the file or directory does not exist or access is denied.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; check the path and permissions (e.g. list the directory), then correct the request.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.ActionNotTakenFileUnavailable"/>.</para>
        /// </remarks>
        FileUnavailable = 550,

        /// <summary>
        /// 551: Action aborted, page type unknown. Permanent negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Transfers in page structure (STRU P) when the page type is unknown; some servers misuse it for other argument errors.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; use file structure (STRU F), or check the request the server refused.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.ActionAbortedUnknownPageType"/>.</para>
        /// </remarks>
        PageTypeUnknown = 551,

        /// <summary>
        /// 552: File action aborted, storage allocation exceeded. Permanent negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to STOR, STOU or APPE when the user's quota or storage allocation is used up.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; free space or get a larger quota, then upload again.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.FileActionAborted"/>.</para>
        /// </remarks>
        ExceededStorageAllocation = 552,

        /// <summary>
        /// 553: Action not taken, file name not allowed. Permanent negative reply; RFC 959 §4.2.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to STOR, STOU, APPE, RNTO or MKD when the name is invalid on the server (illegal characters, reserved name) or may not be written.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; choose a valid file name or another target directory.</para>
        /// <para>Same value as <see cref="System.Net.FtpStatusCode.ActionNotTakenFilenameNotAllowed"/>.</para>
        /// </remarks>
        FileNameNotAllowed = 553,

        /// <summary>
        /// 554: Action not taken, invalid REST parameter. Permanent negative reply; RFC 1123 §4.1.3.4.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> Reply to the transfer command that follows REST when the restart offset cannot be used, e.g. it lies past the end of the file.</para>
        /// <para><b>How to handle it:</b> Do not retry unchanged; check the remote size (SIZE) and send REST with a valid offset, or transfer from the beginning.</para>
        /// </remarks>
        InvalidRestParameter = 554,

        /// <summary>
        /// 631: Integrity-protected reply. Protected reply; RFC 2228 §5.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> A reply sent under integrity protection, normally answering a command the client sent with MIC; the text is base64 data.</para>
        /// <para><b>How to handle it:</b> Decode with the security mechanism: base64-decode and verify it, then handle the inner reply by its own code.</para>
        /// </remarks>
        IntegrityProtectedReply = 631,

        /// <summary>
        /// 632: Confidentiality- and integrity-protected reply. Protected reply; RFC 2228 §5.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> A reply sent encrypted and integrity-protected, normally answering a command the client sent with ENC; the text is base64 data.</para>
        /// <para><b>How to handle it:</b> Decode with the security mechanism: base64-decode, decrypt and verify it, then handle the inner reply by its own code.</para>
        /// </remarks>
        ConfidentialityAndIntegrityProtectedReply = 632,

        /// <summary>
        /// 633: Confidentiality-protected reply. Protected reply; RFC 2228 §5.2.
        /// </summary>
        /// <remarks>
        /// <para><b>When you see it:</b> A reply sent encrypted without integrity protection, normally answering a command the client sent with CONF; the text is base64 data.</para>
        /// <para><b>How to handle it:</b> Decode with the security mechanism: base64-decode and decrypt it, then handle the inner reply by its own code.</para>
        /// </remarks>
        ConfidentialityProtectedReply = 633,
    }
}
