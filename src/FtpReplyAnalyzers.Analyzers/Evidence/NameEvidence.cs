using FtpReplyAnalyzers.Vocabulary;

namespace FtpReplyAnalyzers.Evidence
{
    /// <summary>The evidence names give: a value's own name, a command sent or a method named for one.</summary>
    internal static class NameEvidence
    {
        /// <summary>What a call's command (<c>Send("CWD " + dir)</c>) or a method's name (<c>Cwd(dir)</c>) says of its result.</summary>
        public static ValueEvidence OfCommand(NameSignals command)
        {
            if ((command & NameSignals.OtherProtocol) != 0)
            {
                return ValueEvidence.OtherProtocol;
            }

            return (command & NameSignals.Ftp) != 0 ? ValueEvidence.FtpCommandReply
                : (command & NameSignals.ReplyLike) != 0 ? ValueEvidence.ReplyLike
                : ValueEvidence.None;
        }

        /// <summary>What a value's own name says: <c>ftpCode</c>, <c>httpStatus</c>, <c>port</c>, <c>reply</c>.</summary>
        public static ValueEvidence OfName(string name)
        {
            var signals = ProtocolVocabulary.Classify(name);
            var evidence = ValueEvidence.None;
            if ((signals & NameSignals.OtherProtocol) != 0)
            {
                evidence |= ValueEvidence.OtherProtocol;
            }
            else if ((signals & NameSignals.Ftp) != 0)
            {
                evidence |= ValueEvidence.FtpName;
            }

            if ((signals & NameSignals.NotReply) != 0)
            {
                evidence |= ValueEvidence.NotReply;
            }
            else if ((signals & NameSignals.ReplyLike) != 0)
            {
                evidence |= ValueEvidence.ReplyLike;
            }

            return evidence;
        }
    }
}
