// Generated from src/FtpReplyAnalyzers.ReplyCodes/Catalog/ReplyCodeCatalog.cs: edit the catalog, then run
// FTP_UPDATE_GENERATED=1 dotnet test tests/FtpReplyAnalyzers.Tests --filter FullyQualifiedName~CodeTable
namespace FtpReplyAnalyzers
{
    /// <summary>
    /// The FTP reply codes as the strings a reply starts with, one constant per member of <see cref="FtpReplyCode"/>
    /// and with the same name: <c>reply.Code == FtpReplyCodeStrings.FileUnavailable</c>.
    /// </summary>
    /// <remarks>
    /// Constants compile to the literal itself, so code that uses them needs nothing of this library at run time, and
    /// they go where only a constant may: <c>case FtpReplyCodeStrings.FileUnavailable:</c>, attribute arguments, default
    /// values, <c>const</c> reply texts (<c>FtpReplyCodeStrings.ServiceReady + " Ready"</c>).
    /// </remarks>
    public static class FtpReplyCodeStrings
    {
        /// <summary>110: Restart marker for a block or compressed mode transfer (<see cref="FtpReplyCode.RestartMarker"/>).</summary>
        public const string RestartMarker = "110";

        /// <summary>120: Service not ready yet, expected to be ready in nnn minutes (<see cref="FtpReplyCode.ServiceReadyInMinutes"/>).</summary>
        public const string ServiceReadyInMinutes = "120";

        /// <summary>125: Data connection already open, transfer starting (<see cref="FtpReplyCode.DataConnectionAlreadyOpen"/>).</summary>
        public const string DataConnectionAlreadyOpen = "125";

        /// <summary>150: File status okay, about to open the data connection (<see cref="FtpReplyCode.OpeningDataConnection"/>).</summary>
        public const string OpeningDataConnection = "150";

        /// <summary>200: Command okay (<see cref="FtpReplyCode.CommandOk"/>).</summary>
        public const string CommandOk = "200";

        /// <summary>202: Command not implemented because this site does not need it (<see cref="FtpReplyCode.CommandSuperfluous"/>).</summary>
        public const string CommandSuperfluous = "202";

        /// <summary>211: System status or system help reply (<see cref="FtpReplyCode.SystemStatus"/>).</summary>
        public const string SystemStatus = "211";

        /// <summary>212: Directory status (<see cref="FtpReplyCode.DirectoryStatus"/>).</summary>
        public const string DirectoryStatus = "212";

        /// <summary>213: File status (<see cref="FtpReplyCode.FileStatus"/>).</summary>
        public const string FileStatus = "213";

        /// <summary>214: Help message meant for a human reader (<see cref="FtpReplyCode.HelpMessage"/>).</summary>
        public const string HelpMessage = "214";

        /// <summary>215: System type name (<see cref="FtpReplyCode.SystemType"/>).</summary>
        public const string SystemType = "215";

        /// <summary>220: Service ready for a new user (<see cref="FtpReplyCode.ServiceReady"/>).</summary>
        public const string ServiceReady = "220";

        /// <summary>221: Service closing control connection, user logged out (<see cref="FtpReplyCode.ClosingControlConnection"/>).</summary>
        public const string ClosingControlConnection = "221";

        /// <summary>225: Data connection open, no transfer in progress (<see cref="FtpReplyCode.DataConnectionOpenNoTransfer"/>).</summary>
        public const string DataConnectionOpenNoTransfer = "225";

        /// <summary>226: Closing data connection, requested file action succeeded (<see cref="FtpReplyCode.ClosingDataConnection"/>).</summary>
        public const string ClosingDataConnection = "226";

        /// <summary>227: Entering passive mode (<see cref="FtpReplyCode.EnteringPassiveMode"/>).</summary>
        public const string EnteringPassiveMode = "227";

        /// <summary>228: Entering long passive mode (<see cref="FtpReplyCode.EnteringLongPassiveMode"/>).</summary>
        public const string EnteringLongPassiveMode = "228";

        /// <summary>229: Entering extended passive mode (<see cref="FtpReplyCode.EnteringExtendedPassiveMode"/>).</summary>
        public const string EnteringExtendedPassiveMode = "229";

