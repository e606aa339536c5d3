using ServiceDesk.Application.Accounts;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Billing;

/// <summary>Budgets and statements are for agents; a contact reads only their own organisation's, and of others learns nothing.</summary>
public static class BillingAccess
{
    public static bool MayRead(Actor actor, Guid organizationId) =>
        actor.IsAgent || (actor.Kind is ActorKind.Contact && actor.OrganizationId == organizationId);

    public static DomainError Refusal => AccountErrors.OrganizationNotFound;
}
