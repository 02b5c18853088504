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

            // Without Analyze, the driver runs no callback of ours in generated code: not in a file that says so (header,
            // name, generated_code = true), not in a declaration marked [GeneratedCode]. Every diagnostic is reported at the
            // operation being analysed, so it can only fall in code the driver chose to analyse; nothing on hidden lines
            // (#line hidden) is reported either (GeneratedCodeTests holds each case, for every rule). ReportDiagnostics
            // then spares the driver a second check of each diagnostic, which computes every [GeneratedCode] symbol of a
            // file on the first report in it: 15% of FTP0001's samples in the benchmark's profile.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start => Register(start, ReplyAnalysis.For(start.Compilation, start.Options)));
        }

        /// <summary>Registers the rule's actions for one compilation.</summary>
        private protected abstract void Register(CompilationStartAnalysisContext start, ReplyAnalysis analysis);
    }
}
