using Mediator;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Tickets.ChangeTicket;

/// <summary>
/// Every change to an existing ticket: a comment, an edit or a workflow step. The ticket must be visible to the
/// caller; when an etag is given it must match the ticket's current version.
/// </summary>
public sealed record ChangeTicketCommand(long Id, string? Etag, TicketChange Change) : ICommand<Result<TicketView>>;
