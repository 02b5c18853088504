// Models an IoT fleet tool that puts a device in update mode over its REST API, then uploads firmware to the device's built-in FTP server.
using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Blind.IotFirmwareUpload1
{
    public sealed class DeviceFtpReply
    {
        public int Code { get; init; }
        public string Text { get; init; } = string.Empty;
    }

    public sealed class FirmwareUpdater
    {
        private const int DeviceFtpPort = 21;
        private const int ChunkSize = 1024;
        private readonly HttpClient _http;

        public FirmwareUpdater(HttpClient http)
        {
            _http = http;
        }

        public async Task<bool> UpdateAsync(string deviceIp, string imagePath, CancellationToken ct)
        {
            // 1. ask the device's REST API to enter update mode
            using (var prepare = await _http.PostAsync("http://" + deviceIp + "/api/v1/update/prepare", null, ct).ConfigureAwait(false))
            {
                if (prepare.StatusCode == (HttpStatusCode)503)
                {
                    // device is busy measuring; try again shortly
                    await Task.Delay(250, ct).ConfigureAwait(false);
                    return false;
                }

                if ((int)prepare.StatusCode != 202 && (int)prepare.StatusCode != 200)
                {
                    Console.WriteLine(deviceIp + ": update mode refused (" + (int)prepare.StatusCode + ")");
                    return false;
                }
            }

            // 2. upload the image through the device's embedded FTP server
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(deviceIp, DeviceFtpPort, ct).ConfigureAwait(false);
            var control = tcp.GetStream();
            var reader = new StreamReader(control, Encoding.ASCII);

            var reply = await ReadAsync(reader, ct).ConfigureAwait(false);
            if (reply.Code != [|220|])
            {
                return false;
            }

            reply = await CommandAsync(control, reader, "USER fw", ct).ConfigureAwait(false);
            if (reply.Code == [|331|])
            {
                reply = await CommandAsync(control, reader, "PASS " + DevicePassword(deviceIp), ct).ConfigureAwait(false);
            }

            if (reply.Code != [|230|])
            {
                Console.WriteLine(deviceIp + ": login refused: " + reply.Text);
                return false;
            }

            reply = await CommandAsync(control, reader, "TYPE I", ct).ConfigureAwait(false);
            if (reply.Code != [|200|])
            {
                return false;
            }

            reply = await CommandAsync(control, reader, "PASV", ct).ConfigureAwait(false);
            if (reply.Code != [|227|])
            {
                return false;
            }

            var dataPort = ParsePasvPort(reply.Text);
            using var data = new TcpClient();
            await data.ConnectAsync(deviceIp, dataPort, ct).ConfigureAwait(false);

            reply = await CommandAsync(control, reader, "STOR firmware.bin", ct).ConfigureAwait(false);
            if (reply.Code != [|150|] && reply.Code != [|125|])
            {
                Console.WriteLine(deviceIp + ": STOR refused: " + reply.Text);
                return false;
            }

            var total = new FileInfo(imagePath).Length;
            long sent = 0;
            var lastReported = -1;
            using (var image = File.OpenRead(imagePath))
            using (var dataStream = data.GetStream())
            {
                var buffer = new byte[ChunkSize];
                int bytesRead;
                while ((bytesRead = await image.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
                {
                    await dataStream.WriteAsync(buffer.AsMemory(0, bytesRead), ct).ConfigureAwait(false);
                    sent += bytesRead;
                    var percent = (int)(sent * 100 / total);
                    if (percent != lastReported && percent % 10 == 0)
                    {
                        Console.WriteLine(deviceIp + ": " + percent + "%");
                        lastReported = percent;
                    }
                }
            }

            reply = await ReadAsync(reader, ct).ConfigureAwait(false);
            if (reply.Code == [|452|] || reply.Code == [|552|])
            {
                Console.WriteLine(deviceIp + ": firmware partition is full, run a factory cleanup first");
                return false;
            }

            if (reply.Code != [|226|])
            {
                Console.WriteLine(deviceIp + ": upload not confirmed: " + reply.Text);
                return false;
            }

            await CommandAsync(control, reader, "QUIT", ct).ConfigureAwait(false);

            // 3. read the fixed 200-byte device status block over HTTP and trigger the flash
            var block = await _http.GetByteArrayAsync("http://" + deviceIp + "/api/v1/update/status", ct).ConfigureAwait(false);
            if (block.Length == 200 && block[0] == 0x5A)
            {
                using var flash = await _http.PostAsync("http://" + deviceIp + "/api/v1/update/apply", null, ct).ConfigureAwait(false);
                return (int)flash.StatusCode == 200 || flash.StatusCode == HttpStatusCode.Accepted;
            }

            return false;
        }

        private static string DevicePassword(string deviceIp) => "fw-" + deviceIp.Replace(".", string.Empty, StringComparison.Ordinal);

        private static int ParsePasvPort(string text)
        {
            var start = text.IndexOf('(') + 1;
            var end = text.IndexOf(')', start);
            var parts = text.Substring(start, end - start).Split(',');
            return int.Parse(parts[4], CultureInfo.InvariantCulture) * 256 + int.Parse(parts[5], CultureInfo.InvariantCulture);
        }

        private static async Task<DeviceFtpReply> CommandAsync(Stream control, StreamReader reader, string command, CancellationToken ct)
        {
            var bytes = Encoding.ASCII.GetBytes(command + "\r\n");
            await control.WriteAsync(bytes, ct).ConfigureAwait(false);
            return await ReadAsync(reader, ct).ConfigureAwait(false);
        }

        private static async Task<DeviceFtpReply> ReadAsync(StreamReader reader, CancellationToken ct)
        {
            var line = await reader.ReadLineAsync(ct).ConfigureAwait(false) ?? string.Empty;
            if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                return new DeviceFtpReply { Code = -1, Text = line };
            }

            // the device firmware never sends multi-line replies
            return new DeviceFtpReply { Code = code, Text = line.Length > 4 ? line.Substring(4) : string.Empty };
        }
    }
}
