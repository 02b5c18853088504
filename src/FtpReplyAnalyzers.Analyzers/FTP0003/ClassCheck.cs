using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.FTP0003
{
    /// <summary>How a class check reads the reply code.</summary>
    internal enum ClassCheckKind
    {
        /// <summary>An integer compared with the class bounds or divided by 100.</summary>
        Number,

        /// <summary>The first character of a string code.</summary>
        FirstCharacter,
    }

    /// <summary>A hand-written reply-class check, as <see cref="ReplyClassMatcher"/> found it.</summary>
    internal readonly struct ClassCheck
    {
        public ClassCheck(IOperation operation, IOperation subject, ReplyClassRange range, bool negated, ClassCheckKind kind, bool readsSubjectTwice = false)
        {
            Operation = operation;
            Subject = subject;
            Range = range;
            Negated = negated;
            Kind = kind;
            ReadsSubjectTwice = readsSubjectTwice;
        }

        /// <summary>The whole check: what the diagnostic marks and the fix replaces.</summary>
        public IOperation Operation { get; }

        /// <summary>The value whose class is tested: what the context model judges and the fix passes to the helper.</summary>
        public IOperation Subject { get; }

        public ReplyClassRange Range { get; }

        /// <summary>True when the check tests that the value is not in <see cref="Range"/>.</summary>
        public bool Negated { get; }

        public ClassCheckKind Kind { get; }

        /// <summary>True when the check reads the subject twice (<c>code &gt;= 400 &amp;&amp; code &lt; 500</c>), the helper once.</summary>
        public bool ReadsSubjectTwice { get; }
    }
}
