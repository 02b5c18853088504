using System.Net.Sockets;
using System.Text;

namespace FtpClientSample;

/// <summary>A raw FTP control connection (RFC 959): one command, one reply.</summary>
public sealed class FtpControlConnection(TcpClient client) : IDisposable
{
    private readonly StreamReader reader = new(client.GetStream(), Encoding.ASCII);
    private readonly StreamWriter writer = new(client.GetStream(), Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };

    public int Port { get; init; } = 21;

    public string LastText { get; private set; } = "";

    public int ReadReply()
    {
        var line = reader.ReadLine() ?? throw new IOException("control connection closed");
        LastText = line;
        return int.Parse(line.Substring(0, 3));
    }

    public int Send(string command)
    {
        writer.WriteLine(command);
        return ReadReply();
    }

    public void Login(string user, string password)
    {
        int code = ReadReply();
        if (code == 120)
        {
            code = ReadReply();
        }

        if (code != 220)
        {
            throw new IOException("server not ready: " + LastText);
        }

        var reply = Send("USER " + user);
        if (reply == 331)
        {
            reply = Send("PASS " + password);
        }

        switch (reply)
        {
            case 230:
            case 202:
                return;
            case 530:
                throw new UnauthorizedAccessException(LastText);
            default:
                throw new IOException("login failed: " + LastText);
        }
    }

    public bool ChangeDirectory(string path) => Send("CWD " + path) == 250;

    public bool MakeDirectory(string path) => Send("MKD " + path) == 250;

    public string Describe(int replyCode) => replyCode switch
    {
        421 or 425 or 426 => "transient: try again later",
        550 => "no such file",
        _ => "other",
    };

    public void Dispose()
    {
        if (Port == 21 && Send("QUIT") != 221)
        {
            Console.Error.WriteLine("server did not say goodbye");
        }

        client.Dispose();
    }
}
