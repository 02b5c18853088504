// Stand-in for the MailKit and MimeKit packages (SMTP client surface only): public shapes only, no behaviour.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace MimeKit
{
    public class MimeMessage
    {
        public string Subject { get; set; } = string.Empty;
    }

    public class MailboxAddress
    {
        public MailboxAddress(string? name, string address) { Name = name; Address = address; }
        public string? Name { get; }
        public string Address { get; }
    }
}

namespace MailKit.Security
{
    public enum SecureSocketOptions
    {
        None = 0,
        Auto = 1,
        SslOnConnect = 2,
        StartTls = 3,
        StartTlsWhenAvailable = 4,
    }

    public class AuthenticationException : Exception
    {
        public AuthenticationException(string message) : base(message) { }
    }
}

namespace MailKit
{
    public class CommandException : Exception
    {
        public CommandException(string message) : base(message) { }
    }

    public class ProtocolException : Exception
    {
        public ProtocolException(string message) : base(message) { }
    }

    public class ServiceNotConnectedException : InvalidOperationException
    {
        public ServiceNotConnectedException(string message) : base(message) { }
    }
}

namespace MailKit.Net.Smtp
{
    public enum SmtpStatusCode
    {
        SystemStatus = 211,
        HelpMessage = 214,
        ServiceReady = 220,
        ServiceClosingTransmissionChannel = 221,
        AuthenticationSuccessful = 235,
        Ok = 250,
        UserNotLocalWillForward = 251,
        CannotVerifyUserWillAttemptDelivery = 252,
        AuthenticationChallenge = 334,
        StartMailInput = 354,
        ServiceNotAvailable = 421,
        PasswordTransitionNeeded = 432,
        MailboxBusy = 450,
        ErrorInProcessing = 451,
        InsufficientStorage = 452,
        TemporaryAuthenticationFailure = 454,
        CommandUnrecognized = 500,
        SyntaxError = 501,
        CommandNotImplemented = 502,
        BadCommandSequence = 503,
        CommandParameterNotImplemented = 504,
        AuthenticationRequired = 530,
        AuthenticationMechanismTooWeak = 534,
        AuthenticationInvalidCredentials = 535,
        EncryptionRequiredForAuthenticationMechanism = 538,
        MailboxUnavailable = 550,
        UserNotLocalTryAlternatePath = 551,
        ExceededStorageAllocation = 552,
        MailboxNameNotAllowed = 553,
        TransactionFailed = 554,
        MailFromOrRcptToParametersNotRecognizedOrNotImplemented = 555,
    }

    public enum SmtpErrorCode
    {
        MessageNotAccepted = 0,
        SenderNotAccepted = 1,
        RecipientNotAccepted = 2,
        UnexpectedStatusCode = 3,
    }

    public class SmtpResponse
    {
        public SmtpResponse(SmtpStatusCode code, string response)
        {
            StatusCode = code;
            Response = response;
        }

        public SmtpStatusCode StatusCode { get; }
        public string Response { get; }
    }

    public class SmtpCommandException : CommandException
    {
        public SmtpCommandException(SmtpErrorCode code, SmtpStatusCode status, string message) : base(message)
        {
            ErrorCode = code;
            StatusCode = status;
        }

        public SmtpErrorCode ErrorCode { get; }
        public SmtpStatusCode StatusCode { get; }
        public MimeKit.MailboxAddress? Mailbox { get; }
    }

    public class SmtpProtocolException : ProtocolException
    {
        public SmtpProtocolException(string message) : base(message) { }
    }

    public class SmtpClient : IDisposable
    {
        public bool IsConnected => false;
        public bool IsAuthenticated => false;
        public int Timeout { get; set; } = 120000;

        public void Connect(string host, int port = 0, MailKit.Security.SecureSocketOptions options = MailKit.Security.SecureSocketOptions.Auto, CancellationToken cancellationToken = default) { }
        public Task ConnectAsync(string host, int port = 0, MailKit.Security.SecureSocketOptions options = MailKit.Security.SecureSocketOptions.Auto, CancellationToken cancellationToken = default) => Task.CompletedTask;
        public void Authenticate(string userName, string password, CancellationToken cancellationToken = default) { }
        public Task AuthenticateAsync(string userName, string password, CancellationToken cancellationToken = default) => Task.CompletedTask;
        public string Send(MimeKit.MimeMessage message, CancellationToken cancellationToken = default) => string.Empty;
        public Task<string> SendAsync(MimeKit.MimeMessage message, CancellationToken cancellationToken = default) => Task.FromResult(string.Empty);
        public void Disconnect(bool quit, CancellationToken cancellationToken = default) { }
        public Task DisconnectAsync(bool quit, CancellationToken cancellationToken = default) => Task.CompletedTask;
        protected SmtpResponse SendCommand(string command, CancellationToken cancellationToken = default) => throw null!;
        protected Task<SmtpResponse> SendCommandAsync(string command, CancellationToken cancellationToken = default) => throw null!;
        public void Dispose() { }
    }
}
