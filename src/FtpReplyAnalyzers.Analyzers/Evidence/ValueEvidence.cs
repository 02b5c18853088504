using System;

namespace FtpReplyAnalyzers.Evidence
{
    /// <summary>What the context model has learnt about a value compared with, or given, a reply-code literal.</summary>
    [Flags]
    internal enum ValueEvidence
    {
        None = 0,

        /// <summary>Strong: the value's type or member is an FTP reply code by definition (FtpStatusCode, FluentFTP's FtpReply.Code).</summary>
        FtpType = 1,

        /// <summary>Strong: a reply-like member of a type or namespace that names FTP (a user's FtpResponse.Code).</summary>
        FtpMember = 2,

        /// <summary>Negative: the value belongs to another protocol (HttpStatusCode, SmtpException, an httpStatus local).</summary>
        OtherProtocol = 4,

        /// <summary>Negative: the value is named as something that is never a reply (port, length, timeout, bytes...).</summary>
        NotReply = 8,

        /// <summary>Weak: the value is named like a reply (code, reply, status) or sliced like one (Substring(0, 3)).</summary>
        ReplyLike = 16,

        /// <summary>Strong: the value is what a call returned for an FTP command it sent (<c>Send("CWD " + dir)</c>).</summary>
        FtpCommandReply = 32,

        /// <summary>The value's own name says FTP (<c>ftpCode</c>, <c>ftp</c>): with a reply-like name, strong.</summary>
        FtpName = 64,
    }
}
