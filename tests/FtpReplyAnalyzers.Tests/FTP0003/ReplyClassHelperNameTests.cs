using System.Reflection;
using FtpReplyAnalyzers.FTP0003;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0003;

/// <summary>
/// The helper names FTP0003 reports and its fix writes (<see cref="ReplyClassRange"/>) are methods the bundled
/// <see cref="FtpReplyCodes"/> really has, and each tests exactly the range the analyzer says it does: a rename or a
/// changed bound on either side fails here, not in a user's build.
/// </summary>
public sealed class ReplyClassHelperNameTests
{
    /// <summary>-1 to 1000, the edges of int, and each range's own edges and their neighbours.</summary>
    private static readonly int[] Inputs = Enumerable.Range(-1, 1002)
        .Concat([int.MinValue, int.MinValue + 1, int.MaxValue - 1, int.MaxValue])
        .ToArray();

    public static TheoryData<string> Helpers()
    {
        var helpers = new TheoryData<string>();
        foreach (var range in ReplyClassRange.All)
        {
            helpers.Add(range.Helper);
        }

        return helpers;
    }

    [Theory]
    [MemberData(nameof(Helpers))]
    public void Each_helper_is_a_public_static_bool_method_of_one_int(string helper)
    {
        var method = typeof(FtpReplyCodes).GetMethod(helper, BindingFlags.Public | BindingFlags.Static, [typeof(int)]);

        Assert.NotNull(method);
        Assert.Equal(typeof(bool), method.ReturnType);
    }

    [Theory]
    [MemberData(nameof(Helpers))]
    public void Each_helper_tests_exactly_its_range(string helper)
    {
        var range = Assert.Single(ReplyClassRange.All, r => r.Helper == helper);
        var method = typeof(FtpReplyCodes).GetMethod(helper, BindingFlags.Public | BindingFlags.Static, [typeof(int)]);
        Assert.NotNull(method);
        var test = method.CreateDelegate<Func<int, bool>>();

        foreach (var code in Inputs.Concat([(int)range.Low - 1, (int)range.Low, (int)range.High, (int)range.High + 1]))
        {
            Assert.True(
                (code >= range.Low && code <= range.High) == test(code),
                $"{helper}({code}) should be {code >= range.Low && code <= range.High}");
        }
    }

    [Fact]
    public void Each_range_has_its_own_helper() =>
        Assert.Equal(ReplyClassRange.All.Length, ReplyClassRange.All.Select(r => r.Helper).Distinct(StringComparer.Ordinal).Count());
}
