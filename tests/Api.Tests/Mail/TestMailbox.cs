using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace ServiceDesk.Api.Tests.Mail;

/// <summary>
/// The Dovecot mailbox that scripts/test.sh starts (SERVICEDESK_TEST_IMAP_HOST/PORT/USER/PASSWORD). Tests put mail in
/// with IMAP APPEND, each into a folder of its own so that tests running side by side never see each other's mail.
/// </summary>
public sealed class TestMailbox(string host, int port, string user, string password)
{
    public string Host => host;
    public int Port => port;
    public string User => user;
    public string Password => password;

    public static TestMailbox? FromEnvironment() =>
        Environment.GetEnvironmentVariable("SERVICEDESK_TEST_IMAP_HOST") is { Length: > 0 } host
        && int.TryParse(Environment.GetEnvironmentVariable("SERVICEDESK_TEST_IMAP_PORT"), out var port)
            ? new TestMailbox(host, port, Environment.GetEnvironmentVariable("SERVICEDESK_TEST_IMAP_USER") ?? "",
                Environment.GetEnvironmentVariable("SERVICEDESK_TEST_IMAP_PASSWORD") ?? "")
            : null;

    public async Task<string> CreateFolderAsync()
    {
        var name = "test-" + Guid.NewGuid().ToString("N");
        await WithClientAsync(async client => await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync(name, isMessageFolder: true));
        return name;
    }

    public Task AppendAsync(string folder, params MimeMessage[] messages) => WithFolderAsync(folder, async open =>
    {
        foreach (var message in messages) await open.AppendAsync(message);
    });

    /// <summary>Bytes as they are, for messages MimeKit would not write (broken MIME).</summary>
    public Task AppendRawAsync(string folder, string raw) =>
        AppendAsync(folder, MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw.ReplaceLineEndings("\r\n")))));

    public async Task<int> CountUnseenAsync(string folder)
    {
        var count = 0;
        await WithFolderAsync(folder, async open => count = (await open.SearchAsync(SearchQuery.NotSeen)).Count);
        return count;
    }

    /// <summary>Plays a crash between the commit and the flag: every message is unseen again.</summary>
    public Task MarkAllUnseenAsync(string folder) => WithFolderAsync(folder, async open =>
        await open.RemoveFlagsAsync(await open.SearchAsync(SearchQuery.All), MessageFlags.Seen, silent: true));

    private Task WithFolderAsync(string folder, Func<IMailFolder, Task> action) => WithClientAsync(async client =>
    {
        var open = await client.GetFolderAsync(folder);
        await open.OpenAsync(FolderAccess.ReadWrite);
        await action(open);
    });

    private async Task WithClientAsync(Func<ImapClient, Task> action)
    {
        using var client = new ImapClient();
        await client.ConnectAsync(host, port, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, password);
        await action(client);
        await client.DisconnectAsync(quit: true);
    }
}
