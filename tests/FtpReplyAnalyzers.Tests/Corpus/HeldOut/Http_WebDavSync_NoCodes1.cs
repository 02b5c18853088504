// WebDAV sync client over HttpClient: PROPFIND, MKCOL, LOCK and PUT with checks on 207, 423, 507 and other HTTP/WebDAV status codes.
using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut.WebDavSync1;

public sealed class WebDavException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

public sealed class WebDavClient(HttpClient http)
{
    private static readonly HttpMethod PropFind = new("PROPFIND");
    private static readonly HttpMethod MkCol = new("MKCOL");
    private static readonly HttpMethod Lock = new("LOCK");

    public async Task<string> ListAsync(Uri collection, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(PropFind, collection)
        {
            Content = new StringContent("<?xml version=\"1.0\"?><propfind xmlns=\"DAV:\"><allprop/></propfind>", Encoding.UTF8, "application/xml"),
        };
        request.Headers.Add("Depth", "1");
        using var response = await http.SendAsync(request, ct);
        if ((int)response.StatusCode == 207)
        {
            return await response.Content.ReadAsStringAsync(ct);
        }

        throw new WebDavException((int)response.StatusCode, "PROPFIND failed");
    }

    public async Task EnsureCollectionAsync(Uri collection, CancellationToken ct)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(MkCol, collection), ct);
        switch ((int)response.StatusCode)
        {
            case 201:
            case 405: // already exists
                return;
            case 409:
                throw new WebDavException(409, "parent collection missing");
            case 507:
                throw new WebDavException(507, "insufficient storage on the server");
            default:
                response.EnsureSuccessStatusCode();
                return;
        }
    }

    public async Task<bool> TryLockAsync(Uri resource, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(Lock, resource)
        {
            Content = new StringContent("<?xml version=\"1.0\"?><lockinfo xmlns=\"DAV:\"><lockscope><exclusive/></lockscope><locktype><write/></locktype></lockinfo>", Encoding.UTF8, "application/xml"),
        };
        request.Headers.Add("Timeout", "Second-500");
        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode == (HttpStatusCode)423)
        {
            return false;
        }

        return response.IsSuccessStatusCode;
    }

    public async Task UploadAsync(Uri resource, byte[] content, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await http.PutAsync(resource, new ByteArrayContent(content), ct);
            var status = (int)response.StatusCode;
            if (status is 201 or 204)
            {
                return;
            }

            if (status is 502 or 503 or 504)
            {
                await Task.Delay(250 * (attempt + 1), ct);
                continue;
            }

            if (status == 424)
            {
                throw new WebDavException(status, "failed dependency");
            }

            throw new WebDavException(status, response.ReasonPhrase ?? "PUT failed");
        }
    }
}
