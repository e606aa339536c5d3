using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Api.Identity;

/// <summary>The actor that authentication established for this request.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private const string ItemKey = "servicedesk.actor";

    public Actor Actor => accessor.HttpContext?.Items[ItemKey] as Actor
        ?? throw new InvalidOperationException("No authenticated caller: the endpoint must require authorization.");

    public static void Set(HttpContext context, Actor actor) => context.Items[ItemKey] = actor;
}
