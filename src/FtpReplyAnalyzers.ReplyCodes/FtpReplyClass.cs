namespace FtpReplyAnalyzers
{
    /// <summary>
    /// The class of an FTP reply, given by its first digit (RFC 959 §4.2.1; class 6 from RFC 2228 §5).
    /// </summary>
    public enum FtpReplyClass
    {
        /// <summary>Not a three-digit reply code from 100 to 699.</summary>
        Unknown = 0,

        /// <summary>1yz: the action is starting; expect another reply before sending a new command.</summary>
        PositivePreliminary = 1,

        /// <summary>2yz: the action completed successfully.</summary>
        PositiveCompletion = 2,

        /// <summary>3yz: accepted so far; the server waits for the next command of a sequence.</summary>
        PositiveIntermediate = 3,

        /// <summary>4yz: the action failed for now; the same request may succeed later.</summary>
        TransientNegative = 4,

        /// <summary>5yz: the action failed; repeating the same request will fail again.</summary>
        PermanentNegative = 5,

        /// <summary>6yz: a protected reply whose real reply is encoded by the security mechanism (RFC 2228).</summary>
        Protected = 6,
    }
}
