// MailKit-based sender with a bounce classifier over SmtpCommandException status codes and a subclass issuing raw SMTP commands.
using System;
using System.Threading;
using System.Threading.Tasks;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace HeldOut.MailKitBounces1;

public enum BounceKind
{
    None,
    Transient,
    Permanent,
    MailboxFull,
    Auth,
}

public static class BounceClassifier
{
    public static BounceKind Classify(SmtpCommandException ex)
    {
        if (ex.StatusCode is SmtpStatusCode.AuthenticationInvalidCredentials or SmtpStatusCode.AuthenticationRequired)
        {
            return BounceKind.Auth;
        }

        if ((int)ex.StatusCode == 552)
        {
            return BounceKind.MailboxFull;
        }

        switch ((int)ex.StatusCode)
        {
            case 421:
            case 450:
            case 451:
            case 452:
                return BounceKind.Transient;
            case 550:
            case 551:
            case 553:
            case 554:
                return BounceKind.Permanent;
            default:
                return ex.ErrorCode == SmtpErrorCode.UnexpectedStatusCode ? BounceKind.Transient : BounceKind.None;
        }
    }
}

public sealed class RelayClient : SmtpClient
{
    public async Task<bool> ForwardClientInfoAsync(string address, CancellationToken ct)
    {
        var response = await SendCommandAsync($"XCLIENT ADDR={address}", ct);
        if ((int)response.StatusCode == 220 || response.StatusCode == SmtpStatusCode.Ok)
        {
            return true;
        }

        return (int)response.StatusCode == 250;
    }

    public bool Verify(string mailbox)
    {
        var response = SendCommand("VRFY " + mailbox);
        return response.StatusCode == (SmtpStatusCode)250 || response.StatusCode == (SmtpStatusCode)252;
    }
}

public sealed class NewsletterSender(string host, string user, string password)
{
    public async Task<BounceKind> SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(host, 465, SecureSocketOptions.SslOnConnect, ct);
        await client.AuthenticateAsync(user, password, ct);
        try
        {
            await client.SendAsync(message, ct);
            return BounceKind.None;
        }
        catch (SmtpCommandException ex)
        {
            await Task.Delay(500, ct);
            return BounceClassifier.Classify(ex);
        }
        catch (ServiceNotConnectedException)
        {
            return BounceKind.Transient;
        }
        finally
        {
            await client.DisconnectAsync(true, ct);
        }
    }
}
