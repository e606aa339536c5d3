using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Billing;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Domain.Tickets;

/// <summary>
/// A customer's incident or request and its whole workflow (SPEC sections 3-5). Every state change is a verb
/// that checks its rule, records an activity entry and returns the refusal as a value.
/// </summary>
public sealed partial class Ticket : AggregateRoot
{
    public const string KeyPrefix = "SD-";

    private readonly List<TicketActivity> _activities = [];
    private readonly List<TicketParticipant> _participants = [];
    private readonly List<TicketAttachment> _attachments = [];
    private readonly List<TicketNotificationChoice> _notificationChoices = [];

    public long Id { get; private set; }
    public string Key => FormatKey(Id);
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string? YourReference { get; private set; }
    public string? Product { get; private set; }
    public IncidentDetails Details { get; private set; } = IncidentDetails.None;
    public bool SystemUnusable { get; private set; }
    public ShareWith ShareWith { get; private set; }
    public bool IsConfidential { get; private set; }
    public Channel Channel { get; private set; }
    public TicketType Type { get; private set; }
    public TicketStatus Status { get; private set; }
    public Priority? Priority { get; private set; }
    public FaultCategory? FaultCategory { get; private set; }
    public string? FixVersion { get; private set; }
    public Resolution? Resolution { get; private set; }
    public CloseReason? CloseReason { get; private set; }
    public long? DuplicateOfId { get; private set; }

    public Guid OrganizationId { get; private set; }
    /// <summary>The support team of the organisation's region: the only agents who may see it when confidential.</summary>
    public SupportTeam ResponsibleTeam { get; private set; }
    public Guid ReporterId { get; private set; }
    public string ReporterName { get; private set; } = "";
    public ActorKind ReporterKind { get; private set; }
    /// <summary>Who recorded it: the reporter, or the agent who took the call.</summary>
    public Guid RecordedById { get; private set; }
    public string? RequestId { get; private set; }

