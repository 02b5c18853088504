using System.Runtime.CompilerServices;
using FtpReplyAnalyzers.Codes;
using FtpReplyAnalyzers.Commands;
using FtpReplyAnalyzers.Decision;
using FtpReplyAnalyzers.Evidence;
using FtpReplyAnalyzers.Scope;
using FtpReplyAnalyzers.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FtpReplyAnalyzers.Context
{
    /// <summary>
    /// What every rule of the package shares for one compilation, and the one owner of its state: the known types, the
    /// context model's parts with their caches (<see cref="NamedScope"/>: names read per type; <see cref="ScopeResolver"/>:
    /// type scans; <see cref="EvidenceCollector"/>: locals' sources; <see cref="ReplyLists"/>: list verdicts), and the
    /// user's own constants. Built by the first rule that starts on a compilation and reused by the others, so a type's
    /// commands are scanned once, not once per rule. Kept in a weak table: it lives as long as the compilation and no longer.
    /// </summary>
    internal sealed class ReplyAnalysis
    {
        private static readonly ConditionalWeakTable<Compilation, ReplyAnalysis> PerCompilation = new ConditionalWeakTable<Compilation, ReplyAnalysis>();

        private ReplyAnalysis(Compilation compilation, AnalyzerOptions options)
        {
            KnownTypes = KnownTypes.Resolve(compilation);
            var names = new NamedScope(UserProtocolNames.Read(compilation, options));
            var scope = new ScopeResolver(names, new QuietScope(compilation, names));
            var evidence = new EvidenceCollector(KnownTypes, names);
            var arguments = new ReplyArguments(evidence, scope);
            var holderReads = new HolderReads();
            Model = new ReplyContextModel(evidence, scope, arguments, new ReplyTextSinks(evidence, scope, arguments, holderReads), new ReplyLists(holderReads));
            UserConstants = new UserReplyConstants(compilation, KnownTypes, names);
        }

        /// <summary>The types that are FTP reply codes by definition, and the bundled library's.</summary>
        public KnownTypes KnownTypes { get; }

        /// <summary>The decision: is a literal, a value or reply text FTP's.</summary>
        public ReplyContextModel Model { get; }

        /// <summary>The user's own constants for reply codes, for FTP0001's fix.</summary>
        public UserReplyConstants UserConstants { get; }

        /// <summary>The command a reply answers, where it is certain, for FTP0004.</summary>
        public ReplyCommands Commands { get; } = new ReplyCommands();

        /// <summary>The shared analysis of <paramref name="compilation"/> (the driver gives every rule of it the same options).</summary>
        public static ReplyAnalysis For(Compilation compilation, AnalyzerOptions options) =>
            PerCompilation.GetValue(compilation, c => new ReplyAnalysis(c, options));
    }
}
