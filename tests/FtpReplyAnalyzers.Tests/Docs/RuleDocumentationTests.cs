using System.Reflection;
using FtpReplyAnalyzers.FTP0001;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FtpReplyAnalyzers.Tests.Docs;

/// <summary>Every rule has a page, a release-tracking row, and a help link that resolves to its page.</summary>
public sealed class RuleDocumentationTests
{
    public static TheoryData<string> RuleIds() => new(AllDescriptors().Select(d => d.Id));

    [Fact]
    public void Every_shipped_analyzer_uses_only_descriptors_of_the_one_list()
    {
        var analyzers = typeof(MagicReplyCodeAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);
        var declared = AllDescriptors().Select(d => d.Id).ToHashSet();
        Assert.All(analyzers.SelectMany(a => a.SupportedDiagnostics), d => Assert.Contains(d.Id, declared));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Help_link_points_at_the_rule_page_in_this_repository(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        var prefix = RuleIdentifiers.RepositoryUrl + "/blob/main/";
        Assert.StartsWith(prefix, descriptor.HelpLinkUri, StringComparison.Ordinal);
        var relative = descriptor.HelpLinkUri.Substring(prefix.Length);
        Assert.Equal($"docs/rules/{id}.md", relative);
        Assert.True(File.Exists(RepositoryFiles.PathOf(relative)), relative + " does not exist");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_page_has_the_sections_users_look_for(string id)
    {
        var page = File.ReadAllText(RepositoryFiles.PathOf($"docs/rules/{id}.md"));
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        Assert.StartsWith($"# {id}: {descriptor.Title}", page, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Rule description", "## How to fix violations", "## How to suppress violations", "## Examples" })
        {
            Assert.Contains(section, page, StringComparison.Ordinal);
        }

        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
        Assert.Contains($"| Category | {descriptor.Category} |", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Release_tracking_lists_the_rule_with_its_category_severity_and_help_link(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        var releases = File.ReadAllText(RepositoryFiles.PathOf("src/FtpReplyAnalyzers.Analyzers/AnalyzerReleases.Unshipped.md"))
            + "\n" + File.ReadAllText(RepositoryFiles.PathOf("src/FtpReplyAnalyzers.Analyzers/AnalyzerReleases.Shipped.md"));
        var row = $"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |";
        Assert.Contains(row, releases, StringComparison.Ordinal);

        // A relative link in these files resolves against src/FtpReplyAnalyzers.Analyzers, where no docs folder is: each
        // row links the same absolute page as the descriptor's help link.
        var rows = releases.Split('\n').Where(line => line.StartsWith(row, StringComparison.Ordinal));
        Assert.All(rows, line => Assert.EndsWith($"[Documentation]({descriptor.HelpLinkUri})", line.TrimEnd(), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void README_rules_table_lists_the_rule_as_its_descriptor_says(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        Assert.Contains($"| [{id}](docs/rules/{id}.md) | {descriptor.Title} | {descriptor.DefaultSeverity} |", readme, StringComparison.Ordinal);
    }

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);
}
