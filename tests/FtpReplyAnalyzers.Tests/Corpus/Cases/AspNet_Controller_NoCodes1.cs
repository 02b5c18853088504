// Models an ASP.NET Core Web API controller returning HTTP status codes via StatusCode(...) and attributes.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Corpus.AspNetController1
{
    public sealed record OrderDto(Guid Id, string Customer, decimal Total);

    public interface IOrderStore
    {
        Task<OrderDto?> FindAsync(Guid id, CancellationToken ct);
        Task<bool> DeleteAsync(Guid id, CancellationToken ct);
        bool IsReadOnly { get; }
    }

    [ApiController]
    [Route("api/orders")]
    public sealed class OrdersController : ControllerBase
    {
        private readonly IOrderStore _store;

        public OrdersController(IOrderStore store) => _store = store;

        [HttpGet("{id}")]
        [ProducesResponseType(typeof(OrderDto), 200)]
        [ProducesResponseType(404)]
        public async Task<IActionResult> Get([FromRoute] Guid id, CancellationToken ct)
        {
            try
            {
                OrderDto? order = await _store.FindAsync(id, ct);
                return order is null ? NotFound() : Ok(order);
            }
            catch (TimeoutException)
            {
                return StatusCode(504);
            }
            catch (Exception ex)
            {
                return StatusCode(500, new { error = ex.Message });
            }
        }

        [HttpDelete("{id}")]
        [ProducesResponseType(StatusCodes.Status204NoContent)]
        public async Task<IActionResult> Delete([FromRoute] Guid id, CancellationToken ct)
        {
            if (_store.IsReadOnly)
            {
                return StatusCode(503, "Store is in read-only maintenance mode.");
            }

            bool deleted = await _store.DeleteAsync(id, ct);
            if (!deleted)
            {
                return Problem(detail: "Order could not be deleted.", statusCode: 409);
            }

            Response.StatusCode = 204;
            return StatusCode(StatusCodes.Status204NoContent);
        }

        [HttpPost("bulk")]
        public IActionResult Bulk(IReadOnlyList<OrderDto> orders)
        {
            if (orders.Count == 0)
            {
                return BadRequest("No orders.");
            }

            if (orders.Count > 500)
            {
                return StatusCode(413, "At most 500 orders per request.");
            }

            return StatusCode(202);
        }
    }
}
