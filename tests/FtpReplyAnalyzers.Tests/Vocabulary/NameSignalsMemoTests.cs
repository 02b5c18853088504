using FtpReplyAnalyzers.Vocabulary;
using Xunit;

namespace FtpReplyAnalyzers.Tests.Vocabulary;

/// <summary>
/// The table of a name's last signals in front of <see cref="ProtocolVocabulary.Classify"/> (ProtocolVocabularyTests
/// check the answers through it). Its names here hold spaces, so that no identifier another test classifies meets the
/// fake answers given below; the class runs alone, so that no other test's name takes a slot between two questions.
/// </summary>
[Collection(nameof(NameSignalsMemoTests))]
public sealed class NameSignalsMemoTests
{
    private static readonly NameSignals[] Answers =
        [NameSignals.None, NameSignals.Ftp, NameSignals.OtherProtocol, NameSignals.ReplyLike, NameSignals.NotReply, NameSignals.ReplyGroup];

    [Fact]
    public void A_name_asked_again_is_answered_from_the_table()
    {
        var calls = 0;
        NameSignals Classify(string name)
        {
            calls++;
            return NameSignals.Ftp | NameSignals.ReplyLike;
        }

        var first = NameSignalsMemo.Get("memo test once", Classify);
        var second = NameSignalsMemo.Get("memo test once", Classify);

        Assert.Equal(NameSignals.Ftp | NameSignals.ReplyLike, first);
        Assert.Equal(first, second);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Names_that_share_a_slot_keep_their_own_answers()
    {
        // More names than slots: many share one, and each must still get its own answer, in any order.
        var names = new List<string>();
        for (var i = 0; i < 20_000; i++)
        {
            names.Add("memo test " + i);
        }

        foreach (var pass in new[] { names, Reversed(names) })
        {
            foreach (var name in pass)
            {
                Assert.Equal(AnswerFor(name), NameSignalsMemo.Get(name, AnswerFor));
            }
        }
    }

    [Fact]
    public void A_thousand_names_alike_but_for_a_few_characters_stay_in_the_table()
    {
        // Names a generator (or a code base) makes from one pattern: a slot from a few of their characters sent most of
        // a thousand such names to the same slots, and each pass classified three in four of them again. From the whole
        // name's hash, in sets of four, a second round classifies only the few that a crowded set pushed out.
        var names = new List<string>();
        for (var i = 0; i < 1_000; i++)
        {
            names.Add($"memo test Process Order {i} Async");
        }

        foreach (var name in names)
        {
            NameSignalsMemo.Get(name, AnswerFor);
        }

        var again = 0;
        foreach (var name in names)
        {
            Assert.Equal(AnswerFor(name), NameSignalsMemo.Get(name, n =>
            {
                again++;
                return AnswerFor(n);
            }));
        }

        Assert.InRange(again, 0, 50);
    }

    [Fact]
    public void The_empty_name_is_classified_without_the_table() =>
        Assert.Equal(NameSignals.NotReply, NameSignalsMemo.Get(string.Empty, _ => NameSignals.NotReply));

    private static NameSignals AnswerFor(string name) => Answers[(name.GetHashCode() & int.MaxValue) % Answers.Length];

    private static List<string> Reversed(List<string> names)
    {
        var copy = new List<string>(names);
        copy.Reverse();
        return copy;
    }
}

/// <summary>Runs <see cref="NameSignalsMemoTests"/> after the parallel tests, alone.</summary>
[CollectionDefinition(nameof(NameSignalsMemoTests), DisableParallelization = true)]
public sealed class NameSignalsMemoTestsRunAlone
{
}
