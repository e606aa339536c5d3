using System.Linq.Expressions;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Organizations;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Domain.Deliveries;

/// <summary>
/// A patch delivered to one organisation (SPEC section 8): its estimated date, documents, preparation milestones, the
/// tickets whose changes it carries, and how it reaches the customer. When it first reaches the customer it moves its
/// tickets on. Every verb checks its rule, records a history entry and returns the refusal as a value.
/// </summary>
public sealed class Delivery : AggregateRoot
{
    private readonly List<DeliveryActivity> _activities = [];
    private readonly List<DeliveryDocument> _documents = [];
    private readonly List<DeliveryTicket> _tickets = [];

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string PatchVersion { get; private set; } = "";
    /// <summary>The organisation's set-up when the delivery was planned: it decides how the delivery reaches the customer.</summary>
    public HostingMode HostingMode { get; private set; }
    public bool HasStagingSystem { get; private set; }
    public DeliveryStatus Status { get; private set; }
    /// <summary>The last preparation milestone reached.</summary>
    public DeliveryMilestone? Milestone { get; private set; }
    /// <summary>An estimate, not a promise; every change is kept in the history.</summary>
    public DateOnly? EstimatedDate { get; private set; }
    public DateTimeOffset? StagingMaintenanceAt { get; private set; }
    public DateTimeOffset? ProductionMaintenanceAt { get; private set; }
    public string? DownloadLocation { get; private set; }
    /// <summary>When the package was handed over or first installed: the moment its tickets moved on.</summary>
    public DateTimeOffset? ReachedCustomerAt { get; private set; }
    public Guid CreatedById { get; private set; }
    public string? RequestId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Optimistic concurrency: grows with every change; the API shows it as the etag.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<DeliveryActivity> Activities => _activities;
    public IReadOnlyList<DeliveryDocument> Documents => _documents;
    public IReadOnlyList<DeliveryTicket> Tickets => _tickets;

    public bool TicketsFrozen => Milestone >= DeliveryMilestone.CodelineClosed;
    public bool IsVendorHosted => HostingMode is HostingMode.VendorHosted;

    private Delivery() { }

