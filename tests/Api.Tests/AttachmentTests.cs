using Google.Protobuf;
using Grpc.Core;
using ServiceDesk.Contracts.Tickets.V1;
using Xunit;

namespace ServiceDesk.Api.Tests;

/// <summary>Files go up in chunks and come down in chunks, only to those who may see them.</summary>
public abstract class AttachmentTests(WorldFixture fixture)
{
    private World W => fixture.World;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Uploaded_file_comes_back_whole_to_everyone_who_may_see_the_ticket()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Screenshot attached");
        var content = RandomBytes(300_000);
        var attachment = await UploadAsync(W.AlphaContact, ticket.Name, "screen.png", content);
        Assert.Equal(content.Length, attachment.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), attachment.Sha256);

        Assert.Equal(content, await DownloadAsync(W.DachAgent, attachment.Name));
        Assert.Equal(content, await DownloadAsync(W.AlphaColleague, attachment.Name));
        var stranger = await Assert.ThrowsAsync<RpcException>(() => DownloadAsync(W.BetaContact, attachment.Name));
        Assert.Equal(StatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task File_on_an_internal_comment_stays_internal()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Internal log");
        ticket = await W.DachAgent.Tickets.AddCommentAsync(new AddCommentRequest { Name = ticket.Name, Text = "Server log, do not share", Internal = true }, cancellationToken: Cancel);
        var comment = ticket.Activities.First(a => a.Internal);
        var attachment = await UploadAsync(W.DachAgent, ticket.Name, "server.log", RandomBytes(1000), comment.Id);
        Assert.True(attachment.Internal);

        var seen = await W.AlphaContact.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.DoesNotContain(seen.Attachments, a => a.Name == attachment.Name);
        var refused = await Assert.ThrowsAsync<RpcException>(() => DownloadAsync(W.AlphaContact, attachment.Name));
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task File_over_the_size_limit_is_refused_and_not_attached()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Huge video");
        var refused = await Assert.ThrowsAsync<RpcException>(() => UploadAsync(W.AlphaContact, ticket.Name, "video.mp4", RandomBytes(1024 * 1024 + 1)));
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        var seen = await W.AlphaContact.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Empty(seen.Attachments);
    }

    [Fact]
    public async Task File_sent_in_one_message_is_attached_like_a_streamed_one_and_bounded_by_the_same_limit()
    {
        var ticket = await W.IncidentAsync(W.AlphaContact, "Log from the browser");
        var content = RandomBytes(200_000);
        var attachment = await W.AlphaContact.Tickets.UploadSmallAttachmentAsync(new UploadSmallAttachmentRequest
        {
            Metadata = new AttachmentMetadata { Ticket = ticket.Name, FileName = "import.log", ContentType = "text/plain" },
            Content = ByteString.CopyFrom(content),
        }, cancellationToken: Cancel);
        Assert.Equal("import.log", attachment.FileName);
        Assert.Equal(content, await DownloadAsync(W.DachAgent, attachment.Name));

        // Over the limit (1 MB in the tests) the use case refuses it, not the transport's message size.
        var refused = await Assert.ThrowsAsync<RpcException>(() => W.AlphaContact.Tickets.UploadSmallAttachmentAsync(new UploadSmallAttachmentRequest
        {
            Metadata = new AttachmentMetadata { Ticket = ticket.Name, FileName = "video.mp4" },
            Content = ByteString.CopyFrom(RandomBytes(1024 * 1024 + 1)),
        }, cancellationToken: Cancel).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        var seen = await W.AlphaContact.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        Assert.Single(seen.Attachments);
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    private static async Task<Attachment> UploadAsync(Caller caller, string ticket, string fileName, byte[] content, string activityId = "")
    {
        using var call = caller.Tickets.UploadAttachment(cancellationToken: Cancel);
        await call.RequestStream.WriteAsync(new UploadAttachmentRequest
        {
            Metadata = new AttachmentMetadata { Ticket = ticket, FileName = fileName, ContentType = "application/octet-stream", ActivityId = activityId },
        }, Cancel);
        foreach (var chunk in content.Chunk(64 * 1024))
            await call.RequestStream.WriteAsync(new UploadAttachmentRequest { Chunk = ByteString.CopyFrom(chunk) }, Cancel);
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }

    private static async Task<byte[]> DownloadAsync(Caller caller, string attachment)
    {
        using var call = caller.Tickets.DownloadAttachment(new DownloadAttachmentRequest { Name = attachment }, cancellationToken: Cancel);
        using var content = new MemoryStream();
        await foreach (var part in call.ResponseStream.ReadAllAsync(Cancel))
            if (part.PartCase is DownloadAttachmentResponse.PartOneofCase.Chunk) part.Chunk.WriteTo(content);
        return content.ToArray();
    }
}

public sealed class AttachmentsOnSqlite(SqliteWorld fixture) : AttachmentTests(fixture), IClassFixture<SqliteWorld>;

public sealed class AttachmentsOnPostgres(PostgresWorld fixture) : AttachmentTests(fixture), IClassFixture<PostgresWorld>;

public sealed class AttachmentsOnSqlServer(SqlServerWorld fixture) : AttachmentTests(fixture), IClassFixture<SqlServerWorld>;
