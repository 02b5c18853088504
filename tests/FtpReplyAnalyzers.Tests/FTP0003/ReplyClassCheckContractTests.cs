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
        for (var index = 0; index < ReplyClassRange.All.Length; index++)
        {
            sites.Add(index, false);
            sites.Add(index, true);
        }

        return sites;
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Write_then_read_gives_back_the_helper_and_the_negation(int index, bool negated)
    {
        var range = ReplyClassRange.All[index];

        var properties = ReplyClassCheckContract.Write(range, negated);

        Assert.True(ReplyClassCheckContract.TryRead(properties, out var request));
        Assert.Equal(range.Helper, request.Helper);
        Assert.Equal(negated, request.Negated);
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void The_properties_keep_their_published_keys_and_are_built_once(int index, bool negated)
    {
        var range = ReplyClassRange.All[index];

        var properties = ReplyClassCheckContract.Write(range, negated);

        Assert.Equal(new[] { "Helper", "Negated" }, properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(negated ? "True" : "False", properties["Negated"]);
        Assert.Same(properties, ReplyClassCheckContract.Write(range, negated));
    }

    [Fact]
    public void A_diagnostic_without_a_helper_asks_for_no_fix() =>
        Assert.False(ReplyClassCheckContract.TryRead(ImmutableDictionary<string, string?>.Empty, out _));

    [Fact]
    public void A_helper_that_is_no_identifier_asks_for_no_fix() =>
        Assert.False(ReplyClassCheckContract.TryRead(
            ImmutableDictionary<string, string?>.Empty.Add("Helper", "IsNegative(0) || true").Add("Negated", "False"),
            out _));
}
