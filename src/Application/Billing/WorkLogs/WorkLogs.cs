using FluentValidation;
using Mediator;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Application.Accounts;
using ServiceDesk.Application.Common;
using ServiceDesk.Application.Tickets;
using ServiceDesk.Domain.Billing;
using ServiceDesk.Domain.Common;

namespace ServiceDesk.Application.Billing.WorkLogs;

/// <summary>An agent logs effort on a ticket they may see, in their own department, at the budget's current rate.</summary>
public sealed record LogWorkCommand(long TicketId, int Minutes, DateOnly PerformedOn, string Note) : ICommand<Result<WorkLog>>;

/// <summary>Corrects an entry with a new, negative one.</summary>
public sealed record ReverseWorkLogCommand(long TicketId, Guid WorkLogId, string Note) : ICommand<Result<WorkLog>>;

public sealed record ListWorkLogsQuery(long TicketId, int PageSize, string? PageToken) : IQuery<Result<Page<WorkLog>>>;

public sealed class LogWorkValidator : AbstractValidator<LogWorkCommand>
{
    public const int NoteLength = 2000;

    public LogWorkValidator()
    {
        RuleFor(c => c.Minutes).InclusiveBetween(1, 24 * 60).WithMessage("Log between 1 minute and 24 hours per entry.");
        RuleFor(c => c.Note).NotEmpty().MaximumLength(NoteLength);
    }
}

public sealed class ReverseWorkLogValidator : AbstractValidator<ReverseWorkLogCommand>
{
    public ReverseWorkLogValidator() => RuleFor(c => c.Note).NotEmpty().MaximumLength(LogWorkValidator.NoteLength);
}

public sealed class WorkLogHandlers(
    ICurrentUser currentUser,
    ITicketRepository tickets,
    IOrganizationRepository organizations,
    IBudgetRepository budgets,
    IWorkLogRepository workLogs,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
    : ICommandHandler<LogWorkCommand, Result<WorkLog>>,
      ICommandHandler<ReverseWorkLogCommand, Result<WorkLog>>,
      IQueryHandler<ListWorkLogsQuery, Result<Page<WorkLog>>>
{
    private static readonly DomainError NotFound = DomainError.NotFound("work_log");

    public async ValueTask<Result<WorkLog>> Handle(LogWorkCommand command, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        if (!actor.IsAgent) return AccessErrors.AgentsOnly;
        if (await tickets.FindVisibleAsync(command.TicketId, actor, cancellationToken) is not { } ticket) return TicketNotFound.Error;
        if (await organizations.FindAsync(ticket.OrganizationId, cancellationToken) is not { } organization) return AccountErrors.OrganizationNotFound;
        var rate = (await budgets.FindAsync(ticket.OrganizationId, cancellationToken))?.HourlyRateMinor;
        var now = clock.GetUtcNow();
        var logged = WorkLog.Record(ticket, actor, command.Minutes, command.PerformedOn, command.Note, rate, organization.Today(now), now);
        if (logged.IsFailure) return logged;
        workLogs.Add(logged.Value);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return logged;
    }

    public async ValueTask<Result<WorkLog>> Handle(ReverseWorkLogCommand command, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        if (!actor.IsAgent) return AccessErrors.AgentsOnly;
        if (await tickets.FindVisibleAsync(command.TicketId, actor, cancellationToken) is null) return TicketNotFound.Error;
        if (await workLogs.FindAsync(command.TicketId, command.WorkLogId, cancellationToken) is not { } original) return NotFound;
        var reversed = await workLogs.IsReversedAsync(original.Id, cancellationToken);
        var reversal = original.Reverse(actor, command.Note, reversed, clock.GetUtcNow());
        if (reversal.IsFailure) return reversal;
        workLogs.Add(reversal.Value);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateRequestException)
        {
            // Someone reversed it at the same moment; the unique index on the reversed entry keeps it to one.
            return BillingErrors.AlreadyReversed;
        }
        return reversal;
    }

    public async ValueTask<Result<Page<WorkLog>>> Handle(ListWorkLogsQuery query, CancellationToken cancellationToken)
    {
        var actor = currentUser.Actor;
        if (!actor.IsAgent) return AccessErrors.AgentsOnly;
        if (await tickets.FindVisibleAsync(query.TicketId, actor, cancellationToken) is null) return TicketNotFound.Error;
        var after = TimedPageToken.DecodeGuid(query.PageToken);
        var size = Paging.Size(query.PageSize);
        var rows = await workLogs.ListAsync(query.TicketId, after?.At, after?.Id, size + 1, cancellationToken);
        var last = rows.Count > size ? rows[size - 1] : null;
        var next = last is null ? "" : TimedPageToken.Encode(last.RecordedAt, last.Id.ToString());
        return new Page<WorkLog>(rows.Take(size).ToList(), next);
    }
}