    public Guid? AssigneeId { get; private set; }
    public string? AssigneeName { get; private set; }
    public SupportTeam Team { get; private set; }
    public Department? ForwardedTo { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public Guid? AcceptedById { get; private set; }
    public DateTimeOffset? ReproducedAt { get; private set; }
    public DateTimeOffset? ClarificationRequestedAt { get; private set; }
    public TicketStatus? StatusBeforeClarification { get; private set; }
    public DateTimeOffset? ConceptApprovedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>How many entries the stream has: numbers new entries without loading the stream (the timer sweep does not).</summary>
    public int ActivityCount { get; private set; }

    /// <summary>Optimistic concurrency: grows with every change; the API shows it as the etag.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<TicketActivity> Activities => _activities;
    public IReadOnlyList<TicketParticipant> Participants => _participants;
    public IReadOnlyList<TicketAttachment> Attachments => _attachments;
    public IReadOnlyList<TicketNotificationChoice> NotificationChoices => _notificationChoices;

    private Ticket() { }

    public static string FormatKey(long number) => KeyPrefix + number;

    public static bool TryParseKey(string? key, out long number)
    {
        number = 0;
        return key is not null
            && key.StartsWith(KeyPrefix, StringComparison.OrdinalIgnoreCase)
            && long.TryParse(key.AsSpan(KeyPrefix.Length), System.Globalization.NumberStyles.None, null, out number)
            && number > 0;
    }

    /// <summary>Opens a ticket received from a customer, or recorded by an agent on a contact's behalf.</summary>
    public static Ticket Open(long number, TicketType type, NewTicket draft, Reporter reporter, Actor recordedBy, Channel channel, DateTimeOffset now)
    {
        if (!type.IsIntake())
            throw new ArgumentOutOfRangeException(nameof(type), type, "Customers open Incidents or Requests.");
        if (channel is Channel.Email && type is not TicketType.Request)
            throw new ArgumentOutOfRangeException(nameof(type), type, "E-mail tickets are always Requests.");
        var ticket = new Ticket
        {
            Id = number,
            Type = type,
            Status = TicketStatus.Opened,
            Title = draft.Title.Trim(),
            Description = draft.Description,
            YourReference = draft.YourReference,
            Product = type is TicketType.Incident ? draft.Product : null,
            Details = type is TicketType.Incident ? draft.Details ?? IncidentDetails.None : IncidentDetails.None,
            SystemUnusable = type is TicketType.Incident && draft.SystemUnusable,
            // E-mail tickets are always shared with the organisation.
            ShareWith = channel is Channel.Email ? ShareWith.Organization : draft.ShareWith,
            IsConfidential = channel is not Channel.Email && draft.Confidential,
            Channel = channel,
            OrganizationId = reporter.OrganizationId,
            ResponsibleTeam = reporter.ResponsibleTeam,
            Team = reporter.ResponsibleTeam,
            ReporterId = reporter.Id,
            ReporterName = reporter.Name,
            ReporterKind = reporter.Kind,
            RecordedById = recordedBy.Id,
            RequestId = draft.RequestId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        ticket.Record(ActivityKind.Created, recordedBy, now, to: TicketStatus.Opened.ToString());
        ticket.Raise(new TicketCreated(ticket.Id, ticket.OrganizationId, type, ticket.SystemUnusable, now));
        return ticket;
    }

    // ----- Intake and review -------------------------------------------------------------------

    /// <summary>An agent accepts the ticket and checks it: the restoration clock starts here.</summary>
    public Result Accept(Actor agent, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("accept a ticket");
        if (Status is not TicketStatus.Opened) return TicketErrors.WrongStatus("be accepted", Status);
        AcceptedAt = now;
        AcceptedById = agent.Id;
        if (AssigneeId is null) SetAssignee(agent.Id, agent.Name, agent, now);
        MoveTo(TicketStatus.PreCheck, agent, now);
        return Result.Success;
    }

    public Result StartReview(Actor agent, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("start the review");
        if (Status is not TicketStatus.PreCheck) return TicketErrors.WrongStatus("start its review", Status);
        MoveTo(TicketStatus.InReview, agent, now);
        return Result.Success;
    }

    /// <summary>The desk or development needs the customer: Clarification Required / On Hold.</summary>
    public Result RequestClarification(Actor agent, string question, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("ask for clarification");
        if (Status is not (TicketStatus.PreCheck or TicketStatus.InReview or TicketStatus.InProgress or TicketStatus.EstimationInProgress))
            return TicketErrors.WrongStatus("wait for the customer", Status);
        Record(ActivityKind.Comment, agent, now, text: question);
        ClarificationRequestedAt = now;
        StatusBeforeClarification = Status;
        MoveTo(TicketStatus.ClarificationRequired, agent, now);
        return Result.Success;
    }

    /// <summary>A public or internal comment. A customer's comment answers an open question and returns the ticket to In Review.</summary>
    public Result<TicketActivity> Comment(Actor author, string text, bool isInternal, DateTimeOffset now)
    {
        if (Status is TicketStatus.Closed) return TicketErrors.Closed;
        if (isInternal && !author.IsAgent) return TicketErrors.InternalCommentByCustomer;
        var comment = Record(ActivityKind.Comment, author, now, text: text, isInternal: isInternal);
        if (author.IsCustomer && Status is TicketStatus.ClarificationRequired)
        {
            // Back to review; a customisation's later stages cannot be resumed from review, so it returns where it was.
            var resume = Type is TicketType.Customisation ? StatusBeforeClarification ?? TicketStatus.InReview : TicketStatus.InReview;
            (ClarificationRequestedAt, StatusBeforeClarification) = (null, null);
            MoveTo(resume, author, now);
        }
        // The customer answered the resolution: the 50 days of waiting for their confirmation start again.
        else if (author.IsCustomer && Status is TicketStatus.Resolved) ScheduleLifecycleTimers(now);
        return comment;
    }

    /// <summary>Sets the final type once the cause is known.</summary>
    public Result Reclassify(Actor agent, TicketType type, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("reclassify a ticket");
        if (!type.IsReclassificationTarget()) return TicketErrors.NotAReclassificationTarget(type);
        if (Status is not (TicketStatus.PreCheck or TicketStatus.InReview or TicketStatus.ClarificationRequired or TicketStatus.InProgress))
            return TicketErrors.WrongStatus("be reclassified", Status);
        if (type == Type) return TicketErrors.SameType;
        var previous = Type;
        Type = type;
        if (!type.IsDefect() && Priority is not null)
        {
            Record(ActivityKind.PriorityChanged, agent, now, from: Priority.ToString(), to: null);
            (Priority, FaultCategory) = (null, null);
        }
        else if (Priority is not null && !PriorityMatrix.Allows(type, FaultCategory!.Value, Priority.Value))
        {
            Record(ActivityKind.PriorityChanged, agent, now, from: Priority.ToString(), to: null);
            (Priority, FaultCategory) = (null, null);
        }
        if (type is not TicketType.SoftwareDefect) ReproducedAt = null;
        if (type is not TicketType.ConsultingRequest) ForwardedTo = null;
        Record(ActivityKind.TypeChanged, agent, now, from: previous.ToString(), to: type.ToString());
        // Work under the old type does not count for the new one: its own gates apply again.
        if (Status is TicketStatus.InProgress) MoveTo(TicketStatus.InReview, agent, now);
        return Result.Success;
    }

    /// <summary>Priority and fault category, per the matrix of SPEC section 6; defects only.</summary>
    public Result SetPriority(Actor agent, FaultCategory category, Priority priority, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("set the priority");
        if (!Type.IsDefect()) return TicketErrors.PriorityOnlyOnDefects;
        if (Status is TicketStatus.Resolved or TicketStatus.Closed) return TicketErrors.WrongStatus("change its priority", Status);
        if (!PriorityMatrix.Allows(Type, category, priority)) return TicketErrors.PriorityNotInMatrix(Type, category, priority);
        if (Priority == priority && FaultCategory == category) return Result.Success;
        var previous = Priority;
        (Priority, FaultCategory) = (priority, category);
        Record(ActivityKind.PriorityChanged, agent, now, from: previous?.ToString(), to: priority.ToString(), text: category.ToString());
        return Result.Success;
    }

    /// <summary>The desk reproduced the Software Defect on the reference system.</summary>
    public Result MarkReproduced(Actor agent, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("mark a defect reproduced");
        if (Type is not TicketType.SoftwareDefect) return TicketErrors.WrongType("be reproduced on the reference system", Type);
        if (Status is not TicketStatus.InReview) return TicketErrors.WrongStatus("be marked reproduced", Status);
        if (ReproducedAt is not null) return TicketErrors.AlreadyReproduced;
        ReproducedAt = now;
        Record(ActivityKind.Reproduced, agent, now);
        return Result.Success;
    }

    // ----- Work ------------------------------------------------------------------------------

    /// <summary>Work starts: development on a reproduced defect, the desk on a consulting request, the team on an approved customisation.</summary>
    public Result StartProgress(Actor agent, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("start work");
        if (Type is TicketType.Customisation)
        {
            if (Status is not TicketStatus.Ordered) return TicketErrors.WrongStatus("start work on a customisation", Status);
            if (ConceptApprovedAt is null) return TicketErrors.ConceptNotApproved;
        }
        else
        {
            if (Status is not TicketStatus.InReview) return TicketErrors.WrongStatus("start work", Status);
            if (Type.IsIntake()) return TicketErrors.IntakeTypeMustBeReclassified;
            if (Type is not (TicketType.SoftwareDefect or TicketType.NonSoftwareDefect or TicketType.ConsultingRequest))
                return TicketErrors.WrongType("go In Progress", Type);
            if (Type is TicketType.SoftwareDefect && ReproducedAt is null) return TicketErrors.NotReproduced;
            if (Type.IsDefect() && Priority is null) return TicketErrors.PriorityRequired;
        }
        MoveTo(TicketStatus.InProgress, agent, now);
        return Result.Success;
    }

    /// <summary>A Consulting Request goes to the department that can answer it, while the organisation has budget left.</summary>
    public Result ForwardTo(Actor agent, Department department, BudgetBalance budget, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("forward a ticket");
        if (Type is not TicketType.ConsultingRequest) return TicketErrors.WrongType("be forwarded to a department", Type);
        if (Status is not (TicketStatus.InReview or TicketStatus.InProgress)) return TicketErrors.WrongStatus("be forwarded", Status);
        if (department is Department.Support) return TicketErrors.ForwardToOtherDepartment;
        if (!budget.HasHoursLeft) return TicketErrors.NoBudget;
        ForwardedTo = department;
        Record(ActivityKind.Forwarded, agent, now, to: department.ToString());
        if (Status is not TicketStatus.InProgress) MoveTo(TicketStatus.InProgress, agent, now);
        return Result.Success;
    }

    /// <summary>The fix is made: it waits for the delivery that carries it (a patch version, or CUSTOM for the next delivery).</summary>
    public Result SetFixVersion(Actor agent, FixVersion version, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("set the fix version");
        if (Type is not (TicketType.SoftwareDefect or TicketType.ConsultingRequest or TicketType.Customisation))
            return TicketErrors.WrongType("wait for a delivery", Type);
        if (Status is not (TicketStatus.InProgress or TicketStatus.DeliveryPending)) return TicketErrors.WrongStatus("set a fix version", Status);
        if (Type is TicketType.ConsultingRequest && !version.IsCustom) return TicketErrors.CustomFixVersionOnly;
        if (FixVersion != version.Value)
        {
            Record(ActivityKind.FixVersionChanged, agent, now, from: FixVersion, to: version.Value);
            FixVersion = version.Value;
        }
        if (Status is not TicketStatus.DeliveryPending) MoveTo(TicketStatus.DeliveryPending, agent, now);
        return Result.Success;
    }

    /// <summary>The delivery reached the customer: defects and consulting requests are resolved, customisations closed.</summary>
    public Result MarkDelivered(Actor actor, DateTimeOffset now)
    {
        if (!actor.IsAgent && actor.Kind is not ActorKind.System) return TicketErrors.AgentsOnly("mark a ticket delivered");
        if (Status is not TicketStatus.DeliveryPending) return TicketErrors.WrongStatus("be delivered", Status);
        if (Type is TicketType.Customisation)
        {
            Close(Tickets.CloseReason.Delivered, actor, now);
            return Result.Success;
        }
        return Resolve(actor, Tickets.Resolution.Fixed, null, now);
    }

    /// <summary>Resolves with a resolution that fits the type and status; the customer then confirms, reopens, or it closes by itself.</summary>
    public Result Resolve(Actor agent, Resolution resolution, string? note, DateTimeOffset now)
    {
        if (!agent.IsAgent && agent.Kind is not ActorKind.System) return TicketErrors.AgentsOnly("resolve a ticket");
        if (Type.IsIntake()) return TicketErrors.IntakeTypeMustBeReclassified;
        if (!ResolutionRules.Allows(Type, Status, resolution)) return TicketErrors.ResolutionNotAllowed(Type, Status, resolution);
        if (!string.IsNullOrWhiteSpace(note)) Record(ActivityKind.Comment, agent, now, text: note);
        Resolution = resolution;
        ResolvedAt = now;
        MoveTo(TicketStatus.Resolved, agent, now);
        return Result.Success;
    }

    // ----- The customer's answer to a resolution ----------------------------------------------

    /// <summary>The customer confirms the solution (or an agent records the confirmation given in a comment).</summary>
    public Result ConfirmResolution(Actor actor, DateTimeOffset now)
    {
        if (Status is not TicketStatus.Resolved) return TicketErrors.WrongStatus("be confirmed", Status);
        Close(Tickets.CloseReason.ConfirmedByCustomer, actor, now);
        return Result.Success;
    }

    /// <summary>The solution does not work: back to In Review.</summary>
    public Result Reopen(Actor actor, string reason, DateTimeOffset now)
    {
        if (Status is not TicketStatus.Resolved) return TicketErrors.WrongStatus("be reopened", Status);
        Record(ActivityKind.Comment, actor, now, text: reason);
        (Resolution, ResolvedAt) = (null, null);
        MoveTo(TicketStatus.InReview, actor, now);
        return Result.Success;
    }

    /// <summary>The customer no longer needs it, or an agent closes it on their word.</summary>
    public Result Withdraw(Actor actor, string? reason, DateTimeOffset now)
    {
        if (Status is TicketStatus.Closed) return TicketErrors.Closed;
        if (!string.IsNullOrWhiteSpace(reason)) Record(ActivityKind.Comment, actor, now, text: reason);
        Close(Tickets.CloseReason.Withdrawn, actor, now);
        return Result.Success;
    }

    public Result CloseAsDuplicate(Actor agent, long duplicateOfId, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("close a duplicate");
        if (Status is TicketStatus.Closed) return TicketErrors.Closed;
        if (duplicateOfId == Id) return TicketErrors.DuplicateOfItself;
        DuplicateOfId = duplicateOfId;
        Record(ActivityKind.Comment, agent, now, text: $"Duplicate of {FormatKey(duplicateOfId)}.");
        Close(Tickets.CloseReason.Duplicate, agent, now);
        return Result.Success;
    }

    // ----- Customisations ----------------------------------------------------------------------

    /// <summary>The requirement is clear: development estimates, and the sales contact is informed.</summary>
    public Result RequestEstimation(Actor agent, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("request an estimation");
        if (Type is not TicketType.Customisation) return TicketErrors.WrongType("be estimated", Type);
        if (Status is not TicketStatus.InReview) return TicketErrors.WrongStatus("be estimated", Status);
        MoveTo(TicketStatus.EstimationInProgress, agent, now);
        Raise(new CustomisationEstimationRequested(Id, OrganizationId, now));
        return Result.Success;
    }

    public Result ProvideEstimation(Actor agent, string? estimation, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("provide an estimation");
        if (Status is not TicketStatus.EstimationInProgress) return TicketErrors.WrongStatus("receive an estimation", Status);
        if (!string.IsNullOrWhiteSpace(estimation)) Record(ActivityKind.Comment, agent, now, text: estimation);
        MoveTo(TicketStatus.EstimationAvailable, agent, now);
        return Result.Success;
    }

    /// <summary>The customer ordered on the sales offer.</summary>
    public Result RecordOrder(Actor agent, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("record an order");
        if (Status is not TicketStatus.EstimationAvailable) return TicketErrors.WrongStatus("be ordered", Status);
        MoveTo(TicketStatus.Ordered, agent, now);
        return Result.Success;
    }

    public Result RecordNotOrdered(Actor agent, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("record that an offer was not ordered");
        if (Status is not TicketStatus.EstimationAvailable) return TicketErrors.WrongStatus("be closed as not ordered", Status);
        Close(Tickets.CloseReason.NotOrdered, agent, now);
        return Result.Success;
    }

    /// <summary>The customer approves the consultant's concept; work may start.</summary>
    public Result ApproveConcept(Actor actor, DateTimeOffset now)
    {
        if (Type is not TicketType.Customisation) return TicketErrors.WrongType("have a concept approved", Type);
        if (Status is not TicketStatus.Ordered) return TicketErrors.WrongStatus("have its concept approved", Status);
        if (ConceptApprovedAt is not null) return TicketErrors.ConceptAlreadyApproved;
        ConceptApprovedAt = now;
        Record(ActivityKind.ConceptApproved, actor, now);
        return Result.Success;
    }

    // ----- People and fields --------------------------------------------------------------------

    public Result Assign(Actor agent, Guid? assigneeId, string? assigneeName, DateTimeOffset now)
    {
        if (!agent.IsAgent) return TicketErrors.AgentsOnly("assign a ticket");
        if (Status is TicketStatus.Closed) return TicketErrors.Closed;
        if (assigneeId == AssigneeId) return Result.Success;
        SetAssignee(assigneeId, assigneeName, agent, now);
        return Result.Success;
    }

    /// <summary>The reporter or an agent adds someone who follows the ticket.</summary>
    public Result AddParticipant(Actor actor, Guid accountId, string name, DateTimeOffset now)
    {
        if (actor.IsCustomer && actor.Id != ReporterId) return TicketErrors.ReporterOrAgentsOnly("add participants");
        if (Status is TicketStatus.Closed) return TicketErrors.Closed;
        if (_participants.Any(p => p.AccountId == accountId)) return TicketErrors.AlreadyParticipant;
        _participants.Add(new TicketParticipant(Id, accountId, name));
        Record(ActivityKind.ParticipantAdded, actor, now, to: name);
        return Result.Success;
    }

    /// <summary>The reporter or an agent removes a participant; a participant may also leave.</summary>
    public Result RemoveParticipant(Actor actor, Guid accountId, DateTimeOffset now)
    {
        if (actor.IsCustomer && actor.Id != ReporterId && actor.Id != accountId) return TicketErrors.ReporterOrAgentsOnly("remove other participants");
        var participant = _participants.FirstOrDefault(p => p.AccountId == accountId);
        if (participant is null) return TicketErrors.NotAParticipant;
        _participants.Remove(participant);
        Record(ActivityKind.ParticipantRemoved, actor, now, from: participant.Name);
        return Result.Success;
    }

    /// <summary>Changes the descriptive fields; only what the edit names changes.</summary>
    public Result Edit(Actor actor, TicketEdit edit, DateTimeOffset now)
    {
        if (actor.IsCustomer && actor.Id != ReporterId) return TicketErrors.ReporterOrAgentsOnly("edit a ticket");
        if (Status is TicketStatus.Closed) return TicketErrors.Closed;
        var changed = new List<string>();
        if (edit.Title is not null && edit.Title.Trim() != Title) { Title = edit.Title.Trim(); changed.Add("title"); }
        if (edit.Description is not null && edit.Description != Description) { Description = edit.Description; changed.Add("description"); }
        if (edit.YourReference is not null && edit.YourReference != (YourReference ?? "")) { YourReference = edit.YourReference; changed.Add("your_reference"); }
        if (edit.Product is not null && edit.Product != (Product ?? "")) { Product = edit.Product; changed.Add("product"); }
        if (edit.ShareWith is { } share && share != ShareWith) { ShareWith = share; changed.Add("share_with"); }
        if (edit.Confidential is { } confidential && confidential != IsConfidential) { IsConfidential = confidential; changed.Add("confidential"); }
        if (changed.Count > 0) Record(ActivityKind.Edited, actor, now, text: string.Join(", ", changed));
        return Result.Success;
    }

    /// <summary>Attaches a stored file, to a comment when one is named; a file on an internal comment is internal too.</summary>
    public TicketAttachment AddAttachment(Actor uploader, StoredFile file, Guid? commentId, DateTimeOffset now)
    {
        var isInternal = commentId is { } id && _activities.Any(a => a.Id == id && a.IsInternal);
        var entry = Record(ActivityKind.AttachmentAdded, uploader, now, text: file.FileName, isInternal: isInternal);
        var attachment = new TicketAttachment(Id, commentId ?? entry.Id, file, uploader.Id, now, isInternal);
        _attachments.Add(attachment);
        return attachment;
    }

    /// <summary>Whether a contact gets e-mails about this ticket's changes: the reporter by default, others when they opted in.</summary>
    public bool Notifies(Guid accountId) =>
        _notificationChoices.FirstOrDefault(c => c.AccountId == accountId)?.Notify ?? accountId == ReporterId;

    /// <summary>A contact switches e-mails about this ticket on or off for themselves; no activity entry, it concerns nobody else.</summary>
    public Result SetNotifications(Actor contact, bool notify)
    {
        if (contact.Kind is not ActorKind.Contact) return TicketErrors.NotificationsForContactsOnly;
        _notificationChoices.RemoveAll(c => c.AccountId == contact.Id);
        if (notify != (contact.Id == ReporterId)) _notificationChoices.Add(new TicketNotificationChoice(Id, contact.Id, notify));
        return Result.Success;
    }

    /// <summary>The activity stream a reader may see, newest first.</summary>
    public IEnumerable<TicketActivity> ActivityVisibleTo(Actor reader) =>
        _activities.Where(a => reader.IsAgent || !a.IsInternal).OrderByDescending(a => a.Sequence);

    // ----- Internals ----------------------------------------------------------------------------

    private void SetAssignee(Guid? assigneeId, string? assigneeName, Actor actor, DateTimeOffset now)
    {
        Record(ActivityKind.AssigneeChanged, actor, now, from: AssigneeName, to: assigneeName);
        (AssigneeId, AssigneeName) = (assigneeId, assigneeName);
    }

    private void Close(CloseReason reason, Actor actor, DateTimeOffset now)
    {
        CloseReason = reason;
        ClosedAt = now;
        MoveTo(TicketStatus.Closed, actor, now);
    }

    private void MoveTo(TicketStatus status, Actor actor, DateTimeOffset now)
    {
        var previous = Status;
        Status = status;
        Record(ActivityKind.StatusChanged, actor, now, from: previous.ToString(), to: status.ToString());
        ScheduleLifecycleTimers(now);
    }

    private TicketActivity Record(ActivityKind kind, Actor actor, DateTimeOffset now,
        string? text = null, string? from = null, string? to = null, bool isInternal = false)
    {
        var entry = new TicketActivity(Id, ++ActivityCount, kind, actor, now, text, from, to, isInternal);
        _activities.Add(entry);
        UpdatedAt = now;
        Raise(new TicketActivityRecorded(Id, entry.Id, kind, isInternal, actor.Kind, now));
        return entry;
    }

    /// <summary>Called once per saved change so the etag moves exactly once per command.</summary>
    public void MarkSaved() => Version++;
}

/// <summary>What a customer fills in when opening a ticket.</summary>
public sealed record NewTicket(
    string Title,
    string Description,
    string? YourReference = null,
    string? Product = null,
    IncidentDetails? Details = null,
    bool SystemUnusable = false,
    ShareWith ShareWith = ShareWith.Organization,
    bool Confidential = false,
    string? RequestId = null);

/// <summary>On whose behalf a ticket is opened: a contact or a partner system, and the organisation's responsible team.</summary>
public sealed record Reporter(Guid Id, string Name, ActorKind Kind, Guid OrganizationId, SupportTeam ResponsibleTeam);

/// <summary>A partial edit: null leaves a field as it is.</summary>
public sealed record TicketEdit(
    string? Title = null,
    string? Description = null,
    string? YourReference = null,
    string? Product = null,
    ShareWith? ShareWith = null,
    bool? Confidential = null);
