using FtpClientSample;

// The sample is meant to be built, not run against a server: `dotnet build samples/FtpClientSample --no-incremental`
// shows FTP0001 on each magic reply code, with its meaning. Running it prints what Describe says of a few codes.
var connection = new FtpControlConnection(new System.Net.Sockets.TcpClient()) { Port = 2121 };
foreach (var code in new[] { 421, 550, 226 })
{
    Console.WriteLine($"{code}: {connection.Describe(code)}");
}
