using Mediator;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Tickets.CreateTicket;

/// <summary>
/// A contact or partner raises an Incident or a Request; an agent records one from a phone call on a contact's
/// behalf (<see cref="OnBehalfOf"/>). A retry with the same request id returns the first ticket.
/// </summary>
public sealed record CreateTicketCommand(TicketType Type, NewTicket Ticket, Guid? OnBehalfOf = null) : ICommand<Result<TicketView>>;
