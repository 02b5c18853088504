using System;
using System.Collections.Generic;
using FtpReplyAnalyzers.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.Scope
{
    /// <summary>A scan of a type's source text for the command lines it sends: the protocol it speaks on the wire.</summary>
    internal static class CommandScan
    {
        // One per thread: the text of a declaration is read in chunks into it, not copied whole.
        [ThreadStatic]
        private static char[]? commandScanBuffer;

        /// <summary>
        /// The protocol the command lines a type's string literals start with speak: <c>"USER "</c> and <c>"CWD "</c> FTP,
        /// <c>"HELO "</c> SMTP, <c>"GET / HTTP/1.1"</c> HTTP; Mixed where they disagree. Only the literals whose opening
        /// quote <see cref="CommandCandidates"/> finds are read: no other literal can start with a verb.
        /// </summary>
        public static ScopeProtocol Scan(INamedTypeSymbol type)
        {
            var result = ScopeProtocol.None;
            List<CommandCandidate>? candidates = null;
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax();
                candidates ??= new List<CommandCandidate>();
                candidates.Clear();
                CommandCandidates(declaration.SyntaxTree.GetText(), declaration.FullSpan, candidates);
                foreach (var candidate in candidates)
                {
                    // A candidate whose text says what the answer already holds cannot change it (CommandCandidate): its
                    // token is not looked up. In a type that sends twenty FTP commands, one is.
                    if (candidate.CannotChange(result)
                        || LeadingText(declaration.FindToken(candidate.Quote)) is not { } leading)
                    {
                        continue;
                    }

                    result = NamedScope.Combine(result, NamedScope.FromSignals(FtpCommandVocabulary.ClassifyCommandText(leading.ValueText)));
                    if (result == ScopeProtocol.Mixed)
                    {
                        return result;
                    }
                }
            }

            return result;
        }

        // The token whose text a command line would start: a string literal, or the first text of an interpolated string.
        private static SyntaxToken? LeadingText(SyntaxToken token)
        {
            switch ((SyntaxKind)token.RawKind)
            {
                case SyntaxKind.StringLiteralToken:
                    return token;
                case SyntaxKind.InterpolatedStringStartToken:
                    var next = token.GetNextToken();
                    return next.IsKind(SyntaxKind.InterpolatedStringTextToken) ? next : null;
                case SyntaxKind.InterpolatedStringTextToken:
                    return token.GetPreviousToken().IsKind(SyntaxKind.InterpolatedStringStartToken) ? token : null;
                default:
                    return null;
            }
        }

        // A command line the scan above classifies starts with a verb it knows (three to eight capital letters) that ends
        // the text or is followed by a space or a line break ("CWD /in", "PASV", "PASV\r\n", $"SIZE {path}"), or starts
        // with "HTTP/". So only a quote followed by such a verb (or by an escape sequence, which could spell one) can open
        // a command line: the positions of those quotes are collected, from the text, without creating a syntax node, with
        // what the verb says where the text alone tells. Most types hold none: "EUR", "INFO " and "X-Retry-After" are no verbs.
        internal static void CommandCandidates(SourceText text, TextSpan span, List<CommandCandidate> candidates)
        {
            var buffer = commandScanBuffer ??= new char[4096];
            var verb = new char[FtpCommandVocabulary.LongestVerb];

            // -1: not right after a quote; otherwise how many capital letters follow the last quote, at quote.
            var run = -1;
            var quote = -1;
            for (var start = span.Start; start < span.End; start += buffer.Length)
            {
                var count = Math.Min(buffer.Length, span.End - start);
                text.CopyTo(start, buffer, 0, count);
                var i = 0;
                while (i < count)
                {
                    if (run < 0)
                    {
                        // Between candidates only a quote matters: found with the runtime's vectorised search, not a
                        // character at a time (in a profile of the 4N corpus, the loop and the copy were 33 of the scan's
                        // 56 samples before and 14 of 44 after; the rest is FindToken below).
                        var next = Array.IndexOf(buffer, '"', i, count - i);
                        if (next < 0)
                        {
                            break;
                        }

                        run = 0;
                        quote = start + next;
                        i = next + 1;
                        continue;
                    }

                    var c = buffer[i];
                    if (c >= 'A' && c <= 'Z')
                    {
                        if (run < verb.Length)
                        {
                            verb[run] = c;
                        }

                        run++;
                        i++;
                        continue;
                    }

                    if (c == '\\')
                    {
                        // An escape could spell anything: only the token's value text tells.
                        candidates.Add(new CommandCandidate(quote, text: null));
                    }
                    else if (run == 4 && c == '/' && verb[0] == 'H' && verb[1] == 'T' && verb[2] == 'T' && verb[3] == 'P')
                    {
                        candidates.Add(new CommandCandidate(quote, ScopeProtocol.Other));
                    }
                    else if ((c == '"' || c == ' ' || c == '{' || c == '\r' || c == '\n') && IsKnownVerb(verb, run, out var says))
                    {
                        candidates.Add(new CommandCandidate(quote, says));
                    }

                    run = c == '"' ? 0 : -1;
                    quote = start + i;
                    i++;
                }
            }

            if (IsKnownVerb(verb, run, out var lastSays))
            {
                candidates.Add(new CommandCandidate(quote, lastSays));
            }
        }

        // True for a verb the scan classifies, with what it says by itself (null for AUTH, whose mechanism decides).
        private static bool IsKnownVerb(char[] verb, int length, out ScopeProtocol? says)
        {
            says = null;
            if (length < 3 || length > verb.Length)
            {
                return false;
            }

            var word = new string(verb, 0, length);
            if (!FtpCommandVocabulary.IsKnownVerb(word))
            {
                return false;
            }

            says = word == "AUTH" ? null : NamedScope.FromSignals(FtpCommandVocabulary.ClassifyCommandText(word));
            return true;
        }
    }
}
