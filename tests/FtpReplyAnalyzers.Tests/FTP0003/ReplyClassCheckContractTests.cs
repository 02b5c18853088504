using System.Collections.Immutable;
using FtpReplyAnalyzers.FTP0003;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0003;

/// <summary>What the FTP0003 analyzer writes in a diagnostic's properties, its fix reads back unchanged.</summary>
public sealed class ReplyClassCheckContractTests
{
    public static TheoryData<int, bool> Sites()
    {
        var sites = new TheoryData<int, bool>();
        for (var index = 0; index < ReplyClassSet.All.Length; index++)
        {
            sites.Add(index, false);
            sites.Add(index, true);
        }

        return sites;
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Write_then_read_gives_back_the_helpers_and_the_negation(int index, bool negated)
    {
        var classes = ReplyClassSet.All[index];

        var properties = ReplyClassCheckContract.Write(classes, negated);

        Assert.True(ReplyClassCheckContract.TryRead(properties, out var request));
        Assert.Equal(classes.Helpers.Select(range => range.Helper), request.Helpers);
        Assert.Equal(negated, request.Negated);
    }

    [Fact]
    public void One_helper_is_written_as_its_name_and_several_comma_separated()
    {
        Assert.Equal("IsTransientNegative", ReplyClassCheckContract.Write(ReplyClassSet.Of(ReplyClassRange.All[3]), false)["Helper"]);
        var twoAndThree = ReplyClassSet.Of(ReplyClassRange.All[1]).Union(ReplyClassSet.Of(ReplyClassRange.All[2]));
        Assert.Equal("IsPositiveCompletion,IsPositiveIntermediate", ReplyClassCheckContract.Write(twoAndThree, true)["Helper"]);
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void The_properties_keep_their_published_keys_and_are_built_once(int index, bool negated)
    {
        var classes = ReplyClassSet.All[index];

        var properties = ReplyClassCheckContract.Write(classes, negated);

        Assert.Equal(new[] { "Helper", "Negated" }, properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(negated ? "True" : "False", properties["Negated"]);
        Assert.Same(properties, ReplyClassCheckContract.Write(classes, negated));
    }

    [Fact]
    public void A_diagnostic_without_a_helper_asks_for_no_fix() =>
        Assert.False(ReplyClassCheckContract.TryRead(ImmutableDictionary<string, string?>.Empty, out _));

    [Fact]
    public void A_helper_that_is_no_identifier_asks_for_no_fix() =>
        Assert.False(ReplyClassCheckContract.TryRead(
            ImmutableDictionary<string, string?>.Empty.Add("Helper", "IsNegative(0) || true").Add("Negated", "False"),
            out _));

    [Theory]
    [InlineData("IsPositive,")]
    [InlineData("IsPositive,IsNegative(0)")]
    [InlineData(",IsNegative")]
    public void A_list_with_anything_but_identifiers_asks_for_no_fix(string helpers) =>
        Assert.False(ReplyClassCheckContract.TryRead(
            ImmutableDictionary<string, string?>.Empty.Add("Helper", helpers).Add("Negated", "False"),
            out _));
}
