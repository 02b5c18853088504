// Mapping between gRPC status numbers and HTTP status codes for a JSON transcoding gateway, in both directions.
using System;
using System.Net;
using System.Net.Http;

namespace HeldOut.GrpcHttpMap1;

public static class GrpcHttpMapping
{
    public static int ToHttpStatus(int grpcStatus)
    {
        var http = grpcStatus switch
        {
            0 => 200,
            1 => 499,
            3 or 9 or 11 => 400,
            4 => 504,
            5 => 404,
            6 or 10 => 409,
            7 => 403,
            8 => 429,
            12 => 501,
            14 => 503,
            16 => 401,
            _ => 500,
        };
        return http;
    }

    public static int FromHttpStatus(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var grpc = status switch
        {
            400 => 13,
            401 => 16,
            403 => 7,
            404 => 12,
            429 or 502 or 503 or 504 => 14,
            _ => 2,
        };
        return grpc;
    }

    public static bool IsRetryable(int grpcStatus) => grpcStatus == 14 || grpcStatus == 4 || grpcStatus == 8;

    public static string Describe(HttpStatusCode code) => code switch
    {
        HttpStatusCode.OK => "ok",
        HttpStatusCode.NotImplemented => "unimplemented",
        HttpStatusCode.ServiceUnavailable => "unavailable",
        (HttpStatusCode)499 => "client closed request",
        _ => code.ToString(),
    };
}
