using Google.Protobuf;
using Grpc.Core;
using Mediator;
using ServiceDesk.Api.Grpc.Mapping;
using ServiceDesk.Application.Common;
using ServiceDesk.Application.Tickets.Attachments;
using ServiceDesk.Application.Tickets.ChangeTicket;
using ServiceDesk.Application.Tickets.GetTicket;
using ServiceDesk.Application.Tickets.WatchTickets;
using ServiceDesk.Contracts.Tickets.V1;
using static ServiceDesk.Api.Grpc.Mapping.ResourceNames;
using Domain = ServiceDesk.Domain;

namespace ServiceDesk.Api.Grpc.Services;

/// <summary>Maps each RPC to one command or query; the rules live in the application and the domain.</summary>
public sealed class TicketGrpcService(IMediator mediator) : TicketService.TicketServiceBase
{
    private const int DownloadChunkBytes = 64 * 1024;

    public override async Task<Ticket> CreateIncident(CreateIncidentRequest request, ServerCallContext context) =>
        (await mediator.Send(request.ToCommand(), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Ticket> CreateRequest(CreateRequestRequest request, ServerCallContext context) =>
        (await mediator.Send(request.ToCommand(), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Ticket> GetTicket(GetTicketRequest request, ServerCallContext context) =>
        (await mediator.Send(new GetTicketQuery(ParseTicket(request.Name)), context.CancellationToken)).OrThrow().ToProto();

    public override Task<ListTicketsResponse> ListTickets(ListTicketsRequest request, ServerCallContext context) => List(request.ToQuery(), context);

    public override Task<ListTicketsResponse> ListSlaQueue(ListSlaQueueRequest request, ServerCallContext context) => List(request.ToQuery(), context);

    private async Task<ListTicketsResponse> List(Application.Tickets.ListTickets.ListTicketsQuery query, ServerCallContext context)
    {
        var page = (await mediator.Send(query, context.CancellationToken)).OrThrow();
        var response = new ListTicketsResponse { NextPageToken = page.NextPageToken };
        response.Tickets.AddRange(page.Items.Select(s => s.ToProto()));
        return response;
    }

    public override Task<Ticket> UpdateTicket(UpdateTicketRequest request, ServerCallContext context) =>
        Change(request.Ticket?.Name, request.Ticket?.Etag, new Edit(request.ToEdit()), context);

    public override Task<Ticket> AddComment(AddCommentRequest request, ServerCallContext context) =>
        Change(request.Name, null, new Comment(request.Text, request.Internal), context);

    public override Task<Ticket> AcceptTicket(TicketStepRequest request, ServerCallContext context) => Step(request, new Accept(), context);

    public override Task<Ticket> StartReview(TicketStepRequest request, ServerCallContext context) => Step(request, new StartReview(), context);

    public override Task<Ticket> RequestClarification(RequestClarificationRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new RequestClarification(request.Question), context);

    public override Task<Ticket> ReclassifyTicket(ReclassifyTicketRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new Reclassify(request.Type.To<Domain.Tickets.TicketType>()), context);

    public override Task<Ticket> SetPriority(SetPriorityRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new SetPriority(request.FaultCategory.To<Domain.Tickets.FaultCategory>(), request.Priority.To<Domain.Tickets.Priority>()), context);

    public override Task<Ticket> MarkReproduced(TicketStepRequest request, ServerCallContext context) => Step(request, new MarkReproduced(), context);

    public override Task<Ticket> StartProgress(TicketStepRequest request, ServerCallContext context) => Step(request, new StartProgress(), context);

    public override Task<Ticket> ForwardTicket(ForwardTicketRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new Forward(request.Department.To<Domain.Accounts.Department>()), context);

    public override Task<Ticket> SetFixVersion(SetFixVersionRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new SetFixVersion(request.FixVersion), context);

    public override Task<Ticket> MarkDelivered(TicketStepRequest request, ServerCallContext context) => Step(request, new MarkDelivered(), context);

    public override Task<Ticket> ResolveTicket(ResolveTicketRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new Resolve(request.Resolution.To<Domain.Tickets.Resolution>(), request.Note), context);

    public override Task<Ticket> ConfirmResolution(TicketStepRequest request, ServerCallContext context) => Step(request, new ConfirmResolution(), context);

    public override Task<Ticket> ReopenTicket(ReopenTicketRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new Reopen(request.Reason), context);

    public override Task<Ticket> WithdrawTicket(WithdrawTicketRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new Withdraw(request.Reason), context);

    public override Task<Ticket> CloseAsDuplicate(CloseAsDuplicateRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new CloseAsDuplicate(ParseTicket(request.DuplicateOf, "duplicate_of")), context);

    public override Task<Ticket> RequestEstimation(TicketStepRequest request, ServerCallContext context) => Step(request, new RequestEstimation(), context);

    public override Task<Ticket> ProvideEstimation(ProvideEstimationRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new ProvideEstimation(request.Estimation), context);

    public override Task<Ticket> RecordOrder(TicketStepRequest request, ServerCallContext context) => Step(request, new RecordOrder(), context);

    public override Task<Ticket> RecordNotOrdered(TicketStepRequest request, ServerCallContext context) => Step(request, new RecordNotOrdered(), context);

    public override Task<Ticket> ApproveConcept(TicketStepRequest request, ServerCallContext context) => Step(request, new ApproveConcept(), context);

    public override Task<Ticket> AssignTicket(AssignTicketRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new Assign(ParseOptionalAccount(request.Assignee, "assignee")), context);

    public override Task<Ticket> AddParticipant(ParticipantRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new AddParticipant(ParseAccount(request.Account, "account")), context);

    public override Task<Ticket> RemoveParticipant(ParticipantRequest request, ServerCallContext context) =>
        Change(request.Name, request.Etag, new RemoveParticipant(ParseAccount(request.Account, "account")), context);

    public override async Task<Attachment> UploadAttachment(IAsyncStreamReader<UploadAttachmentRequest> requestStream, ServerCallContext context)
    {
        var token = context.CancellationToken;
        if (!await requestStream.MoveNext(token) || requestStream.Current.PartCase is not UploadAttachmentRequest.PartOneofCase.Metadata)
            throw new InputValidationException("metadata", "The first message carries the attachment's metadata.");
        var command = requestStream.Current.Metadata.ToCommand(Chunks(requestStream, token));
        return (await mediator.Send(command, token)).OrThrow().ToProto();
    }

    public override async Task<Attachment> UploadSmallAttachment(UploadSmallAttachmentRequest request, ServerCallContext context)
    {
        var command = request.Metadata.ToCommand(new[] { request.Content.Memory }.ToAsyncEnumerable());
        return (await mediator.Send(command, context.CancellationToken)).OrThrow().ToProto();
    }

    public override async Task DownloadAttachment(DownloadAttachmentRequest request, IServerStreamWriter<DownloadAttachmentResponse> responseStream, ServerCallContext context)
    {
        var (ticketId, attachmentId) = ParseAttachment(request.Name);
        var content = (await mediator.Send(new GetAttachmentQuery(ticketId, attachmentId), context.CancellationToken)).OrThrow();
        await responseStream.WriteAsync(new DownloadAttachmentResponse { Metadata = content.Attachment.ToProto() });
        await using var stream = content.Open();
        var buffer = new byte[DownloadChunkBytes];
        int read;
        while ((read = await stream.ReadAsync(buffer, context.CancellationToken)) > 0)
            await responseStream.WriteAsync(new DownloadAttachmentResponse { Chunk = ByteString.CopyFrom(buffer, 0, read) });
    }

    public override async Task WatchTickets(WatchTicketsRequest request, IServerStreamWriter<TicketEvent> responseStream, ServerCallContext context)
    {
        var query = new WatchTicketsQuery(string.IsNullOrEmpty(request.ResumeToken) ? null : request.ResumeToken);
        await foreach (var notice in mediator.CreateStream(query, context.CancellationToken))
            await responseStream.WriteAsync(notice.ToProto(), context.CancellationToken);
    }

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> Chunks(IAsyncStreamReader<UploadAttachmentRequest> requestStream,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await requestStream.MoveNext(cancellationToken))
        {
            if (requestStream.Current.PartCase is not UploadAttachmentRequest.PartOneofCase.Chunk)
                throw new InputValidationException("chunk", "Only the first message carries metadata; the rest carry content.");
            yield return requestStream.Current.Chunk.Memory;
        }
    }

    public override Task<Ticket> SetTicketNotifications(SetTicketNotificationsRequest request, ServerCallContext context) =>
        Change(request.Name, null, new SetNotifications(request.Notify), context);

    private Task<Ticket> Step(TicketStepRequest request, TicketChange change, ServerCallContext context) =>
        Change(request.Name, request.Etag, change, context);

    private async Task<Ticket> Change(string? name, string? etag, TicketChange change, ServerCallContext context)
    {
        var command = new ChangeTicketCommand(ParseTicket(name), string.IsNullOrEmpty(etag) ? null : etag, change);
        return (await mediator.Send(command, context.CancellationToken)).OrThrow().ToProto();
    }
}
