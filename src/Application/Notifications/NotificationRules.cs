using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Tickets;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Application.Escalations;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Sla;
using ServiceDesk.Domain.Escalations;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Notifications;

/// <summary>
/// Who gets which e-mail (SPEC section 7), decided from the domain events of one committed change:
/// <list type="bullet">
/// <item>the reporter on creation (a receipt with the ticket key) and on every public comment or change, unless they opted out;</item>
/// <item>the other contacts of the organisation a ticket is shared with on creation, and later only when they opted in;</item>
/// <item>the support agents of the responsible team on a new ticket and on a customer's reply;</item>
/// <item>internal comments never, and nobody about their own change;</item>
/// <item>a new contact a welcome e-mail;</item>
/// <item>the reporter the reminders of a question waiting for them, the on-call duty its alarms, and the contacts of an
/// organisation its deliveries' news;</item>
/// <item>the contacts of an escalation level when an escalation reaches it (SPEC section 9).</item>
/// </list>
/// </summary>
public sealed class NotificationRules(
    ITicketRepository tickets,
    IAccountRepository accounts,
    IRecipientDirectory directory,
    IEscalationRepository escalations,
    EscalationLevelContacts levelContacts,
    IOutgoingMail mail,
    NotificationOptions options)
{
    private static readonly HashSet<ActivityKind> CustomerNews =
        [ActivityKind.Comment, ActivityKind.StatusChanged, ActivityKind.TypeChanged, ActivityKind.PriorityChanged, ActivityKind.FixVersionChanged];

    public async Task PlanAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        foreach (var created in events.OfType<TicketCreated>())
            await TicketCreatedAsync(created.TicketId, cancellationToken);
        // One command records several entries at one instant (a question and the status change): one e-mail for them.
        var changes = events.OfType<TicketActivityRecorded>()
            .Where(e => !e.IsInternal && CustomerNews.Contains(e.Kind))
            .GroupBy(e => (e.TicketId, e.OccurredAt));
        foreach (var change in changes)
            await TicketChangedAsync(change.Key.TicketId, change.Select(e => e.ActivityId).ToHashSet(), cancellationToken);
        foreach (var granted in events.OfType<ContactAccessGranted>().Where(g => g.WelcomeMailDue))
            await WelcomeAsync(granted.AccountId, cancellationToken);
        foreach (var reminder in events.OfType<CustomerReminderDue>())
            await ReminderAsync(reminder, cancellationToken);
        foreach (var alarm in events.OfType<OnCallAlarmRaised>())
            await OnCallAlarmAsync(alarm.TicketId, cancellationToken);
        foreach (var reached in events.OfType<EscalationLevelReached>())
            await EscalationAlertAsync(reached, cancellationToken);
        foreach (var news in events.Select(DeliveryNews.From).OfType<DeliveryNews>())
            foreach (var contact in await directory.ActiveContactsAsync(news.OrganizationId, cancellationToken))
                mail.Queue(new MailMessage(MailKind.DeliveryAnnouncement, MailRecipient.Of(contact), MailTemplates.DeliveryAnnouncement(MailRecipient.Of(contact), news)));
    }

    private async Task ReminderAsync(CustomerReminderDue reminder, CancellationToken cancellationToken)
    {
        var ticket = await tickets.FindVisibleAsync(reminder.TicketId, Actor.System, cancellationToken);
        var reporter = await accounts.FindAsync(reminder.ReporterId, cancellationToken);
        if (ticket?.AutoCloseAt is not { } closesAt || reporter is not { IsActive: true }) return;
        Send(MailKind.OnHoldReminder, reporter, ticket, to => MailTemplates.OnHoldReminder(to, ticket, reminder.Reminder, closesAt));
    }

    private async Task OnCallAlarmAsync(long ticketId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.OnCallAddress)) return;
        var ticket = await tickets.FindVisibleAsync(ticketId, Actor.System, cancellationToken);
        if (ticket is null) return;
        var duty = new MailRecipient(options.OnCallAddress, "On-call duty", Language.English, "UTC");
        mail.Queue(new MailMessage(MailKind.OnCallAlarm, duty, MailTemplates.OnCallAlarm(duty, ticket), ticket.Id));
    }

    private async Task TicketCreatedAsync(long ticketId, CancellationToken cancellationToken)
    {
        var ticket = await tickets.FindVisibleAsync(ticketId, Actor.System, cancellationToken);
        if (ticket is null) return;
        foreach (var contact in await directory.ActiveContactsAsync(ticket.OrganizationId, cancellationToken))
        {
            var told = contact.Id == ticket.ReporterId ? ticket.Notifies(contact.Id) : ticket.ShareWith is ShareWith.Organization;
            if (told)
                Send(MailKind.TicketCreated, contact, ticket, to => MailTemplates.TicketCreated(to, ticket, options.PortalUrl));
        }
        foreach (var agent in await directory.ActiveSupportAgentsAsync(ticket.ResponsibleTeam, cancellationToken))
            if (agent.Id != ticket.RecordedById)
                Send(MailKind.NewTicketForAgents, agent, ticket, to => MailTemplates.NewTicketForAgents(to, ticket));
    }

    private async Task TicketChangedAsync(long ticketId, IReadOnlySet<Guid> activityIds, CancellationToken cancellationToken)
    {
        var ticket = await tickets.FindVisibleAsync(ticketId, Actor.System, cancellationToken);
        if (ticket is null) return;
        var entries = ticket.Activities.Where(a => activityIds.Contains(a.Id)).OrderBy(a => a.Sequence).ToList();
        if (entries.Count == 0) return;
        var authors = entries.Select(e => e.ActorId).ToHashSet();
        var kind = entries.Any(e => e is { Kind: ActivityKind.StatusChanged, To: nameof(TicketStatus.Resolved) }) ? MailKind.TicketResolved
            : entries.Any(e => e is { Kind: ActivityKind.StatusChanged, To: nameof(TicketStatus.ClarificationRequired) }) ? MailKind.ClarificationNeeded
            : MailKind.TicketChanged;

        foreach (var contact in await directory.ActiveContactsAsync(ticket.OrganizationId, cancellationToken))
            if (ticket.Notifies(contact.Id) && MaySee(ticket, contact) && !authors.Contains(contact.Id))
                Send(kind, contact, ticket, to => MailTemplates.TicketChanged(to, ticket, kind, entries, options.PortalUrl));

        var reply = entries.Where(e => e is { Kind: ActivityKind.Comment, ActorKind: ActorKind.Contact or ActorKind.Partner }).ToList();
        if (reply.Count == 0) return;
        foreach (var agent in await directory.ActiveSupportAgentsAsync(ticket.ResponsibleTeam, cancellationToken))
            Send(MailKind.CustomerReplied, agent, ticket, to => MailTemplates.TicketChanged(to, ticket, MailKind.CustomerReplied, reply, options.PortalUrl));
    }

    private async Task WelcomeAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(accountId, cancellationToken);
        if (account is { IsActive: true })
            mail.Queue(new MailMessage(MailKind.Welcome, MailRecipient.Of(account), MailTemplates.Welcome(MailRecipient.Of(account), options.PortalUrl)));
    }

    private async Task EscalationAlertAsync(EscalationLevelReached reached, CancellationToken cancellationToken)
    {
        var escalation = await escalations.FindVisibleAsync(reached.EscalationId, Actor.System, cancellationToken);
        var ticket = await tickets.FindVisibleAsync(reached.TicketId, Actor.System, cancellationToken);
        // The entry that reached the level: the escalation may have been raised further since.
        var step = escalation?.Steps.LastOrDefault(s => s.Level == reached.Level && s.Kind is EscalationStepKind.Opened or EscalationStepKind.Raised);
        if (escalation is null || ticket is null || step is null) return;
        foreach (var contact in await levelContacts.ForAsync(reached.Level, escalation.OrganizationId, escalation.Team, cancellationToken))
        {
            var to = MailRecipient.Of(contact);
            mail.Queue(new MailMessage(MailKind.EscalationAlert, to, MailTemplates.EscalationAlert(to, escalation, step, ticket, options.PortalUrl), ticket.Id));
        }
    }

    // A contact who opted in may since have lost sight of the ticket (it was unshared): the ticket's own visibility rule decides.
    private static bool MaySee(Ticket ticket, Account contact) =>
        TicketVisibility.For(contact.ToActor()).Compile()(ticket);

    private void Send(MailKind kind, Account account, Ticket ticket, Func<MailRecipient, MailContent> render)
    {
        var to = MailRecipient.Of(account);
        mail.Queue(new MailMessage(kind, to, render(to), ticket.Id));
    }
}
