using ServiceDesk.Infrastructure.Attachments;

namespace ServiceDesk.Infrastructure.Tests;

public sealed class AttachmentStoreTests : IDisposable
{
    private readonly DirectoryInfo _dataFolder = Directory.CreateTempSubdirectory("servicedesk-attachments-");
    private readonly FileAttachmentStore _store;

    public AttachmentStoreTests() => _store = new FileAttachmentStore(new DataFolder(_dataFolder.FullName));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Identical_content_is_stored_once()
    {
        var first = await _store.SaveAsync(Chunks("hello, ", "world"), "a.txt", "text/plain", 100, Cancellation);
        var second = await _store.SaveAsync(Chunks("hello, world"), "b.txt", "text/plain", 100, Cancellation);

        Assert.NotNull(first);
        Assert.Equal((12L, first.ContentHash), (second!.Size, second.ContentHash));
        Assert.Equal(("a.txt", "b.txt"), (first.FileName, second.FileName));
        Assert.Single(StoredFiles());
        await using var content = _store.OpenRead(first.ContentHash);
        Assert.Equal("hello, world", await new StreamReader(content).ReadToEndAsync(Cancellation));
    }

    [Fact]
    public async Task Content_over_the_limit_is_refused_and_nothing_is_kept()
    {
        var stored = await _store.SaveAsync(Chunks("12345678", "12345678"), "big.bin", "application/octet-stream", 10, Cancellation);

        Assert.Null(stored);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public void Only_a_content_hash_opens_a_file() =>
        Assert.Throws<ArgumentException>(() => _store.OpenRead("../../etc/passwd"));

    private string[] StoredFiles() => Directory.GetFiles(_dataFolder.FullName, "*", SearchOption.AllDirectories);

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> Chunks(params string[] parts)
    {
        foreach (var part in parts)
        {
            await Task.Yield();
            yield return System.Text.Encoding.UTF8.GetBytes(part);
        }
    }

    public void Dispose() => _dataFolder.Delete(recursive: true);
}
