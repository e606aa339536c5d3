using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Tickets;
using ServiceDesk.Infrastructure.Outbox;
using ServiceDesk.Infrastructure.Persistence;

namespace ServiceDesk.Infrastructure.Tests;

public sealed class TicketPersistenceTests(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task A_saved_ticket_round_trips_with_its_activity_details_participants_and_attachments(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var contact = People.Contact(Guid.NewGuid());
        var colleague = Guid.NewGuid();
        var details = new IncidentDetails(Url: "https://lms.example/course/7", StepsToReproduce: "Open the course.",
            OccurredAt: database.Clock.GetUtcNow().AddHours(-2), AffectedObjects: "Course 7");

        var saved = await database.SaveNewTicketAsync((number, now) =>
        {
            var ticket = contact.OpenIncident(number, now, details: details);
            ticket.Comment(contact, "It happens on floor two as well.", isInternal: false, now);
            ticket.AddParticipant(contact, colleague, "Pat Colleague", now);
            ticket.AddAttachment(contact, new StoredFile("log.txt", "text/plain", 12, new string('a', 64)), null, now);
            return ticket;
        });

        await using var scope = database.NewScope();
        var loaded = await scope.Get<ITicketRepository>().FindVisibleAsync(saved.Id, contact, Cancellation);
        Assert.NotNull(loaded);
        Assert.Equal((saved.Title, saved.Description, saved.Status, saved.CreatedAt, 1), (loaded.Title, loaded.Description, loaded.Status, loaded.CreatedAt, loaded.Version));
        Assert.Equal(details, loaded.Details);
        Assert.Equal(
            saved.Activities.Select(a => (a.Id, a.Kind, a.Text, a.At)).OrderBy(a => a.Id),
            loaded.Activities.Select(a => (a.Id, a.Kind, a.Text, a.At)).OrderBy(a => a.Id));
        Assert.Equal(colleague, Assert.Single(loaded.Participants).AccountId);
        Assert.Equal("log.txt", Assert.Single(loaded.Attachments).FileName);
    }

    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task Saving_over_a_newer_version_raises_a_concurrency_conflict(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var contact = People.Contact(Guid.NewGuid());
        var ticket = await database.SaveNewTicketAsync((number, now) => contact.OpenIncident(number, now));
        await using var mine = database.NewScope();
        await using var theirs = database.NewScope();
        var myCopy = await mine.Get<ITicketRepository>().FindVisibleAsync(ticket.Id, contact, Cancellation);
        var theirCopy = await theirs.Get<ITicketRepository>().FindVisibleAsync(ticket.Id, contact, Cancellation);

        theirCopy!.Comment(contact, "Theirs first.", isInternal: false, database.Clock.GetUtcNow());
        await theirs.Get<IUnitOfWork>().SaveChangesAsync(Cancellation);
        myCopy!.Comment(contact, "Mine second.", isInternal: false, database.Clock.GetUtcNow());

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => mine.Get<IUnitOfWork>().SaveChangesAsync(Cancellation));
        Assert.Equal(2, theirCopy.Version);
    }

    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task A_second_ticket_with_the_same_request_id_is_a_duplicate_request_and_leaves_no_trace(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var contact = People.Contact(Guid.NewGuid());
        var first = await database.SaveNewTicketAsync((number, now) => contact.OpenIncident(number, now, requestId: "create-42"));
        long refused = 0;

        await Assert.ThrowsAsync<DuplicateRequestException>(() => database.SaveNewTicketAsync((number, now) =>
            contact.OpenIncident(refused = number, now, requestId: "create-42")));

        await using var scope = database.NewScope();
        var retried = await scope.Get<ITicketRepository>().FindByRequestIdAsync(contact.Id, "create-42", Cancellation);
        Assert.Equal(first.Id, retried?.Id);
        Assert.Empty(await OutboxMessagesOf(scope, refused));
    }

    [Theory, MemberData(nameof(Databases.Available), MemberType = typeof(Databases))]
    public async Task Domain_events_become_outbox_rows_in_the_same_save(DatabaseProvider provider)
    {
        var database = await databases.For(provider);
        var contact = People.Contact(Guid.NewGuid());

        var ticket = await database.SaveNewTicketAsync((number, now) => contact.OpenIncident(number, now));

        Assert.Empty(ticket.DomainEvents);
        await using var scope = database.NewScope();
        var messages = await OutboxMessagesOf(scope, ticket.Id);
        Assert.Equal([nameof(TicketActivityRecorded), nameof(TicketCreated)], messages.Select(m => m.Type).Order());
        var created = JsonSerializer.Deserialize<TicketCreated>(messages.Single(m => m.Type == nameof(TicketCreated)).Payload, OutboxMessage.SerializerOptions);
        Assert.Equal(new TicketCreated(ticket.Id, ticket.OrganizationId, TicketType.Incident, false, ticket.CreatedAt), created);
        Assert.All(messages, m => Assert.Null(m.ProcessedAt));
    }

    // Every ticket event's payload starts with its ticket id.
    private static Task<List<OutboxMessage>> OutboxMessagesOf(AsyncServiceScope scope, long ticketId)
    {
        var start = $"{{\"ticketId\":{ticketId},";
        return scope.Get<ServiceDeskDbContext>().OutboxMessages.Where(m => m.Payload.StartsWith(start)).ToListAsync(Cancellation);
    }
}
