using ServiceDesk.Contracts.Tickets.V1;

namespace ServiceDesk.Api.Tests;

/// <summary>Tickets walked to where a test starts, the way the DACH desk works them.</summary>
public static class Desk
{
    public static async Task<Ticket> RequestAsync(this World world, Caller reporter, string title) =>
        await reporter.Tickets.CreateRequestAsync(new CreateRequestRequest
        {
            Ticket = new NewTicketFields { Title = title, Description = "Please help.", ShareWith = ShareWith.Organization },
        });

    /// <summary>Accepted and in review.</summary>
    public static async Task<Ticket> WalkToReviewAsync(this World world, Ticket ticket)
    {
        ticket = await world.DachAgent.Tickets.AcceptTicketAsync(new TicketStepRequest { Name = ticket.Name });
        return await world.DachAgent.Tickets.StartReviewAsync(new TicketStepRequest { Name = ticket.Name });
    }

    /// <summary>A contact's request, accepted, in review and reclassified to the type.</summary>
    public static async Task<Ticket> ReclassifiedAsync(this World world, Caller reporter, string title, TicketType type)
    {
        var ticket = await world.WalkToReviewAsync(await world.RequestAsync(reporter, title));
        return await world.DachAgent.Tickets.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = ticket.Name, Type = type });
    }
}