        /// <summary>230: User logged in, proceed (<see cref="FtpReplyCode.UserLoggedIn"/>).</summary>
        public const string UserLoggedIn = "230";

        /// <summary>232: Logged in, authorized by security exchange, or (obsolete) logout noted (<see cref="FtpReplyCode.UserLoggedInAuthorizedBySecurityExchange"/>).</summary>
        public const string UserLoggedInAuthorizedBySecurityExchange = "232";

        /// <summary>234: Security data exchange complete, e.g. AUTH TLS accepted (<see cref="FtpReplyCode.SecurityDataExchangeComplete"/>).</summary>
        public const string SecurityDataExchangeComplete = "234";

        /// <summary>235: Security data exchange completed successfully (<see cref="FtpReplyCode.SecurityDataExchangeSucceeded"/>).</summary>
        public const string SecurityDataExchangeSucceeded = "235";

        /// <summary>250: Requested file action done (<see cref="FtpReplyCode.FileActionOk"/>).</summary>
        public const string FileActionOk = "250";

        /// <summary>257: Pathname created or reported (MKD, PWD) (<see cref="FtpReplyCode.PathnameCreated"/>).</summary>
        public const string PathnameCreated = "257";

        /// <summary>331: User name okay, password needed (<see cref="FtpReplyCode.UserNameOkNeedPassword"/>).</summary>
        public const string UserNameOkNeedPassword = "331";

        /// <summary>332: Account needed to log in (<see cref="FtpReplyCode.NeedAccountForLogin"/>).</summary>
        public const string NeedAccountForLogin = "332";

        /// <summary>334: Security mechanism accepted, security data exchange follows (<see cref="FtpReplyCode.SecurityMechanismOk"/>).</summary>
        public const string SecurityMechanismOk = "334";

        /// <summary>335: Security data accepted, more is needed (<see cref="FtpReplyCode.SecurityDataAcceptable"/>).</summary>
        public const string SecurityDataAcceptable = "335";

        /// <summary>336: User name okay, password needed, text carries a challenge (<see cref="FtpReplyCode.UserNameOkNeedPasswordChallenge"/>).</summary>
        public const string UserNameOkNeedPasswordChallenge = "336";

        /// <summary>350: File action pending further information (<see cref="FtpReplyCode.FileActionPending"/>).</summary>
        public const string FileActionPending = "350";

        /// <summary>421: Service not available, closing control connection (<see cref="FtpReplyCode.ServiceNotAvailable"/>).</summary>
        public const string ServiceNotAvailable = "421";

        /// <summary>425: Cannot open data connection (<see cref="FtpReplyCode.CannotOpenDataConnection"/>).</summary>
        public const string CannotOpenDataConnection = "425";

        /// <summary>426: Connection closed, transfer aborted (<see cref="FtpReplyCode.ConnectionClosedTransferAborted"/>).</summary>
        public const string ConnectionClosedTransferAborted = "426";

        /// <summary>430: Invalid user name or password (<see cref="FtpReplyCode.InvalidUserNameOrPassword"/>).</summary>
        public const string InvalidUserNameOrPassword = "430";

        /// <summary>431: A resource needed to process security is unavailable (<see cref="FtpReplyCode.NeedUnavailableSecurityResource"/>).</summary>
        public const string NeedUnavailableSecurityResource = "431";

        /// <summary>434: Requested host unavailable (<see cref="FtpReplyCode.RequestedHostUnavailable"/>).</summary>
        public const string RequestedHostUnavailable = "434";

        /// <summary>450: File action not taken, file unavailable for now (e.g. busy) (<see cref="FtpReplyCode.FileTemporarilyUnavailable"/>).</summary>
        public const string FileTemporarilyUnavailable = "450";

        /// <summary>451: Action aborted, local error in processing (<see cref="FtpReplyCode.LocalProcessingError"/>).</summary>
        public const string LocalProcessingError = "451";

        /// <summary>452: Action not taken, insufficient storage space (<see cref="FtpReplyCode.InsufficientStorageSpace"/>).</summary>
        public const string InsufficientStorageSpace = "452";

        /// <summary>500: Syntax error, command unrecognized (<see cref="FtpReplyCode.SyntaxErrorCommandUnrecognized"/>).</summary>
        public const string SyntaxErrorCommandUnrecognized = "500";

