using System.Collections.Immutable;
using FtpReplyAnalyzers.FTP0003;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0003;

/// <summary>What the FTP0003 analyzer writes in a diagnostic's properties, its fix reads back unchanged.</summary>
public sealed class ReplyClassCheckContractTests
{
    public static TheoryData<int, bool, string> Sites()
    {
        var sites = new TheoryData<int, bool, string>();
        for (var index = 0; index < ReplyClassSet.All.Length; index++)
        {
            foreach (var form in new[] { ReplyClassCheckContract.Inline, ReplyClassCheckContract.Helper })
            {
                sites.Add(index, false, form);
                sites.Add(index, true, form);
            }
        }

        return sites;
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Write_then_read_gives_back_the_terms_the_form_and_the_negation(int index, bool negated, string form)
    {
        var classes = ReplyClassSet.All[index];

        var properties = ReplyClassCheckContract.Write(classes, negated, form);

        Assert.True(ReplyClassCheckContract.TryRead(properties, out var request));
        var expected = form == ReplyClassCheckContract.Inline ? classes.ClassMembers : classes.Helpers.Select(range => range.Helper);
        Assert.Equal(expected, request.Terms);
        Assert.Equal(negated, request.Negated);
        Assert.Equal(form == ReplyClassCheckContract.Inline, request.Inline);
    }

    [Fact]
    public void One_term_is_written_as_its_name_and_several_comma_separated()
    {
        var four = ReplyClassSet.Of(ReplyClassRange.All[3]);
        Assert.Equal("TransientNegative", ReplyClassCheckContract.Write(four, false)["Terms"]);
        Assert.Equal("IsTransientNegative", ReplyClassCheckContract.Write(four, false, ReplyClassCheckContract.Helper)["Terms"]);
        var twoAndThree = ReplyClassSet.Of(ReplyClassRange.All[1]).Union(ReplyClassSet.Of(ReplyClassRange.All[2]));
        Assert.Equal("PositiveCompletion,PositiveIntermediate", ReplyClassCheckContract.Write(twoAndThree, true)["Terms"]);
        Assert.Equal("IsPositiveCompletion,IsPositiveIntermediate", ReplyClassCheckContract.Write(twoAndThree, true, ReplyClassCheckContract.Helper)["Terms"]);
        Assert.Equal("PositivePreliminary,PositiveCompletion,PositiveIntermediate", ReplyClassCheckContract.Write(ReplyClassSet.Of(ReplyClassRange.All[6]), false)["Terms"]);
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void The_properties_keep_their_published_keys_and_are_built_once(int index, bool negated, string form)
    {
        var classes = ReplyClassSet.All[index];

        var properties = ReplyClassCheckContract.Write(classes, negated, form);

        Assert.Equal(new[] { "Form", "Negated", "Terms" }, properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(negated ? "True" : "False", properties["Negated"]);
        Assert.Equal(form, properties["Form"]);
        Assert.Same(properties, ReplyClassCheckContract.Write(classes, negated, form));
    }

    [Fact]
    public void A_diagnostic_without_terms_asks_for_no_fix() =>
        Assert.False(ReplyClassCheckContract.TryRead(ImmutableDictionary<string, string?>.Empty, out _));

    [Fact]
    public void A_form_the_fix_does_not_know_asks_for_no_fix() =>
        Assert.False(ReplyClassCheckContract.TryRead(
            ImmutableDictionary<string, string?>.Empty.Add("Form", "Lambda").Add("Terms", "TransientNegative").Add("Negated", "False"),
            out _));

    [Fact]
    public void A_term_that_is_no_identifier_asks_for_no_fix() =>
        Assert.False(ReplyClassCheckContract.TryRead(
            ImmutableDictionary<string, string?>.Empty.Add("Form", "Helper").Add("Terms", "IsNegative(0) || true").Add("Negated", "False"),
            out _));

    [Theory]
    [InlineData("IsPositive,")]
    [InlineData("IsPositive,IsNegative(0)")]
    [InlineData(",IsNegative")]
    public void A_list_with_anything_but_identifiers_asks_for_no_fix(string terms) =>
        Assert.False(ReplyClassCheckContract.TryRead(
            ImmutableDictionary<string, string?>.Empty.Add("Form", "Inline").Add("Terms", terms).Add("Negated", "False"),
            out _));
}
