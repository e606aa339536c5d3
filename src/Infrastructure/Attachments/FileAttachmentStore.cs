using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ServiceDesk.Application.Abstractions;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Infrastructure.Attachments;

/// <summary>
/// Files under <c>{DataFolder}/attachments/ab/abcdef…</c>, named by the SHA-256 of their content, so identical
/// uploads are stored once and a stored file never changes.
/// </summary>
internal sealed partial class FileAttachmentStore(DataFolder dataFolder) : IAttachmentStore
{
    private readonly string _root = Path.Combine(dataFolder.Path, "attachments");

    public async Task<StoredFile?> SaveAsync(IAsyncEnumerable<ReadOnlyMemory<byte>> chunks, string fileName, string contentType, long maxBytes, CancellationToken cancellationToken)
    {
        // Written beside the final place (same file system) so the move into place is a rename.
        var incoming = Path.Combine(_root, "incoming");
        Directory.CreateDirectory(incoming);
        var temporary = Path.Combine(incoming, Guid.NewGuid().ToString("N"));
        try
        {
            using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await foreach (var chunk in chunks.WithCancellation(cancellationToken))
                {
                    size += chunk.Length;
                    if (size > maxBytes) return null;
                    sha256.AppendData(chunk.Span);
                    await file.WriteAsync(chunk, cancellationToken);
                }
            }

            var contentHash = Convert.ToHexStringLower(sha256.GetHashAndReset());
            var path = PathOf(contentHash);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // An identical file may be there already, or arrive at the same moment: either copy is the same bytes.
            if (!File.Exists(path)) File.Move(temporary, path, overwrite: true);
            return new StoredFile(fileName, contentType, size, contentHash);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Stream OpenRead(string contentHash)
    {
        // The hash becomes a path: only a well-formed one may.
        if (!Sha256Hex().IsMatch(contentHash))
            throw new ArgumentException("Not a SHA-256 content hash.", nameof(contentHash));
        return new FileStream(PathOf(contentHash), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
    }

    private string PathOf(string contentHash) => Path.Combine(_root, contentHash[..2], contentHash);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
