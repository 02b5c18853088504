using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FtpReplyAnalyzers.Tests.Verifiers;

/// <summary>
/// FTP0002's "fix" in its verifier: the rule has none (a number no RFC defines has no right replacement), so this
/// provider offers nothing; it names the rule, so that the verifier knows which of its shared analyzer's rules it checks.
/// </summary>
public sealed class UnknownReplyCodeHasNoFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [RuleIdentifiers.UnknownReplyCode];

    public override Task RegisterCodeFixesAsync(CodeFixContext context) => Task.CompletedTask;

    public override FixAllProvider? GetFixAllProvider() => null;
}
