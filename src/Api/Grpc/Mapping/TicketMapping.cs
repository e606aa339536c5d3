using ServiceDesk.Application.Tickets;
using ServiceDesk.Application.Tickets.Attachments;
using ServiceDesk.Application.Tickets.CreateTicket;
using ServiceDesk.Application.Tickets.ListTickets;
using ServiceDesk.Application.Tickets.WatchTickets;
using ServiceDesk.Contracts.Tickets.V1;
using ServiceDesk.Domain.Tickets;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;
using Domain = ServiceDesk.Domain;
using Proto = ServiceDesk.Contracts.Tickets.V1;

namespace ServiceDesk.Api.Grpc.Mapping;

/// <summary>The one place where tickets cross between the wire and the application.</summary>
public static class TicketMapping
{
    public static CreateTicketCommand ToCommand(this CreateIncidentRequest request) =>
        new(Domain.Tickets.TicketType.Incident, request.Ticket.ToNewTicket() with
        {
            Product = Optional(request.Product),
            Details = request.IncidentDetails?.ToDomain(),
            SystemUnusable = request.SystemUnusable,
        }, ParseOptionalAccount(request.Ticket?.OnBehalfOf, "ticket.on_behalf_of"));

    public static CreateTicketCommand ToCommand(this CreateRequestRequest request) =>
        new(Domain.Tickets.TicketType.Request, request.Ticket.ToNewTicket(), ParseOptionalAccount(request.Ticket?.OnBehalfOf, "ticket.on_behalf_of"));

    private static NewTicket ToNewTicket(this NewTicketFields? fields)
    {
        fields ??= new NewTicketFields();
        return new NewTicket(
            fields.Title,
            fields.Description,
            Optional(fields.YourReference),
            ShareWith: fields.ShareWith is Proto.ShareWith.Unspecified ? Domain.Tickets.ShareWith.Organization : fields.ShareWith.To<Domain.Tickets.ShareWith>(),
            Confidential: fields.Confidential,
            RequestId: Optional(fields.RequestId));
    }

    private static Domain.Tickets.IncidentDetails ToDomain(this Proto.IncidentDetails details) => new(
        Optional(details.Url),
        Optional(details.StepsToReproduce),
        Optional(details.ObservedBehaviour),
        Optional(details.ExpectedBehaviour),
        Optional(details.Conditions),
        details.OccurredTime.ToDomain("incident_details.occurred_time"),
        Optional(details.AffectedObjects));

    /// <summary>The same command for the streamed upload and the browsers' one-message upload.</summary>
    public static UploadAttachmentCommand ToCommand(this AttachmentMetadata? metadata, IAsyncEnumerable<ReadOnlyMemory<byte>> content)
    {
        if (metadata is null) throw new Application.Common.InputValidationException("metadata", "The attachment's metadata is required.");
        Guid? activityId = null;
        if (!string.IsNullOrEmpty(metadata.ActivityId))
            activityId = Guid.TryParse(metadata.ActivityId, out var id) ? id : throw new Application.Common.InputValidationException("metadata.activity_id", "Not an activity id.");
        var fileName = Path.GetFileName(metadata.FileName.Trim());
        if (fileName.Length is 0 or > 255) throw new Application.Common.InputValidationException("metadata.file_name", "A file name of 1 to 255 characters is required.");
        return new UploadAttachmentCommand(
            ParseTicket(metadata.Ticket, "metadata.ticket"),
            fileName,
            string.IsNullOrWhiteSpace(metadata.ContentType) ? "application/octet-stream" : metadata.ContentType.Trim(),
            activityId,
            content);
    }

