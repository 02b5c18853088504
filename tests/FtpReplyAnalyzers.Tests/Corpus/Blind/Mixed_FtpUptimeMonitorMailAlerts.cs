// Models an FTP uptime monitor: FtpWebRequest probes with status checks in catch filters, and System.Net.Mail alerts with SMTP status handling.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Mail;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.FtpUptimeMonitor1
{
    public sealed class MonitoredSite
    {
        public string Name { get; set; } = string.Empty;
        public Uri Uri { get; set; } = new Uri("ftp://ftp.example.com:21/");
        public NetworkCredential Credentials { get; set; } = new NetworkCredential("monitor", "monitor");
        public int ConsecutiveFailures { get; set; }
    }

    public sealed class FtpUptimeMonitor
    {
        private const int AlertAfterFailures = 3;
        private readonly List<MonitoredSite> _sites;
        private readonly string _smtpHost;

        public FtpUptimeMonitor(List<MonitoredSite> sites, string smtpHost)
        {
            _sites = sites;
            _smtpHost = smtpHost;
        }

        public async Task RunOnceAsync(CancellationToken ct)
        {
            foreach (var site in _sites)
            {
                var problem = await ProbeAsync(site).ConfigureAwait(false);
                if (problem is null)
                {
                    site.ConsecutiveFailures = 0;
                    continue;
                }

                site.ConsecutiveFailures++;
                if (site.ConsecutiveFailures == AlertAfterFailures)
                {
                    await SendAlertAsync(site, problem, ct).ConfigureAwait(false);
                }
            }
        }

        private static async Task<string?> ProbeAsync(MonitoredSite site)
        {
            var request = (FtpWebRequest)WebRequest.Create(site.Uri);
            request.Method = WebRequestMethods.Ftp.PrintWorkingDirectory;
            request.Credentials = site.Credentials;
            request.Timeout = 15000;
            try
            {
                using var response = (FtpWebResponse)await request.GetResponseAsync().ConfigureAwait(false);
                if ((int)response.StatusCode == [|257|])
                {
                    return null;
                }

                return "unexpected PWD answer: " + response.StatusDescription;
            }
            catch (WebException ex) when (ex.Response is FtpWebResponse { StatusCode: (FtpStatusCode)[|530|] })
            {
                return "monitor account was rejected (password changed?)";
            }
            catch (WebException ex) when (ex.Response is FtpWebResponse f && (int)f.StatusCode == [|421|])
            {
                return "server is refusing connections (max clients reached?)";
            }
            catch (WebException ex) when (ex.Response is FtpWebResponse f && f.StatusCode == (FtpStatusCode)[|534|])
            {
                return "server now requires TLS";
            }
            catch (WebException ex)
            {
                return ex.Status + ": " + ex.Message;
            }
        }

        private async Task SendAlertAsync(MonitoredSite site, string problem, CancellationToken ct)
        {
            using var message = new MailMessage("ftp-monitor@example.com", "ops@example.com")
            {
                Subject = "[FTP DOWN] " + site.Name,
                Body = site.Uri + " failed " + site.ConsecutiveFailures + " checks in a row: " + problem,
            };

            using var smtp = new SmtpClient(_smtpHost, 587)
            {
                EnableSsl = true,
                Timeout = 10000,
            };

            for (var attempt = 1; attempt <= 3; attempt++)
            {
                try
                {
                    await smtp.SendMailAsync(message, ct).ConfigureAwait(false);
                    return;
                }
                catch (SmtpFailedRecipientException ex) when (ex.StatusCode == SmtpStatusCode.MailboxBusy || (int)ex.StatusCode == 452)
                {
                    await Task.Delay(TimeSpan.FromSeconds(30 * attempt), ct).ConfigureAwait(false);
                }
                catch (SmtpException ex) when ((int)ex.StatusCode == 421)
                {
                    // relay is shedding load
                    await Task.Delay(TimeSpan.FromSeconds(10), ct).ConfigureAwait(false);
                }
                catch (SmtpException ex) when (ex.StatusCode == (SmtpStatusCode)530 || ex.StatusCode == (SmtpStatusCode)535)
                {
                    Console.Error.WriteLine("SMTP relay rejected our credentials, cannot alert: " + ex.Message);
                    return;
                }
            }
        }
    }
}
