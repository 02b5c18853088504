using FtpReplyAnalyzers.Context;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers
{
    /// <summary>
    /// The base of every rule: concurrent execution, generated code left alone, and the compilation's shared
    /// <see cref="ReplyAnalysis"/> handed to <see cref="Register"/>. Initialize is sealed so no rule forgets either.
    /// </summary>
    public abstract class ReplyAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => Register(start, ReplyAnalysis.For(start.Compilation, start.Options)));
        }

        /// <summary>Registers the rule's actions for one compilation.</summary>
        private protected abstract void Register(CompilationStartAnalysisContext start, ReplyAnalysis analysis);
    }
}
