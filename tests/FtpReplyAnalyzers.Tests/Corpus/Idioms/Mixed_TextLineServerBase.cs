// Models a shared text-line server base with an FTP front end and an SMTP listener that both write reply lines through it.
using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Idioms.MixedTextLineServerBase1
{
    public abstract class TextLineServer
    {
        protected TextLineServer(int maxLineLength) => MaxLineLength = maxLineLength;

        public int MaxLineLength { get; }

        protected static Task WriteReplyAsync(TextWriter writer, string line) => writer.WriteAsync(line + "\r\n");

        public async Task ServeAsync(TextReader reader, TextWriter writer, CancellationToken ct)
        {
            await GreetAsync(writer);
            string? line;
            while (!ct.IsCancellationRequested && (line = await reader.ReadLineAsync(ct)) != null)
            {
                if (line.Length > MaxLineLength)
                {
                    await RejectLongLineAsync(writer);
                    continue;
                }

                if (!await HandleAsync(line, writer))
                {
                    break;
                }
            }
        }

        protected abstract Task GreetAsync(TextWriter writer);
        protected abstract Task RejectLongLineAsync(TextWriter writer);
        protected abstract Task<bool> HandleAsync(string line, TextWriter writer);
    }

    public sealed class FtpFrontEnd : TextLineServer
    {
        public FtpFrontEnd() : base(512) { }

        public bool Maintenance { get; set; }

        protected override Task GreetAsync(TextWriter writer)
            => WriteReplyAsync(writer, Maintenance ? "[|421|] Maintenance in progress, closing control connection." : "[|220|] FTP front end ready.");

        protected override Task RejectLongLineAsync(TextWriter writer) => WriteReplyAsync(writer, "[|500|] Command line too long.");

        protected override async Task<bool> HandleAsync(string line, TextWriter writer)
        {
            string verb = line.Split(' ')[0].ToUpperInvariant();
            string reply = verb switch
            {
                "NOOP" => "[|200|] OK",
                "SYST" => "[|215|] UNIX Type: L8",
                "QUIT" => "[|221|] Goodbye.",
                "AUTH" => "[|234|] AUTH TLS accepted.",
                "PBSZ" => "[|200|] PBSZ=0",
                "PROT" => line.EndsWith(" P", StringComparison.Ordinal) ? "[|200|] Protection level set to P." : "[|536|] Only PROT P is supported.",
                _ => "[|502|] Command not implemented.",
            };
            await WriteReplyAsync(writer, reply);
            return verb != "QUIT";
        }
    }

    public sealed class SmtpListener : TextLineServer
    {
        public SmtpListener() : base(1000) { }

        public string HostName { get; init; } = "mx.example.org";

        protected override Task GreetAsync(TextWriter writer) => WriteReplyAsync(writer, "220 " + HostName + " ESMTP ready");

        protected override Task RejectLongLineAsync(TextWriter writer) => WriteReplyAsync(writer, "500 Line too long.");

        protected override async Task<bool> HandleAsync(string line, TextWriter writer)
        {
            string verb = line.Split(' ')[0].ToUpperInvariant();
            if (verb == "EHLO")
            {
                var ehlo = new StringBuilder();
                ehlo.Append("250-").Append(HostName).Append("\r\n");
                ehlo.Append("250-SIZE 10240000\r\n");
                ehlo.Append("250 STARTTLS");
                await WriteReplyAsync(writer, ehlo.ToString());
                return true;
            }

            string reply = verb switch
            {
                "MAIL" or "RCPT" => "250 OK",
                "DATA" => "354 End data with <CR><LF>.<CR><LF>",
                "VRFY" => "252 Cannot VRFY user",
                "QUIT" => "221 Bye",
                _ => "502 Command not implemented",
            };
            await WriteReplyAsync(writer, reply);
            return verb != "QUIT";
        }
    }
}