    public static ListTicketsQuery ToQuery(this ListTicketsRequest request) => new(
        new TicketListQuery
        {
            Scope = request.Scope.To<Application.Tickets.ListTickets.TicketScope>(),
            Statuses = request.Statuses.Select(s => s.To<Domain.Tickets.TicketStatus>()).ToList(),
            Types = request.TicketTypes.Select(t => t.To<Domain.Tickets.TicketType>()).ToList(),
            Priorities = request.Priorities.Select(p => p.To<Domain.Tickets.Priority>()).ToList(),
            OrganizationId = ParseOptionalOrganization(request.Organization, "organization"),
            ReporterId = ParseOptionalAccount(request.Reporter, "reporter"),
            AssigneeId = ParseOptionalAccount(request.Assignee, "assignee"),
            CreatedFrom = request.CreateTimeFrom.ToDomain("create_time_from"),
            CreatedTo = request.CreateTimeTo.ToDomain("create_time_to"),
            UpdatedFrom = request.UpdateTimeFrom.ToDomain("update_time_from"),
            UpdatedTo = request.UpdateTimeTo.ToDomain("update_time_to"),
            Keyword = Optional(request.Keyword),
            Order = ParseOrder(request.OrderBy),
        },
        request.PageSize,
        Optional(request.PageToken));

    public static ListTicketsQuery ToQuery(this ListSlaQueueRequest request) => new(
        new TicketListQuery { SlaDueWithin = request.Within.ToDomain("within"), Order = TicketOrder.SlaDueAscending },
        request.PageSize,
        Optional(request.PageToken));

