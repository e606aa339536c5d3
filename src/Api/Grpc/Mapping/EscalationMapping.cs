using ServiceDesk.Application.Escalations;
using ServiceDesk.Application.Escalations.EscalateTicket;
using ServiceDesk.Application.Escalations.EscalationChain;
using ServiceDesk.Application.Escalations.ListEscalations;
using ServiceDesk.Contracts.Escalations.V1;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;
using Domain = ServiceDesk.Domain;
using Proto = ServiceDesk.Contracts.Escalations.V1;

namespace ServiceDesk.Api.Grpc.Mapping;

/// <summary>The one place where escalations and the chain cross between the wire and the application.</summary>
public static class EscalationMapping
{
    public static EscalateTicketCommand ToCommand(this EscalateTicketRequest request) => new(
        ParseTicket(request.Ticket, "ticket"),
        request.Reason.To<Domain.Escalations.EscalationReason>(),
        request.Description,
        string.IsNullOrWhiteSpace(request.RequestId) ? null : request.RequestId);

    public static ListEscalationsQuery ToQuery(this ListEscalationsRequest request) => new(
        new EscalationListQuery
        {
            Level = request.HasLevel ? request.Level : null,
            Team = request.Team.ToOptional<Domain.Organizations.SupportTeam>(),
            OrganizationId = ParseOptionalOrganization(request.Organization, "organization"),
        },
        request.MinAge.ToDomain("min_age"),
        request.PageSize,
        string.IsNullOrEmpty(request.PageToken) ? null : request.PageToken);

    public static UpdateEscalationLevelCommand ToCommand(this UpdateEscalationLevelRequest request) => new(
        ParseEscalationLevel(request.Level?.Name, "level.name"),
        string.IsNullOrEmpty(request.Level?.Etag) ? null : request.Level.Etag,
        (request.Level?.Contacts ?? []).Select(c => new Domain.Escalations.EscalationContact(
            c.DisplayName,
            c.Email,
            c.Language is Contracts.Accounts.V1.Language.Unspecified ? Domain.Accounts.Language.English : c.Language.To<Domain.Accounts.Language>(),
            string.IsNullOrEmpty(c.TimeZone) ? "Europe/Berlin" : c.TimeZone)).ToList());

    public static Proto.Escalation ToProto(this EscalationView view)
    {
        var e = view.Escalation;
        var reply = new Proto.Escalation
        {
            Name = Escalation(e.Id),
            Ticket = Ticket(e.TicketId),
            Organization = Organization(e.OrganizationId),
            Team = e.Team.To<Contracts.Tickets.V1.SupportTeam>(),
            Reason = e.Reason.To<EscalationReason>(),
            Description = e.Description,
            Level = e.Level,
            LevelTitle = Domain.Escalations.EscalationLevel.TitleOf(e.Level),
            State = e.State.To<EscalationState>(),
            RaisedBy = e.RaisedByKind is Domain.Common.ActorKind.System ? "" : Account(e.RaisedById),
            RaisedByName = e.RaisedByName,
            OpenTime = e.OpenedAt.ToProto(),
            LevelTime = e.LevelReachedAt.ToProto(),
            ResolveTime = e.ResolvedAt.ToProto(),
            UpdateTime = e.UpdatedAt.ToProto(),
            Etag = view.Etag,
        };
        if (!view.Internal) return reply;
        reply.OwnerName = e.OwnerName ?? "";
        reply.OwnerEmail = e.OwnerEmail ?? "";
        reply.Outcome = e.Outcome ?? "";
        reply.Steps.AddRange(e.Steps.OrderByDescending(s => s.Sequence).Select(s => new Proto.EscalationStep
        {
            Kind = s.Kind.To<EscalationStepKind>(),
            Level = s.Level,
            Reason = s.Reason.ToProto<EscalationReason>(),
            Text = s.Text,
            ActorName = s.ActorName,
            Time = s.At.ToProto(),
        }));
        return reply;
    }

    public static Proto.EscalationLevel ToProto(this Domain.Escalations.EscalationLevel level)
    {
        var reply = new Proto.EscalationLevel
        {
            Name = EscalationLevel(level.Number),
            Level = level.Number,
            Title = level.Title,
            Etag = UpdateEscalationLevelHandler.EtagOf(level),
        };
        reply.Contacts.AddRange(level.Contacts.Select(c => new Proto.EscalationContact
        {
            DisplayName = c.Name,
            Email = c.Email,
            Language = c.Language.To<Contracts.Accounts.V1.Language>(),
            TimeZone = c.TimeZoneId,
        }));
        return reply;
    }
}
