// Models RFC 2228/4217 security commands (AUTH, PBSZ, PROT, CCC) in an FTP server, with file-scoped namespace.
using System;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.MyServer6.Ftp;

public interface IFtpConnectionContext
{
    bool IsSecure { get; }
    bool PbszReceived { get; set; }
    char DataProtection { get; set; }
    Task ReplyAsync(int code, string message, CancellationToken ct = default);
    Task UpgradeToTlsAsync(X509Certificate2 certificate, CancellationToken ct);
}

public sealed class SecurityCommandHandler(X509Certificate2? certificate, bool requireTls)
{
    public async Task AuthAsync(IFtpConnectionContext ctx, string mechanism, CancellationToken ct)
    {
        if (certificate is null)
        {
            await ctx.ReplyAsync([|431|], "No certificate configured on this server.", ct);
            return;
        }

        if (ctx.IsSecure)
        {
            await ctx.ReplyAsync([|503|], "Already using TLS.", ct);
            return;
        }

        if (!mechanism.Equals("TLS", StringComparison.OrdinalIgnoreCase) && !mechanism.Equals("SSL", StringComparison.OrdinalIgnoreCase))
        {
            await ctx.ReplyAsync([|504|], "Unsupported security mechanism.", ct);
            return;
        }

        await ctx.ReplyAsync([|234|], "AUTH TLS successful.", ct);
        await ctx.UpgradeToTlsAsync(certificate, ct);
    }

    public Task PbszAsync(IFtpConnectionContext ctx, string size, CancellationToken ct)
    {
        if (!ctx.IsSecure)
        {
            return ctx.ReplyAsync([|503|], "PBSZ requires AUTH first.", ct);
        }

        ctx.PbszReceived = true;
        return size == "0"
            ? ctx.ReplyAsync([|200|], "PBSZ=0", ct)
            : ctx.ReplyAsync([|200|], "PBSZ=0 (buffer size forced to 0)", ct);
    }

    public Task ProtAsync(IFtpConnectionContext ctx, string level, CancellationToken ct)
    {
        if (!ctx.PbszReceived)
        {
            return ctx.ReplyAsync([|503|], "PROT requires PBSZ first.", ct);
        }

        switch (level.ToUpperInvariant())
        {
            case "P":
                ctx.DataProtection = 'P';
                return ctx.ReplyAsync([|200|], "Data channel protection set to Private.", ct);
            case "C" when requireTls:
                return ctx.ReplyAsync([|534|], "Policy requires a protected data channel.", ct);
            case "C":
                ctx.DataProtection = 'C';
                return ctx.ReplyAsync([|200|], "Data channel protection set to Clear.", ct);
            case "S":
            case "E":
                return ctx.ReplyAsync([|536|], "Protection level not supported.", ct);
            default:
                return ctx.ReplyAsync([|504|], "Unknown protection level.", ct);
        }
    }

    public Task CccAsync(IFtpConnectionContext ctx, CancellationToken ct) =>
        ctx.ReplyAsync([|533|], "Command channel must stay protected.", ct);
}
