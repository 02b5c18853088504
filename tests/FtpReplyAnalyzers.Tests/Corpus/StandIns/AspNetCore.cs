// Stand-in for ASP.NET Core (Microsoft.AspNetCore.Http and Microsoft.AspNetCore.Mvc): public shapes only, no behaviour.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Microsoft.AspNetCore.Http
{
    public delegate Task RequestDelegate(HttpContext context);

    public abstract class HttpContext
    {
        public abstract HttpRequest Request { get; }
        public abstract HttpResponse Response { get; }
        public abstract IDictionary<object, object?> Items { get; set; }
        public abstract CancellationToken RequestAborted { get; set; }
        public abstract string TraceIdentifier { get; set; }
    }

    public abstract class HttpRequest
    {
        public abstract string Method { get; set; }
        public abstract PathString Path { get; set; }
        public abstract IHeaderDictionary Headers { get; }
        public abstract long? ContentLength { get; set; }
    }

    public abstract class HttpResponse
    {
        public abstract HttpContext HttpContext { get; }
        public abstract int StatusCode { get; set; }
        public abstract IHeaderDictionary Headers { get; }
        public abstract string? ContentType { get; set; }
        public abstract long? ContentLength { get; set; }
        public abstract bool HasStarted { get; }
    }

    public interface IHeaderDictionary : IDictionary<string, Microsoft.Extensions.Primitives.StringValues>
    {
    }

    public readonly struct PathString
    {
        public PathString(string? value) { Value = value; }
        public string? Value { get; }
        public bool HasValue => !string.IsNullOrEmpty(Value);
        public bool StartsWithSegments(PathString other) => false;
        public static implicit operator PathString(string? s) => new PathString(s);
        public static implicit operator string(PathString path) => path.Value ?? string.Empty;
        public override string ToString() => Value ?? string.Empty;
    }

    public static class StatusCodes
    {
        public const int Status200OK = 200;
        public const int Status204NoContent = 204;
        public const int Status400BadRequest = 400;
        public const int Status401Unauthorized = 401;
        public const int Status403Forbidden = 403;
        public const int Status404NotFound = 404;
        public const int Status429TooManyRequests = 429;
        public const int Status500InternalServerError = 500;
        public const int Status503ServiceUnavailable = 503;
    }

    public static class HttpResponseWritingExtensions
    {
        public static Task WriteAsync(this HttpResponse response, string text, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    public static class HttpResponseJsonExtensions
    {
        public static Task WriteAsJsonAsync<TValue>(this HttpResponse response, TValue value, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}

namespace Microsoft.Extensions.Primitives
{
    public readonly struct StringValues
    {
        public StringValues(string? value) { Value = value; }
        public string? Value { get; }
        public static implicit operator StringValues(string? value) => new StringValues(value);
        public override string ToString() => Value ?? string.Empty;
    }
}

namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult
    {
    }

    public abstract class ActionResult : IActionResult
    {
    }

    public class StatusCodeResult : ActionResult
    {
        public StatusCodeResult(int statusCode) { StatusCode = statusCode; }
        public int StatusCode { get; }
    }

    public class OkResult : StatusCodeResult
    {
        public OkResult() : base(200) { }
    }

    public class NotFoundResult : StatusCodeResult
    {
        public NotFoundResult() : base(404) { }
    }

    public class ObjectResult : ActionResult
    {
        public ObjectResult(object? value) { Value = value; }
        public object? Value { get; set; }
        public int? StatusCode { get; set; }
    }

    public class OkObjectResult : ObjectResult
    {
        public OkObjectResult(object? value) : base(value) { }
    }

    public class NotFoundObjectResult : ObjectResult
    {
        public NotFoundObjectResult(object? value) : base(value) { }
    }

    public class BadRequestObjectResult : ObjectResult
    {
        public BadRequestObjectResult(object? error) : base(error) { }
    }

    public class ActionResult<TValue>
    {
        public ActionResult(TValue value) { Value = value; }
        public ActionResult(ActionResult result) { Result = result; }
        public TValue? Value { get; }
        public ActionResult? Result { get; }
        public static implicit operator ActionResult<TValue>(TValue value) => new ActionResult<TValue>(value);
        public static implicit operator ActionResult<TValue>(ActionResult result) => new ActionResult<TValue>(result);
    }

    public abstract class ControllerBase
    {
        public Microsoft.AspNetCore.Http.HttpContext HttpContext => throw null!;
        public Microsoft.AspNetCore.Http.HttpRequest Request => throw null!;
        public Microsoft.AspNetCore.Http.HttpResponse Response => throw null!;

        public virtual StatusCodeResult StatusCode(int statusCode) => new StatusCodeResult(statusCode);
        public virtual ObjectResult StatusCode(int statusCode, object? value) => new ObjectResult(value) { StatusCode = statusCode };
        public virtual OkResult Ok() => new OkResult();
        public virtual OkObjectResult Ok(object? value) => new OkObjectResult(value);
        public virtual NotFoundResult NotFound() => new NotFoundResult();
        public virtual NotFoundObjectResult NotFound(object? value) => new NotFoundObjectResult(value);
        public virtual BadRequestObjectResult BadRequest(object? error) => new BadRequestObjectResult(error);
        public virtual ObjectResult Problem(string? detail = null, string? instance = null, int? statusCode = null, string? title = null, string? type = null) => new ObjectResult(detail) { StatusCode = statusCode };
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly)]
    public sealed class ApiControllerAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class RouteAttribute : Attribute
    {
        public RouteAttribute(string template) { Template = template; }
        public string Template { get; }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class HttpGetAttribute : Attribute
    {
        public HttpGetAttribute() { }
        public HttpGetAttribute(string template) { Template = template; }
        public string? Template { get; }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class HttpPostAttribute : Attribute
    {
        public HttpPostAttribute() { }
        public HttpPostAttribute(string template) { Template = template; }
        public string? Template { get; }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class HttpDeleteAttribute : Attribute
    {
        public HttpDeleteAttribute() { }
        public HttpDeleteAttribute(string template) { Template = template; }
        public string? Template { get; }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class ProducesResponseTypeAttribute : Attribute
    {
        public ProducesResponseTypeAttribute(int statusCode) { StatusCode = statusCode; }
        public ProducesResponseTypeAttribute(Type type, int statusCode) { Type = type; StatusCode = statusCode; }
        public int StatusCode { get; }
        public Type? Type { get; }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class FromRouteAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class FromQueryAttribute : Attribute
    {
    }
}
