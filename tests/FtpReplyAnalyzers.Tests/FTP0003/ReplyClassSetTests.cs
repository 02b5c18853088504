using FtpReplyAnalyzers.FTP0003;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0003;

/// <summary>
/// The helpers a set of classes names (in the message and in the fix) test exactly its codes, joined with ||, and
/// are the fewest that do; and the set says in words what it tests.
/// </summary>
public sealed class ReplyClassSetTests
{
    public static TheoryData<int> Sets() => new(Enumerable.Range(0, ReplyClassSet.All.Length));

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_helpers_joined_test_exactly_the_classes(int index)
    {
        var classes = ReplyClassSet.All[index];
        var helpers = classes.Helpers.Select(range => typeof(FtpReplyCodes).GetMethod(range.Helper, [typeof(int)])!.CreateDelegate<Func<int, bool>>()).ToArray();

        foreach (var code in Enumerable.Range(-1, 1002).Concat([int.MinValue, int.MaxValue]))
        {
            var inClasses = code >= 100 && code <= 699 && (classes.Digits & (1 << (code / 100))) != 0;
            Assert.Equal(inClasses, helpers.Any(helper => helper(code)));
        }
    }

    [Fact]
    public void A_helpers_own_range_is_one_helper_and_the_others_the_fewest()
    {
        Assert.All(ReplyClassRange.All, range => Assert.Same(range, Assert.Single(ReplyClassSet.Of(range).Helpers)));
        Assert.Equal(["IsPositive", "IsNegative", "IsProtected"], Digits(1, 2, 3, 4, 5, 6).Helpers.Select(r => r.Helper));
        Assert.Equal(["IsPositive", "IsTransientNegative"], Digits(1, 2, 3, 4).Helpers.Select(r => r.Helper));
        Assert.Equal(["IsPositiveCompletion", "IsPositiveIntermediate"], Digits(2, 3).Helpers.Select(r => r.Helper));
    }

    [Fact]
    public void Describes_what_the_check_says_of_the_reply()
    {
        Assert.Equal("is negative (4yz or 5yz)", Digits(4, 5).Describe(negated: false));
        Assert.Equal("is not positive (1yz to 3yz)", Digits(1, 2, 3).Describe(negated: true));
        Assert.Equal("is positive completion (2yz) or positive intermediate (3yz)", Digits(2, 3).Describe(negated: false));
        Assert.Equal("is neither positive completion (2yz) nor positive intermediate (3yz)", Digits(2, 3).Describe(negated: true));
        Assert.Equal("is positive preliminary (1yz), positive intermediate (3yz) or protected (6yz)", Digits(1, 3, 6).Describe(negated: false));
        Assert.Equal("is none of positive preliminary (1yz), positive intermediate (3yz) or protected (6yz)", Digits(1, 3, 6).Describe(negated: true));
    }

    private static ReplyClassSet Digits(params int[] digits) =>
        digits.Select(digit => ReplyClassSet.Of(ReplyClassRange.OfDigit(digit)!)).Aggregate((all, one) => all.Union(one));
}
