using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Abstractions;

/// <summary>Files stored by content hash.</summary>
public interface IAttachmentStore
{
    /// <summary>Stores the chunks; null when they exceed <paramref name="maxBytes"/> (nothing is kept then).</summary>
    Task<StoredFile?> SaveAsync(IAsyncEnumerable<ReadOnlyMemory<byte>> chunks, string fileName, string contentType, long maxBytes, CancellationToken cancellationToken);

    Stream OpenRead(string contentHash);
}
