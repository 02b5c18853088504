// C# 12 FTP server dispatcher: primary constructors and a switch expression that maps parsed commands to reply records.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut.FtpDispatcher1;

public readonly record struct FtpCommand(string Verb, string Argument);

public sealed record FtpReply(int Code, string Text);

public enum TransferType
{
    Ascii,
    Image,
}

public sealed class SessionState
{
    public TransferType Type { get; set; } = TransferType.Ascii;
    public bool Utf8 { get; set; }
    public string? User { get; set; }

    public void Reset()
    {
        Type = TransferType.Ascii;
        Utf8 = false;
        User = null;
    }
}

public sealed class CommandDispatcher(SessionState state, IReadOnlySet<string> implemented)
{
    public FtpReply Dispatch(FtpCommand command) => command switch
    {
        { Verb: "NOOP" } => new FtpReply([|200|], "NOOP ok."),
        { Verb: "TYPE", Argument: "A" or "A N" } => SetType(TransferType.Ascii),
        { Verb: "TYPE", Argument: "I" or "L 8" } => SetType(TransferType.Image),
        { Verb: "TYPE" } => new FtpReply([|504|], "Unsupported TYPE parameter."),
        { Verb: "MODE", Argument: "S" } => new FtpReply([|200|], "Mode set to S."),
        { Verb: "MODE" } => new FtpReply([|504|], "Only stream mode is supported."),
        { Verb: "OPTS", Argument: var a } when a.Equals("UTF8 ON", StringComparison.OrdinalIgnoreCase) => EnableUtf8(),
        { Verb: "OPTS" } => new FtpReply([|501|], "Option not understood."),
        { Verb: "ABOR" } => new FtpReply([|225|], "No transfer to abort."),
        { Verb: "REIN" } => Reinitialize(),
        { Verb: "" } => new FtpReply([|500|], "Empty command."),
        _ when !implemented.Contains(command.Verb) => new FtpReply([|502|], $"{command.Verb} not implemented."),
        _ => new FtpReply([|503|], "Bad sequence of commands."),
    };

    private FtpReply SetType(TransferType type)
    {
        state.Type = type;
        return new FtpReply([|200|], $"Type set to {type}.");
    }

    private FtpReply EnableUtf8()
    {
        state.Utf8 = true;
        return new([|200|], "UTF8 mode enabled.");
    }

    private FtpReply Reinitialize()
    {
        state.Reset();
        return new([|220|], "Service ready for new user.");
    }
}

public sealed class SessionLoop(TextReader input, TextWriter output, CommandDispatcher dispatcher)
{
    private static readonly char[] Separators = [' '];

    public async Task RunAsync(CancellationToken ct)
    {
        while (await input.ReadLineAsync(ct) is { } line)
        {
            var parts = line.Split(Separators, 2);
            var command = new FtpCommand(parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1] : string.Empty);
            var reply = dispatcher.Dispatch(command);
            await output.WriteAsync($"{reply.Code} {reply.Text}\r\n");
            if (reply is { Code: [|221|] or [|421|] })
            {
                break;
            }
        }
    }
}