    private static TicketOrder ParseOrder(string orderBy) => string.Join(' ', orderBy.Split(' ', StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "" or "create_time desc" => TicketOrder.CreatedDescending,
        "create_time" or "create_time asc" => TicketOrder.CreatedAscending,
        "update_time desc" => TicketOrder.UpdatedDescending,
        "update_time" or "update_time asc" => TicketOrder.UpdatedAscending,
        _ => throw new Application.Common.InputValidationException("order_by", "Order by create_time or update_time, optionally desc."),
    };

    /// <summary>The field mask names what changes; paths not listed are refused.</summary>
    public static TicketEdit ToEdit(this UpdateTicketRequest request)
    {
        var ticket = request.Ticket ?? throw new Application.Common.InputValidationException("ticket", "The ticket is required.");
        var paths = request.UpdateMask?.Paths ?? [];
        if (paths.Count == 0) throw new Application.Common.InputValidationException("update_mask", "Name the fields to change.");
        var edit = new TicketEdit();
        foreach (var path in paths)
        {
            edit = path switch
            {
                "title" => edit with { Title = ticket.Title },
                "description" => edit with { Description = ticket.Description },
                "your_reference" => edit with { YourReference = ticket.YourReference },
                "product" => edit with { Product = ticket.Product },
                "share_with" => edit with { ShareWith = ticket.ShareWith.To<Domain.Tickets.ShareWith>() },
                "confidential" => edit with { Confidential = ticket.Confidential },
                _ => throw new Application.Common.InputValidationException("update_mask", $"'{path}' cannot be changed this way."),
            };
        }
        return edit;
    }

    public static Proto.Ticket ToProto(this TicketView view)
    {
        var t = view.Ticket;
        var reply = new Proto.Ticket
        {
            Name = Ticket(t.Id),
            Key = t.Key,
            Title = t.Title,
            Description = t.Description,
            YourReference = t.YourReference ?? "",
            Product = t.Product ?? "",
            SystemUnusable = t.SystemUnusable,
            ShareWith = t.ShareWith.ToProto<Proto.ShareWith>(),
            Confidential = t.IsConfidential,
            Channel = t.Channel.ToProto<Proto.Channel>(),
            Type = t.Type.ToProto<Proto.TicketType>(),
            Status = t.Status.ToProto<Proto.TicketStatus>(),
            Priority = t.Priority.ToProto<Proto.Priority>(),
            FaultCategory = t.FaultCategory.ToProto<Proto.FaultCategory>(),
            FixVersion = t.FixVersion ?? "",
            Resolution = t.Resolution.ToProto<Proto.Resolution>(),
            CloseReason = t.CloseReason.ToProto<Proto.CloseReason>(),
            Organization = Organization(t.OrganizationId),
            Reporter = t.ReporterKind is Domain.Common.ActorKind.Partner ? PartnerSystem(t.ReporterId) : Account(t.ReporterId),
            ReporterDisplayName = t.ReporterName,
            Assignee = OptionalAccount(t.AssigneeId),
            AssigneeDisplayName = t.AssigneeName ?? "",
            Team = t.Team.ToProto<SupportTeam>(),
            ForwardedTo = t.ForwardedTo.ToProto<Department>(),
            CreateTime = t.CreatedAt.ToProto(),
            UpdateTime = t.UpdatedAt.ToProto(),
            AcceptTime = t.AcceptedAt.ToProto(),
            ReproduceTime = t.ReproducedAt.ToProto(),
            ResolveTime = t.ResolvedAt.ToProto(),
            CloseTime = t.ClosedAt.ToProto(),
            ConceptApproveTime = t.ConceptApprovedAt.ToProto(),
            DuplicateOf = t.DuplicateOfId is { } duplicateOf ? Ticket(duplicateOf) : "",
            Etag = view.Etag,
            Notifications = view.Viewer.Kind is Domain.Common.ActorKind.Contact && t.Notifies(view.Viewer.Id),
            ServiceLevel = view.ServiceLevel.ToProto(),
            NextReminderTime = t.ReminderDueAt.ToProto(),
            AutoCloseTime = t.AutoCloseAt.ToProto(),
        };
        if (t.Type is Domain.Tickets.TicketType.Incident || t.Details != Domain.Tickets.IncidentDetails.None) reply.IncidentDetails = t.Details.ToProto();
        reply.Participants.AddRange(t.Participants.Select(p => new Participant { Account = Account(p.AccountId), DisplayName = p.Name }));
        reply.Attachments.AddRange(view.Attachments.Select(ToProto));
        reply.Activities.AddRange(view.Activities.Select(ToProto));
        return reply;
    }

    private static Proto.IncidentDetails ToProto(this Domain.Tickets.IncidentDetails d) => new()
    {
        Url = d.Url ?? "",
        StepsToReproduce = d.StepsToReproduce ?? "",
        ObservedBehaviour = d.ObservedBehaviour ?? "",
        ExpectedBehaviour = d.ExpectedBehaviour ?? "",
        Conditions = d.Conditions ?? "",
        OccurredTime = d.OccurredAt.ToProto(),
        AffectedObjects = d.AffectedObjects ?? "",
    };

    public static Proto.Attachment ToProto(this TicketAttachment a) => new()
    {
        Name = Attachment(a.TicketId, a.Id),
        FileName = a.FileName,
        ContentType = a.ContentType,
        SizeBytes = a.Size,
        Sha256 = a.ContentHash,
        ActivityId = a.ActivityId?.ToString() ?? "",
        Internal = a.IsInternal,
        UploadTime = a.UploadedAt.ToProto(),
    };

    private static Proto.Activity ToProto(TicketActivity a) => new()
    {
        Id = a.Id.ToString(),
        Kind = a.Kind.ToProto<Proto.ActivityKind>(),
        Time = a.At.ToProto(),
        Actor = a.ActorKind switch
        {
            Domain.Common.ActorKind.Partner => PartnerSystem(a.ActorId),
            Domain.Common.ActorKind.System => "",
            _ => Account(a.ActorId),
        },
        ActorDisplayName = a.ActorName,
        Text = a.Text ?? "",
        From = a.From ?? "",
        To = a.To ?? "",
        Internal = a.IsInternal,
    };

    public static Proto.TicketSummary ToProto(this Application.Tickets.ListTickets.TicketSummary s) => new()
    {
        Name = Ticket(s.Id),
        Key = Domain.Tickets.Ticket.FormatKey(s.Id),
        Title = s.Title,
        Type = s.Type.ToProto<Proto.TicketType>(),
        Status = s.Status.ToProto<Proto.TicketStatus>(),
        Priority = s.Priority.ToProto<Proto.Priority>(),
        Organization = Organization(s.OrganizationId),
        ReporterDisplayName = s.ReporterName,
        AssigneeDisplayName = s.AssigneeName ?? "",
        Confidential = s.IsConfidential,
        ShareWith = s.ShareWith.ToProto<Proto.ShareWith>(),
        Channel = s.Channel.ToProto<Proto.Channel>(),
        FixVersion = s.FixVersion ?? "",
        CreateTime = s.CreatedAt.ToProto(),
        UpdateTime = s.UpdatedAt.ToProto(),
        Etag = s.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ServiceLevel = s.ServiceLevel.ToProto(),
    };

    public static TicketEvent ToProto(this TicketChangeNotice notice) => new()
    {
        ResumeToken = notice.ResumeToken,
        Ticket = notice.Ticket?.ToProto(),
    };

    private static string? Optional(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
