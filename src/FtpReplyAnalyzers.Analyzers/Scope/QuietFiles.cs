using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.Scope
{
    /// <summary>
    /// What a file's text alone says of the scope of the code in it: a file is quiet when its text has no "ftp" in any
    /// case, no command line that says FTP or may (<see cref="CommandScan.CommandCandidates"/>: an FTP verb, an escape,
    /// AUTH), no Unicode escape and nothing outside ASCII. Every name the scope reads in a quiet file (a local
    /// function's, a member's, a type's, a namespace's, the type of a field, property or parameter) is written in it as
    /// it is read, so none says FTP: no escape spells it and no invisible formatting character splits it. Kept per
    /// syntax tree, which outlives a compilation: in an editor, an edit reads again only the file it changed.
    /// </summary>
    internal static class QuietFiles
    {
        private static readonly object Quiet = new object();
        private static readonly object Loud = new object();

        private static readonly ConditionalWeakTable<SyntaxTree, object> Texts = new ConditionalWeakTable<SyntaxTree, object>();
        private static readonly ConditionalWeakTable<SyntaxTree, object> GlobalUsings = new ConditionalWeakTable<SyntaxTree, object>();

        private static readonly ConditionalWeakTable<SyntaxTree, object>.CreateValueCallback ReadText =
            tree => IsQuietText(tree.GetText()) ? Quiet : Loud;

        private static readonly ConditionalWeakTable<SyntaxTree, object>.CreateValueCallback ReadGlobalUsings =
            tree => ReadsOnlyQuietGlobalUsings(tree) ? Quiet : Loud;

        /// <summary>True when <paramref name="tree"/>'s text is quiet (see the class).</summary>
        public static bool IsQuiet(SyntaxTree tree) => Texts.GetValue(tree, ReadText) == Quiet;

        /// <summary>
        /// True when every <c>global using</c> directive of <paramref name="tree"/> (an alias, a namespace, a static
        /// import) is quiet text: a global using puts names in every file that no file's text shows.
        /// </summary>
        public static bool HasOnlyQuietGlobalUsings(SyntaxTree tree) => GlobalUsings.GetValue(tree, ReadGlobalUsings) == Quiet;

        /// <summary>The text test of the class, on any text.</summary>
        internal static bool IsQuietText(SourceText text)
        {
            var whole = text.ToString();
            if (whole.IndexOf("ftp", StringComparison.OrdinalIgnoreCase) >= 0
                || whole.IndexOf("\\u", StringComparison.OrdinalIgnoreCase) >= 0
                || !IsAscii(whole))
            {
                return false;
            }

            var candidates = new List<CommandCandidate>();
            CommandScan.CommandCandidates(text, new TextSpan(0, text.Length), candidates);
            foreach (var candidate in candidates)
            {
                // Another protocol's verb or a shared one cannot make the scan say FTP; an FTP verb, an escape or AUTH can.
                if (candidate.Text is not { } says || says == ScopeProtocol.Ftp || says == ScopeProtocol.Mixed)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool ReadsOnlyQuietGlobalUsings(SyntaxTree tree)
        {
            if (tree.GetRoot() is not CompilationUnitSyntax root)
            {
                return false;
            }

            foreach (var directive in root.Usings)
            {
                if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)
                    && !IsQuietText(SourceText.From(directive.ToString())))
                {
                    return false;
                }
            }

            return true;
        }

        // Four characters at a time: a quiet file is read whole, and most of a corpus is quiet.
        private static bool IsAscii(string text)
        {
            var chars = text.AsSpan();
            var blocks = MemoryMarshal.Cast<char, ulong>(chars);
            foreach (var block in blocks)
            {
                if ((block & 0xFF80FF80FF80FF80UL) != 0)
                {
                    return false;
                }
            }

            for (var i = blocks.Length * 4; i < chars.Length; i++)
            {
                if (chars[i] > 0x7F)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
