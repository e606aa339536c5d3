using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Common;
using ServiceDesk.Application.Sla;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Tickets.CreateTicket;

public sealed class CreateTicketHandler(
    ICurrentUser currentUser,
    ITicketRepository tickets,
    ITicketNumbers numbers,
    IAccountRepository accounts,
    IOrganizationRepository organizations,
    IUnitOfWork unitOfWork,
    SlaTermsSource sla,
    TimeProvider clock) : ICommandHandler<CreateTicketCommand, Result<TicketView>>
{
    public async ValueTask<Result<TicketView>> Handle(CreateTicketCommand command, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        var now = clock.GetUtcNow();
        var requestId = string.IsNullOrWhiteSpace(command.Ticket.RequestId) ? null : command.Ticket.RequestId;
        if (requestId is not null && await tickets.FindByRequestIdAsync(actor.Id, requestId, cancellationToken) is { } earlier)
            return await sla.ViewAsync(earlier, actor, now, cancellationToken);

        var source = await ResolveReporterAsync(actor, command.OnBehalfOf, cancellationToken);
        if (source.IsFailure) return source.Error!;
        var (reporter, channel) = source.Value;

        var number = await numbers.NextAsync(cancellationToken);
        var ticket = Ticket.Open(number, command.Type, command.Ticket with { RequestId = requestId }, reporter, actor, channel, now);
        await sla.UpdateAsync(ticket, now, cancellationToken);
        tickets.Add(ticket);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateRequestException) when (requestId is not null)
        {
            // A concurrent retry won the race: answer with its ticket.
            var first = await tickets.FindByRequestIdAsync(actor.Id, requestId, cancellationToken);
            if (first is null) throw;
            return await sla.ViewAsync(first, actor, now, cancellationToken);
        }
        return await sla.ViewAsync(ticket, actor, now, cancellationToken);
    }

    private async Task<Result<(Reporter, Channel)>> ResolveReporterAsync(Actor actor, Guid? onBehalfOf, CancellationToken cancellationToken)
    {
        switch (actor.Kind)
        {
            case ActorKind.Contact when onBehalfOf is null:
                return await ReporterAsync(actor.Id, actor.Name, actor.Kind, actor.OrganizationId!.Value, Channel.Portal, cancellationToken);
            case ActorKind.Partner when onBehalfOf is null:
                return await ReporterAsync(actor.Id, actor.Name, actor.Kind, actor.OrganizationId!.Value, Channel.Api, cancellationToken);
            case ActorKind.Agent when onBehalfOf is { } contactId:
                var contact = await accounts.FindAsync(contactId, cancellationToken);
                if (contact is not { Kind: AccountKind.Contact, IsActive: true })
                    return new DomainError("contact.not_found", "The contact on whose behalf the ticket is raised was not found or is inactive.", ErrorKind.Invalid, "ticket.on_behalf_of");
                return await ReporterAsync(contact.Id, contact.Name, ActorKind.Contact, contact.OrganizationId!.Value, Channel.Phone, cancellationToken);
            case ActorKind.Agent:
                return DomainError.Invalid("ticket.on_behalf_of", "Agents record a ticket on a contact's behalf: name the contact.");
            default:
                return new DomainError("ticket.on_behalf_of_agents_only", "Only agents raise tickets on someone else's behalf.", ErrorKind.Forbidden);
        }
    }

    private async Task<Result<(Reporter, Channel)>> ReporterAsync(Guid id, string name, ActorKind kind, Guid organizationId, Channel channel, CancellationToken cancellationToken)
    {
        var organization = await organizations.FindAsync(organizationId, cancellationToken);
        if (organization is null) return DomainError.NotFound("organization");
        return (new Reporter(id, name, kind, organizationId, organization.Region), channel);
    }
}
