using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Api.Identity;

/// <summary>
/// The actor that authentication established for this request. Outside any request (background workers) the
/// service itself acts; inside one, a missing actor is a bug, since every endpoint requires authentication.
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private const string ItemKey = "servicedesk.actor";

    public Actor Actor => accessor.HttpContext switch
    {
        null => Actor.System,
        var context => context.Items[ItemKey] as Actor
            ?? throw new InvalidOperationException("No authenticated caller: the endpoint must require authorization."),
    };

    public static void Set(HttpContext context, Actor actor) => context.Items[ItemKey] = actor;
}
