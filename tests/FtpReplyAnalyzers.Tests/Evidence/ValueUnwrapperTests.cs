using FtpReplyAnalyzers.Evidence;
using FtpReplyAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FtpReplyAnalyzers.Tests.Evidence;

/// <summary>The shapes a reply code keeps its identity through, and the ones that change the value.</summary>
public sealed class ValueUnwrapperTests
{
    [Theory]
    [InlineData("(long)reply.Code", "reply.Code", false)]
    [InlineData("int.Parse(reply.Text)", "reply.Text", false)]
    [InlineData("int.Parse(reply.Text.Trim())", "reply.Text", false)]
    [InlineData("long.Parse(reply.Text.TrimStart())", "reply.Text", false)]
    [InlineData("Convert.ToInt32(reply.Text)", "reply.Text", false)]
    [InlineData("reply.Text.ToUpperInvariant()", "reply.Text", false)]
    [InlineData("reply.Code.ToString()", "reply.Code", false)]
    [InlineData("reply.Status.ToString()", "reply.Status", false)]
    [InlineData("reply.Text ?? \"\"", "reply.Text", false)]
    [InlineData("reply.Next?.Text", ".Text", false)]
    [InlineData("await reply.TextAsync()", "reply.TextAsync()", false)]
    [InlineData("reply.Text.Substring(0, 3)", "reply.Text", true)]
    [InlineData("int.Parse(reply.Text.Substring(0, 3))", "reply.Text", true)]
    [InlineData("reply.Text[..3]", "reply.Text", true)]
    [InlineData("reply.Text[0..3]", "reply.Text", true)]
    [InlineData("int.Parse(reply.Text[..3].Trim())", "reply.Text", true)]
    public async Task Looks_through_what_keeps_the_code(string expression, string expected, bool sliced)
    {
        var value = await ValueOf(expression);
        var wasSliced = false;
        Assert.Equal(expected, ValueUnwrapper.Unwrap(value, ref wasSliced).Syntax.ToString());
        Assert.Equal(sliced, wasSliced);
    }

    [Theory]
    [InlineData("reply.Text.Substring(1, 3)")]
    [InlineData("reply.Text.Substring(0, 4)")]
    [InlineData("reply.Text[..2]")]
    [InlineData("reply.Text[1..4]")]
    [InlineData("reply.Text.Length")]
    [InlineData("Math.Abs(reply.Code)")]
    [InlineData("reply.Text.IndexOf(' ')")]
    [InlineData("reply.Code + 1")]
    public async Task Stops_at_what_changes_the_value(string expression)
    {
        var value = await ValueOf(expression);
        var sliced = false;
        Assert.Same(value, ValueUnwrapper.Unwrap(value, ref sliced));
        Assert.False(sliced);
    }

    // The marked expression's value in a method that returns it as an object.
    private static async Task<IOperation> ValueOf(string expression)
    {
        var snippet = await CompiledSnippet.CompileAsync($$"""
            using System;
            using System.Threading.Tasks;
            public enum Status { Ok }
            public class Reply
            {
                public string Text = "";
                public int Code;
                public Status Status;
                public Reply? Next;
                public Task<string> TextAsync() => Task.FromResult(Text);
            }
            public class Probe
            {
                public async Task<object?> Read(Reply reply) => [|{{expression}}|];
            }
            """);
        return snippet.MarkedValue();
    }
}
