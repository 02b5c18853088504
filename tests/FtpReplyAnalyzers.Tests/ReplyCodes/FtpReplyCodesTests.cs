using Xunit;

namespace FtpReplyAnalyzers.Tests.ReplyCodes;

/// <summary>The helpers the bundled library gives users.</summary>
public sealed class FtpReplyCodesTests
{
    [Fact]
    public void Reply_class_helpers_agree_with_the_first_digit_for_every_int_that_matters()
    {
        foreach (var code in Enumerable.Range(-1000, 3000).Concat([int.MinValue, int.MaxValue]))
        {
            var digit = code is >= 100 and <= 699 ? code / 100 : 0;
            Assert.Equal((FtpReplyClass)digit, FtpReplyCodes.GetReplyClass(code));
            Assert.Equal(digit == 1, FtpReplyCodes.IsPositivePreliminary(code));
            Assert.Equal(digit == 2, FtpReplyCodes.IsPositiveCompletion(code));
            Assert.Equal(digit == 3, FtpReplyCodes.IsPositiveIntermediate(code));
            Assert.Equal(digit == 4, FtpReplyCodes.IsTransientNegative(code));
            Assert.Equal(digit == 5, FtpReplyCodes.IsPermanentNegative(code));
            Assert.Equal(digit == 6, FtpReplyCodes.IsProtected(code));
            Assert.Equal(digit is >= 1 and <= 3, FtpReplyCodes.IsPositive(code));
            Assert.Equal(digit is 4 or 5, FtpReplyCodes.IsNegative(code));
        }
    }

    [Theory]
    [InlineData("550", FtpReplyCode.FileUnavailable)]
    [InlineData("550 No such file", FtpReplyCode.FileUnavailable)]
    [InlineData("211-Features:", FtpReplyCode.SystemStatus)]
    [InlineData("421", FtpReplyCode.ServiceNotAvailable)]
    public void TryParse_reads_the_code_at_the_start_of_a_reply(string text, FtpReplyCode expected)
    {
        Assert.True(FtpReplyCodes.TryParse(text, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("55")]
    [InlineData("5500")]
    [InlineData("299 Unknown")]
    [InlineData("abc")]
    [InlineData(" 550")]
    public void TryParse_rejects_what_is_not_a_defined_code(string? text)
    {
        Assert.False(FtpReplyCodes.TryParse(text, out var code));
        Assert.Equal(default, code);
    }

    [Fact]
    public void Undefined_values_still_format_and_have_no_meaning()
    {
        Assert.Equal("299", ((FtpReplyCode)299).ToCodeString());
        Assert.Null(((FtpReplyCode)299).GetMeaning());
        Assert.False(FtpReplyCodes.IsDefined(299));
        Assert.Equal(FtpReplyClass.PositiveCompletion, ((FtpReplyCode)299).GetReplyClass());
    }
}
