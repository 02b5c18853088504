using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using FtpReplyAnalyzers.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FtpReplyAnalyzers.Codes
{
    /// <summary>
    /// The type declarations of one syntax tree that can hold the user's names for reply codes (see
    /// <see cref="UserReplyConstants"/>): enums, and types with a constant whose name holds "ftp" or whose own name says
    /// reply or code, outside generic types and types named for groups of replies. Read from the syntax alone and kept
    /// per tree, for as long as the tree lives: an editor makes a new compilation on every keystroke but keeps the trees
    /// of the files that did not change, so this walk is paid once per file, not once per edit. What is kept is names and
    /// a span, never a node: an editor may let go of an unchanged file's syntax and parse it again when asked.
    /// </summary>
    internal static class ConstantDeclarations
    {
        private static readonly ConditionalWeakTable<SyntaxTree, ConstantDeclaration[]> PerTree =
            new ConditionalWeakTable<SyntaxTree, ConstantDeclaration[]>();

        private static readonly ConditionalWeakTable<SyntaxTree, ConstantDeclaration[]>.CreateValueCallback Scan = ScanTree;

        /// <summary>The declarations of <paramref name="tree"/> a constant table must look at.</summary>
        public static ConstantDeclaration[] In(SyntaxTree tree) => PerTree.GetValue(tree, Scan);

        private static ConstantDeclaration[] ScanTree(SyntaxTree tree)
        {
            var found = new List<ConstantDeclaration>();
            var pending = new Stack<SyntaxNode>();
            pending.Push(tree.GetRoot());
            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case CompilationUnitSyntax unit:
                        PushAll(pending, unit.Members);
                        break;
                    case BaseNamespaceDeclarationSyntax ns:
                        PushAll(pending, ns.Members);
                        break;
                    case EnumDeclarationSyntax enumDeclaration:
                        if (enumDeclaration.Members.Count > 0 && MayNameCodes(enumDeclaration.Identifier.ValueText, isEnum: true))
                        {
                            found.Add(ConstantDeclaration.Of(enumDeclaration));
                        }

                        break;

                    // A constant of Outer<T> cannot be named without a type argument, nor can anything nested in it.
                    case TypeDeclarationSyntax type when type.TypeParameterList is null:
                        if (HoldsCandidates(type))
                        {
                            found.Add(ConstantDeclaration.Of(type));
                        }

                        PushAll(pending, type.Members);
                        break;
                }
            }

            return found.Count == 0 ? Array.Empty<ConstantDeclaration>() : found.ToArray();
        }

        private static void PushAll(Stack<SyntaxNode> pending, SyntaxList<MemberDeclarationSyntax> members)
        {
            for (var i = members.Count - 1; i >= 0; i--)
            {
                pending.Push(members[i]);
            }
        }

        // Where UserReplyConstants can find a name: every constant of a type named for codes, or one named for FTP.
        private static bool HoldsCandidates(TypeDeclarationSyntax type)
        {
            if (!MayNameCodes(type.Identifier.ValueText, isEnum: false))
            {
                return false;
            }

            var namedForCodes = (ProtocolVocabulary.Classify(type.Identifier.ValueText) & NameSignals.ReplyLike) != 0;
            foreach (var name in ConstantNames(type))
            {
                if (namedForCodes || IsNamedForFtp(name))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The names of the constants <paramref name="type"/> declares (in this declaration: one part of a partial type).</summary>
        public static IEnumerable<string> ConstantNames(TypeDeclarationSyntax type)
        {
            foreach (var member in type.Members)
            {
                if (member is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
                {
                    foreach (var variable in field.Declaration.Variables)
                    {
                        yield return variable.Identifier.ValueText;
                    }
                }
            }
        }

        /// <summary>A constant named for FTP (<c>FTP_OK</c>, <c>FtpFileNotFound</c>), which may name a code in any type.</summary>
        public static bool IsNamedForFtp(string name) => name.IndexOf("ftp", StringComparison.OrdinalIgnoreCase) >= 0;

        // A type named for groups of replies names classes, not codes; an enum named for something else (a port, a size)
        // is not a table of codes.
        private static bool MayNameCodes(string typeName, bool isEnum)
        {
            var signals = ProtocolVocabulary.Classify(typeName);
            return (signals & NameSignals.ReplyGroup) == 0 && (!isEnum || (signals & NameSignals.NotReply) == 0);
        }
    }

    /// <summary>
    /// Where a type that may hold names for codes is declared: the names of its namespaces and of the types around it,
    /// outermost first, its own name last, and the span of its declaration in its tree.
    /// </summary>
    internal sealed class ConstantDeclaration
    {
        private ConstantDeclaration(string[] namespaces, string[] types, TextSpan span)
        {
            Namespaces = namespaces;
            Types = types;
            Span = span;
        }

        public string[] Namespaces { get; }

        public string[] Types { get; }

        public TextSpan Span { get; }

        public static ConstantDeclaration Of(BaseTypeDeclarationSyntax declaration)
        {
            var namespaces = new List<string>();
            var types = new List<string>();
            for (SyntaxNode? node = declaration; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case BaseTypeDeclarationSyntax type:
                        types.Add(type.Identifier.ValueText);
                        break;
                    case BaseNamespaceDeclarationSyntax ns:
                        // Read right to left, as the walk goes outwards: `namespace A.B` adds B, then A.
                        var name = ns.Name;
                        for (; name is QualifiedNameSyntax qualified; name = qualified.Left)
                        {
                            namespaces.Add(qualified.Right.Identifier.ValueText);
                        }

                        namespaces.Add(name is SimpleNameSyntax simple ? simple.Identifier.ValueText : string.Empty);
                        break;
                }
            }

            namespaces.Reverse();
            types.Reverse();
            return new ConstantDeclaration(namespaces.ToArray(), types.ToArray(), declaration.Span);
        }
    }
}
