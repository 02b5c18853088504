using Microsoft.CodeAnalysis;

namespace FtpReplyAnalyzers.Scope
{
    /// <summary>
    /// Where the scope cannot be FTP's, known from text before any name is read or any type scanned: a site whose file
    /// and whose enclosing types' files (every part of each) are all quiet (<see cref="QuietFiles"/>), in a compilation
    /// whose global usings are quiet too and whose user has named no FTP names of their own
    /// (<c>ftp_reply_analyzers.ftp_names</c>, which the text test does not look for). There no name the scope reads says
    /// FTP (the local functions', the member's, the types' and namespace's, and the types of the types' fields,
    /// properties and parameters, all written in those files), and no command line the types send does:
    /// <see cref="ScopeResolver.ScopeOf"/> could not say FTP. Two things put a name into such a file unwritten, and turn
    /// the test off: a global using (an alias that a field's type is written with, a namespace), and an explicit
    /// implementation, whose name is its interface's whole name (<c>Contoso.FtpApi.IReplyCheck.Accepted</c>), though the
    /// file may write only <c>IReplyCheck</c> (a nested type inherited through a base class). One per compilation.
    /// </summary>
    internal sealed class QuietScope
    {
        private readonly Compilation compilation;
        private readonly bool userNamesFtp;

        // 0 until read, then 1 where every global using is quiet and 2 where one is not. Threads that race on it read the
        // same answer.
        private int globalUsings;

        public QuietScope(Compilation compilation, NamedScope names)
        {
            this.compilation = compilation;
            userNamesFtp = names.HasUserFtpNames;
        }

        /// <summary>True when the scope of <paramref name="at"/> in <paramref name="containingSymbol"/> cannot be FTP's.</summary>
        public bool IsQuiet(IOperation at, ISymbol containingSymbol)
        {
            if (userNamesFtp || containingSymbol.ContainingType is null || !QuietFiles.IsQuiet(at.Syntax.SyntaxTree))
            {
                return false;
            }

            // The member whose name the scope reads: a dot inside its name (not .ctor's) is an explicit implementation's,
            // with names the file need not write.
            if (NamedScope.NamedMember(containingSymbol).Name.LastIndexOf('.') > 0)
            {
                return false;
            }

            for (var type = containingSymbol.ContainingType; type is not null; type = type.ContainingType)
            {
                var declarations = type.DeclaringSyntaxReferences;
                if (declarations.IsEmpty)
                {
                    return false;
                }

                foreach (var declaration in declarations)
                {
                    if (!QuietFiles.IsQuiet(declaration.SyntaxTree))
                    {
                        return false;
                    }
                }
            }

            return GlobalUsingsQuiet();
        }

        // Read once per compilation, and only once a site is otherwise quiet: code bases whose files all say FTP never pay it.
        private bool GlobalUsingsQuiet()
        {
            if (globalUsings == 0)
            {
                var quiet = true;
                foreach (var tree in compilation.SyntaxTrees)
                {
                    if (!QuietFiles.HasOnlyQuietGlobalUsings(tree))
                    {
                        quiet = false;
                        break;
                    }
                }

                globalUsings = quiet ? 1 : 2;
            }

            return globalUsings == 1;
        }
    }
}
