using System;

namespace FtpReplyAnalyzers.Vocabulary
{
    /// <summary>What the words of an identifier say about the value it names.</summary>
    [Flags]
    internal enum NameSignals
    {
        None = 0,

        /// <summary>A word names FTP (<c>Ftp</c>, <c>Ftps</c>).</summary>
        Ftp = 1,

        /// <summary>A word names another protocol or stack (<c>Http</c>, <c>Smtp</c>, <c>Sftp</c>, <c>Mvc</c>...).</summary>
        OtherProtocol = 2,

        /// <summary>A word says the value is a reply or its code (<c>reply</c>, <c>response</c>, <c>code</c>, <c>status</c>).</summary>
        ReplyLike = 4,

        /// <summary>A word says the value is something else (<c>port</c>, <c>length</c>, <c>timeout</c>, <c>bytes</c>...).</summary>
        NotReply = 8,

        /// <summary>
        /// A word groups replies (<c>class</c>, <c>severity</c>, <c>category</c>, <c>kind</c>, <c>type</c>): a member of a
        /// type so named is a class of replies, never one reply's code, whatever its value.
        /// </summary>
        ReplyGroup = 16,
    }
}
