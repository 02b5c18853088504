namespace FtpReplyAnalyzers.Scope
{
    /// <summary>Where the surrounding code says it belongs, from the innermost name outwards.</summary>
    internal enum ScopeProtocol
    {
        None,
        Ftp,
        Other,

        /// <summary>One name says both (<c>HttpFtpGateway</c>): no weak evidence is trusted there.</summary>
        Mixed,
    }
}
