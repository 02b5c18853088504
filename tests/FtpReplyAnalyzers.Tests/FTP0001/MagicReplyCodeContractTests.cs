using System.Collections.Immutable;
using System.Reflection;
using FtpReplyAnalyzers.FTP0001;
using Xunit;

namespace FtpReplyAnalyzers.Tests.FTP0001;

/// <summary>What the FTP0001 analyzer writes in a diagnostic's properties, its fix reads back unchanged.</summary>
public sealed class MagicReplyCodeContractTests
{
    /// <summary>Every shape the contract names: its constants that are not keys.</summary>
    public static TheoryData<string> Shapes() => new(ShapeNames());

    [Fact]
    public void The_shapes_are_the_eight_the_fix_knows() =>
        Assert.Equal(
            new[] { "CastLiteral", "CastOperand", "CodeString", "CompareEnum", "None", "PatternToEquality", "ReplaceCast", "ReplyText" },
            ShapeNames().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Write_then_read_gives_back_the_member_to_write(string shape)
    {
        var plan = new ReplyCodeFixPlan(shape, "System.Net.FtpStatusCode", "FtpStatusCode", "ActionNotTakenFileUnavailable");

        var properties = MagicReplyCodeContract.Write(plan, "550", "long");

        // None asks for no rewrite with the bundled enum; every other shape for exactly what was written.
        Assert.Equal(shape != MagicReplyCodeContract.None, MagicReplyCodeContract.TryRead(properties, out var request));
        if (shape != MagicReplyCodeContract.None)
        {
            Assert.Equal(shape, request.Plan.Shape);
            Assert.Equal(plan.EnumMetadataName, request.Plan.EnumMetadataName);
            Assert.Equal(plan.EnumName, request.Plan.EnumName);
            Assert.Equal(plan.Member, request.Plan.Member);
            Assert.Equal(plan.Display, request.Plan.Display);
            Assert.Equal("550", request.Code);
            Assert.Equal("long", request.LiteralType);
        }

        Assert.False(MagicReplyCodeContract.TryReadOwnConstant(properties, out _));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Write_then_read_gives_back_the_users_own_constant(string shape)
    {
        var plan = new ReplyCodeFixPlan(shape, "FtpReplyAnalyzers.FtpReplyCode", "FtpReplyCode", "FileUnavailable");
        var written = MagicReplyCodeContract.Write(plan, "550", "int");

        var properties = MagicReplyCodeContract.WithOwnConstant(written, "global::App.FtpCodes.FileNotFound", "FtpCodes.FileNotFound", "int");

        Assert.True(MagicReplyCodeContract.TryReadOwnConstant(properties, out var own));
        Assert.Equal("global::App.FtpCodes.FileNotFound", own.Member);
        Assert.Equal("FtpCodes.FileNotFound", own.Display);
        Assert.Equal("int", own.Cast);
        Assert.Equal(shape != MagicReplyCodeContract.None, MagicReplyCodeContract.TryRead(properties, out _));
    }

    [Fact]
    public void The_properties_keep_their_published_keys_and_are_built_once()
    {
        var plan = new ReplyCodeFixPlan(MagicReplyCodeContract.CastLiteral, "FtpReplyAnalyzers.FtpReplyCode", "FtpReplyCode", "ServiceNotAvailable");

        var properties = MagicReplyCodeContract.Write(plan, "421", "int");
        var own = MagicReplyCodeContract.WithOwnConstant(properties, "global::App.Codes.Busy", "Codes.Busy", string.Empty);

        Assert.Equal(new[] { "Code", "Enum", "LiteralType", "Member", "Shape" }, properties.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("CastLiteral", properties["Shape"]);
        Assert.Equal(new[] { "Code", "Enum", "LiteralType", "Member", "OwnCast", "OwnDisplay", "OwnMember", "Shape" }, own.Keys.Order(StringComparer.Ordinal));
        Assert.Same(properties, MagicReplyCodeContract.Write(plan, "421", "int"));
    }

    [Fact]
    public void Properties_written_by_no_analyzer_ask_for_no_fix()
    {
        Assert.False(MagicReplyCodeContract.TryRead(ImmutableDictionary<string, string?>.Empty, out _));
        Assert.False(MagicReplyCodeContract.TryReadOwnConstant(ImmutableDictionary<string, string?>.Empty, out _));
    }

    [Fact]
    public void A_missing_literal_type_reads_as_int_and_a_missing_cast_as_none()
    {
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add("Shape", "CastLiteral").Add("Enum", "FtpReplyAnalyzers.FtpReplyCode").Add("Member", "CommandOk")
            .Add("OwnMember", "global::App.Codes.Ok").Add("OwnDisplay", "Codes.Ok");

        Assert.True(MagicReplyCodeContract.TryRead(properties, out var request));
        Assert.Equal("int", request.LiteralType);
        Assert.True(MagicReplyCodeContract.TryReadOwnConstant(properties, out var own));
        Assert.Equal(string.Empty, own.Cast);
    }

    private static string[] ShapeNames() =>
        typeof(MagicReplyCodeContract).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && !field.Name.EndsWith("Key", StringComparison.Ordinal))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToArray();
}