    public static Result<Delivery> Plan(Actor agent, DeliverySetup setup, FixVersion patchVersion, string? requestId, DateTimeOffset now)
    {
        if (!agent.IsAgent) return DeliveryErrors.AgentsOnly("plan a delivery");
        if (patchVersion.IsCustom) return DeliveryErrors.PatchVersionRequired;
        var delivery = new Delivery
        {
            Id = Guid.NewGuid(),
            OrganizationId = setup.OrganizationId,
            PatchVersion = patchVersion.Value,
            HostingMode = setup.HostingMode,
            HasStagingSystem = setup.HasStagingSystem,
            Status = DeliveryStatus.Planned,
            CreatedById = agent.Id,
            RequestId = requestId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        delivery.Record(DeliveryActivityKind.Planned, agent, now, to: delivery.PatchVersion);
        delivery.Raise(new DeliveryPlanned(delivery.Id, delivery.OrganizationId, delivery.PatchVersion, now));
        return delivery;
    }

    // ----- Planning ----------------------------------------------------------------------------

    /// <summary>Sets or changes the estimated date; <paramref name="today"/> is the date in the organisation's time zone.</summary>
    public Result SetEstimatedDate(Actor agent, DateOnly date, string? reason, DateOnly today, DateTimeOffset now)
    {
        if (CheckChangeable(agent, "set the estimated date") is { } refused) return refused;
        if (date < today) return DeliveryErrors.EstimatedDateInPast;
        if (date == EstimatedDate) return Result.Success;
        if (EstimatedDate is not null && string.IsNullOrWhiteSpace(reason)) return DeliveryErrors.ReasonRequired;
        var previous = EstimatedDate;
        EstimatedDate = date;
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Record(DeliveryActivityKind.EstimatedDateChanged, agent, now, text: reason, from: previous?.ToString("O"), to: date.ToString("O"));
        Raise(new DeliveryEstimatedDateChanged(Id, OrganizationId, PatchVersion, previous, date, reason, now));
        return Result.Success;
    }

    public Result<DeliveryDocument> AddDocument(Actor agent, string title, string url, DateTimeOffset now)
    {
        if (CheckChangeable(agent, "link a document") is { } refused) return refused;
        if (_documents.Any(d => d.Url == url)) return DeliveryErrors.DocumentAlreadyLinked;
        var document = new DeliveryDocument(Id, title.Trim(), url, now);
        _documents.Add(document);
        Record(DeliveryActivityKind.DocumentAdded, agent, now, text: url, to: document.Title);
        return document;
    }

    public Result RemoveDocument(Actor agent, Guid documentId, DateTimeOffset now)
    {
        if (CheckChangeable(agent, "remove a document") is { } refused) return refused;
        if (_documents.FirstOrDefault(d => d.Id == documentId) is not { } document) return DeliveryErrors.DocumentNotFound;
        _documents.Remove(document);
        Record(DeliveryActivityKind.DocumentRemoved, agent, now, text: document.Url, from: document.Title);
        return Result.Success;
    }

    /// <summary>The next preparation milestone. Closing the codeline freezes the tickets: see <see cref="CloseCodeline"/>.</summary>
    public Result RecordMilestone(Actor agent, DeliveryMilestone milestone, DateTimeOffset now)
    {
        if (milestone is DeliveryMilestone.CodelineClosed)
            throw new ArgumentOutOfRangeException(nameof(milestone), milestone, "Closing the codeline needs the matching tickets: call CloseCodeline.");
        return Advance(agent, milestone, now);
    }

    /// <summary>Closes the codeline: the tickets that match now, plus those added and minus those removed, become the delivery's list for good.</summary>
    public Result CloseCodeline(Actor agent, IEnumerable<long> matchingTicketIds, DateTimeOffset now)
    {
        var matching = matchingTicketIds.ToList();
        var advanced = Advance(agent, DeliveryMilestone.CodelineClosed, now);
        if (advanced.IsFailure) return advanced;
        foreach (var ticketId in matching.Where(id => Row(id) is null).Distinct())
            _tickets.Add(new DeliveryTicket(Id, ticketId, TicketInclusion.Matched));
        return Result.Success;
    }

    // ----- Its tickets -------------------------------------------------------------------------

    /// <summary>
    /// The tickets a delivery includes without anyone adding them: the organisation's tickets in Delivery Pending that wait
    /// for its patch version, and every one that waits for the customer's next delivery (CUSTOM).
    /// </summary>
    public Expression<Func<Ticket, bool>> Matches()
    {
        var organizationId = OrganizationId;
        var patchVersion = PatchVersion;
        return t => t.OrganizationId == organizationId
            && t.Status == TicketStatus.DeliveryPending
            && (t.FixVersion == patchVersion || t.FixVersion == FixVersion.CustomValue);
    }

    /// <summary>The tickets the delivery carries. Until the codeline closes, the list follows the tickets that match it now.</summary>
    public IReadOnlyList<long> IncludedTicketIds(IEnumerable<long> matchingTicketIds)
    {
        var rows = _tickets.Where(r => r.Inclusion is not TicketInclusion.Removed).Select(r => r.TicketId);
        if (TicketsFrozen) return rows.Order().ToList();
        var removed = _tickets.Where(r => r.Inclusion is TicketInclusion.Removed).Select(r => r.TicketId).ToHashSet();
        return rows.Concat(matchingTicketIds.Where(id => !removed.Contains(id))).Distinct().Order().ToList();
    }

    public Result AddTicket(Actor agent, Ticket ticket, string reason, DateTimeOffset now)
    {
        if (CheckTicketListChangeable(agent, "add a ticket to a delivery") is { } refused) return refused;
        if (ticket.OrganizationId != OrganizationId) return DeliveryErrors.TicketOfOtherOrganization;
        if (Includes(ticket)) return DeliveryErrors.TicketAlreadyIncluded;
        if (Row(ticket.Id) is { } removed) _tickets.Remove(removed);
        if (!Matches().Compile()(ticket)) _tickets.Add(new DeliveryTicket(Id, ticket.Id, TicketInclusion.Added));
        Record(DeliveryActivityKind.TicketAdded, agent, now, text: reason.Trim(), to: ticket.Key, ticketId: ticket.Id);
        return Result.Success;
    }

    public Result RemoveTicket(Actor agent, Ticket ticket, string reason, DateTimeOffset now)
    {
        if (CheckTicketListChangeable(agent, "remove a ticket from a delivery") is { } refused) return refused;
        if (!Includes(ticket)) return DeliveryErrors.TicketNotIncluded;
        if (Row(ticket.Id) is { } added) _tickets.Remove(added);
        if (Matches().Compile()(ticket)) _tickets.Add(new DeliveryTicket(Id, ticket.Id, TicketInclusion.Removed));
        Record(DeliveryActivityKind.TicketRemoved, agent, now, text: reason.Trim(), from: ticket.Key, ticketId: ticket.Id);
        return Result.Success;
    }

    // ----- Reaching the customer ---------------------------------------------------------------

    /// <summary>Customer- or third-party-hosted: the released package is on the SFTP server → Delivered.</summary>
    public Result HandOverPackage(Actor agent, string downloadLocation, string? message, IEnumerable<Ticket> includedTickets, DateTimeOffset now)
    {
        if (CheckChangeable(agent, "hand over a package") is { } refused) return refused;
        if (IsVendorHosted) return DeliveryErrors.WrongHostingMode("hand over a package for download");
        if (Milestone is not DeliveryMilestone.Released) return DeliveryErrors.NotReleased;
        DownloadLocation = downloadLocation.Trim();
        var text = string.IsNullOrWhiteSpace(message)
            ? $"Patch {PatchVersion} is ready for download: {DownloadLocation}"
            : message.Trim();
        Record(DeliveryActivityKind.Message, agent, now, text: text);
        MoveTo(DeliveryStatus.Delivered, agent, now);
        Raise(new DeliveryPackageHandedOver(Id, OrganizationId, PatchVersion, DownloadLocation, text, now));
        MoveTicketsOn(includedTickets, now);
        return Result.Success;
    }

    /// <summary>Vendor-hosted: the planned maintenance of the next system to update, staging first where there is one.</summary>
    public Result AnnounceMaintenance(Actor agent, DateTimeOffset maintenanceAt, DateTimeOffset now)
    {
        if (!agent.IsAgent) return DeliveryErrors.AgentsOnly("announce a maintenance");
        if (!IsVendorHosted) return DeliveryErrors.WrongHostingMode("announce a maintenance");
        if (NextInstallation() is not { } target) return DeliveryErrors.NothingToAnnounce;
        if (maintenanceAt < now) return DeliveryErrors.MaintenanceInPast;
        var previous = target is InstallationTarget.Staging ? StagingMaintenanceAt : ProductionMaintenanceAt;
        if (target is InstallationTarget.Staging) StagingMaintenanceAt = maintenanceAt;
        else ProductionMaintenanceAt = maintenanceAt;
        Record(DeliveryActivityKind.MaintenanceAnnounced, agent, now, text: target.ToString(), from: previous?.ToString("O"), to: maintenanceAt.ToString("O"));
        Raise(new DeliveryMaintenanceAnnounced(Id, OrganizationId, PatchVersion, target, maintenanceAt, now));
        return Result.Success;
    }

    /// <summary>Vendor-hosted with a staging system: installed there first → Stage Installation Completed.</summary>
    public Result CompleteStageInstallation(Actor agent, IEnumerable<Ticket> includedTickets, DateTimeOffset now)
    {
        if (CheckInstallation(agent, InstallationTarget.Staging) is { } refused) return refused;
        return Install(agent, InstallationTarget.Staging, DeliveryStatus.StageInstallationCompleted, includedTickets, now);
    }

    /// <summary>Vendor-hosted: installed on production, after the customer's test phase on staging where there is one → Installation Completed.</summary>
    public Result CompleteInstallation(Actor agent, IEnumerable<Ticket> includedTickets, DateTimeOffset now)
    {
        if (CheckInstallation(agent, InstallationTarget.Production) is { } refused) return refused;
        return Install(agent, InstallationTarget.Production, DeliveryStatus.InstallationCompleted, includedTickets, now);
    }

    /// <summary>The history a reader may see, newest first: entries about tickets only when the reader may see that ticket.</summary>
    public IEnumerable<DeliveryActivity> ActivityVisibleTo(IReadOnlySet<long> visibleTicketIds) =>
        _activities.Where(a => a.TicketId is not { } id || visibleTicketIds.Contains(id)).OrderByDescending(a => a.Sequence);

    /// <summary>Called once per saved change so the etag moves exactly once per command.</summary>
    public void MarkSaved() => Version++;

    // ----- Internals ----------------------------------------------------------------------------

    private DomainError? CheckChangeable(Actor agent, string verb)
    {
        if (!agent.IsAgent) return DeliveryErrors.AgentsOnly(verb);
        if (Status is not DeliveryStatus.Planned) return DeliveryErrors.Completed;
        return null;
    }

    private DomainError? CheckTicketListChangeable(Actor agent, string verb) =>
        CheckChangeable(agent, verb) ?? (TicketsFrozen ? DeliveryErrors.TicketsFrozen : null);

    private DomainError? CheckInstallation(Actor agent, InstallationTarget target)
    {
        if (!agent.IsAgent) return DeliveryErrors.AgentsOnly("record an installation");
        if (!IsVendorHosted) return DeliveryErrors.WrongHostingMode("install the package");
        if (target is InstallationTarget.Staging && !HasStagingSystem) return DeliveryErrors.NoStagingSystem;
        if (Status is DeliveryStatus.Planned && Milestone is not DeliveryMilestone.Released) return DeliveryErrors.NotReleased;
        if (NextInstallation() is not { } next) return DeliveryErrors.Completed;
        if (next != target) return next is InstallationTarget.Staging ? DeliveryErrors.StagingFirst : DeliveryErrors.Completed;
        var announced = target is InstallationTarget.Staging ? StagingMaintenanceAt : ProductionMaintenanceAt;
        return announced is null ? DeliveryErrors.MaintenanceNotAnnounced : null;
    }

    /// <summary>Which system of a released vendor-hosted delivery is updated next, if any.</summary>
    private InstallationTarget? NextInstallation() => Status switch
    {
        DeliveryStatus.Planned when Milestone is DeliveryMilestone.Released =>
            HasStagingSystem ? InstallationTarget.Staging : InstallationTarget.Production,
        DeliveryStatus.StageInstallationCompleted => InstallationTarget.Production,
        _ => null,
    };

    private Result Install(Actor agent, InstallationTarget target, DeliveryStatus status, IEnumerable<Ticket> includedTickets, DateTimeOffset now)
    {
        MoveTo(status, agent, now);
        Raise(new DeliveryInstalled(Id, OrganizationId, PatchVersion, target, now));
        MoveTicketsOn(includedTickets, now);
        return Result.Success;
    }

    private Result Advance(Actor agent, DeliveryMilestone milestone, DateTimeOffset now)
    {
        if (CheckChangeable(agent, "record a milestone") is { } refused) return refused;
        var next = Milestone is { } last ? (last is DeliveryMilestone.Released ? (DeliveryMilestone?)null : last + 1) : DeliveryMilestone.MergeScheduled;
        if (milestone is DeliveryMilestone.Released && Milestone is not DeliveryMilestone.TestedOnReferenceSystem) return DeliveryErrors.NotTested;
        if (milestone != next) return DeliveryErrors.MilestoneOutOfOrder(next);
        Milestone = milestone;
        Record(DeliveryActivityKind.MilestoneReached, agent, now, to: milestone.ToString());
        return Result.Success;
    }

    /// <summary>
    /// The first time the delivery reaches the customer, its tickets still in Delivery Pending move on (defects and consulting
    /// requests are resolved, customisations closed), as the service's own doing. Later installations change nothing.
    /// </summary>
    private void MoveTicketsOn(IEnumerable<Ticket> includedTickets, DateTimeOffset now)
    {
        if (ReachedCustomerAt is not null) return;
        ReachedCustomerAt = now;
        var included = IncludedTicketIds([]).ToHashSet();
        foreach (var ticket in includedTickets.Where(t => included.Contains(t.Id) && t.OrganizationId == OrganizationId && t.Status is TicketStatus.DeliveryPending))
        {
            var delivered = ticket.MarkDelivered(Actor.System, now);
            if (delivered.IsFailure) throw new InvalidOperationException($"Delivery {Id} could not move {ticket.Key} on: {delivered.Error}");
        }
    }

    private bool Includes(Ticket ticket) => Row(ticket.Id) switch
    {
        { Inclusion: TicketInclusion.Removed } => false,
        { } => true,
        null => !TicketsFrozen && Matches().Compile()(ticket),
    };

    private DeliveryTicket? Row(long ticketId) => _tickets.FirstOrDefault(r => r.TicketId == ticketId);

    private void MoveTo(DeliveryStatus status, Actor actor, DateTimeOffset now)
    {
        var previous = Status;
        Status = status;
        Record(DeliveryActivityKind.StatusChanged, actor, now, from: previous.ToString(), to: status.ToString());
    }

    private void Record(DeliveryActivityKind kind, Actor actor, DateTimeOffset now,
        string? text = null, string? from = null, string? to = null, long? ticketId = null)
    {
        _activities.Add(new DeliveryActivity(Id, _activities.Count + 1, kind, actor, now, text, from, to, ticketId));
        UpdatedAt = now;
    }
}

/// <summary>The organisation a delivery is for, and how its systems are run when the delivery is planned.</summary>
public sealed record DeliverySetup(Guid OrganizationId, HostingMode HostingMode, bool HasStagingSystem)
{
    public static DeliverySetup Of(Organization organization) => new(organization.Id, organization.HostingMode, organization.HasStagingSystem);
}