        /// <summary>501: Syntax error in parameters or arguments (<see cref="FtpReplyCode.SyntaxErrorInParameters"/>).</summary>
        public const string SyntaxErrorInParameters = "501";

        /// <summary>502: Command not implemented (<see cref="FtpReplyCode.CommandNotImplemented"/>).</summary>
        public const string CommandNotImplemented = "502";

        /// <summary>503: Bad sequence of commands (<see cref="FtpReplyCode.BadCommandSequence"/>).</summary>
        public const string BadCommandSequence = "503";

        /// <summary>504: Command not implemented for that parameter (<see cref="FtpReplyCode.CommandNotImplementedForParameter"/>).</summary>
        public const string CommandNotImplementedForParameter = "504";

        /// <summary>521: Directory already exists, or LPRT address family or PROT level refused (<see cref="FtpReplyCode.DirectoryAlreadyExists"/>).</summary>
        public const string DirectoryAlreadyExists = "521";

        /// <summary>522: Network protocol not supported, or TLS failed on the data connection (<see cref="FtpReplyCode.NetworkProtocolNotSupported"/>).</summary>
        public const string NetworkProtocolNotSupported = "522";

        /// <summary>530: Not logged in (<see cref="FtpReplyCode.NotLoggedIn"/>).</summary>
        public const string NotLoggedIn = "530";

        /// <summary>532: Account needed for storing files (<see cref="FtpReplyCode.NeedAccountForStoringFiles"/>).</summary>
        public const string NeedAccountForStoringFiles = "532";

        /// <summary>533: Command protection level denied by policy (<see cref="FtpReplyCode.CommandProtectionLevelDenied"/>).</summary>
        public const string CommandProtectionLevelDenied = "533";

        /// <summary>534: Request denied for policy reasons, e.g. TLS required or refused (<see cref="FtpReplyCode.RequestDeniedForPolicyReasons"/>).</summary>
        public const string RequestDeniedForPolicyReasons = "534";

        /// <summary>535: Failed security check (<see cref="FtpReplyCode.FailedSecurityCheck"/>).</summary>
        public const string FailedSecurityCheck = "535";

        /// <summary>536: Requested PROT level not supported by the mechanism (<see cref="FtpReplyCode.ProtectionLevelNotSupported"/>).</summary>
        public const string ProtectionLevelNotSupported = "536";

        /// <summary>537: Command protection level not supported by the mechanism (<see cref="FtpReplyCode.CommandProtectionLevelNotSupported"/>).</summary>
        public const string CommandProtectionLevelNotSupported = "537";

        /// <summary>550: Action not taken, file unavailable (not found or no access) (<see cref="FtpReplyCode.FileUnavailable"/>).</summary>
        public const string FileUnavailable = "550";

        /// <summary>551: Action aborted, page type unknown (<see cref="FtpReplyCode.PageTypeUnknown"/>).</summary>
        public const string PageTypeUnknown = "551";

        /// <summary>552: File action aborted, storage allocation exceeded (<see cref="FtpReplyCode.ExceededStorageAllocation"/>).</summary>
        public const string ExceededStorageAllocation = "552";

        /// <summary>553: Action not taken, file name not allowed (<see cref="FtpReplyCode.FileNameNotAllowed"/>).</summary>
        public const string FileNameNotAllowed = "553";

        /// <summary>554: Action not taken, invalid REST parameter (<see cref="FtpReplyCode.InvalidRestParameter"/>).</summary>
        public const string InvalidRestParameter = "554";

        /// <summary>631: Integrity-protected reply (<see cref="FtpReplyCode.IntegrityProtectedReply"/>).</summary>
        public const string IntegrityProtectedReply = "631";

        /// <summary>632: Confidentiality- and integrity-protected reply (<see cref="FtpReplyCode.ConfidentialityAndIntegrityProtectedReply"/>).</summary>
        public const string ConfidentialityAndIntegrityProtectedReply = "632";

        /// <summary>633: Confidentiality-protected reply (<see cref="FtpReplyCode.ConfidentialityProtectedReply"/>).</summary>
        public const string ConfidentialityProtectedReply = "633";
    }
}
