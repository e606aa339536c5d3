using MimeKit;
using ServiceDesk.Application.Notifications;
using ServiceDesk.Domain.Accounts;
using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Organizations;
using ServiceDesk.Domain.Tickets;
using ServiceDesk.Infrastructure.Mail;

namespace ServiceDesk.Infrastructure.Tests;

/// <summary>Without SMTP, mail becomes readable .eml files; sending a message again rewrites the same file.</summary>
public sealed class PickupFolderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("servicedesk-pickup-");

    [Fact]
    public async Task Message_sent_twice_is_one_eml_file_named_after_its_id()
    {
        var recipient = new MailRecipient("anna@example.test", "Anna", Language.English, "Europe/Berlin");
        var mail = OutgoingMail.For(new MailMessage(MailKind.Welcome, recipient, MailTemplates.Welcome(recipient, "https://desk.example.test")), DateTimeOffset.UnixEpoch);
        var message = new OutgoingMimeMessages(new MailSettings { FromAddress = "desk@example.test" }, new FixedTokens()).Build(mail);

        await using var transport = new PickupFolderTransport(_folder.FullName);
        await transport.SendAsync(message, TestContext.Current.CancellationToken);
        await transport.SendAsync(message, TestContext.Current.CancellationToken);

        var file = Assert.Single(_folder.GetFiles());
        Assert.Equal($"{mail.Id:N}.eml", file.Name);
        var written = await MimeMessage.LoadAsync(file.FullName, TestContext.Current.CancellationToken);
        Assert.Equal(message.MessageId, written.MessageId);
        Assert.Equal("auto-generated", written.Headers["Auto-Submitted"]);
    }

    [Fact]
    public void Reminder_alarm_and_delivery_templates_speak_the_recipients_language()
    {
        var ticket = Ticket.Open(1042, TicketType.Incident, new NewTicket("Login fails", "Error 500"),
            new Reporter(Guid.NewGuid(), "Anna", ActorKind.Contact, Guid.NewGuid(), SupportTeam.Dach), Actor.System, Channel.Portal, DateTimeOffset.UnixEpoch);
        var german = new MailRecipient("anna@example.test", "Anna", Language.German, "Europe/Berlin");
        var english = german with { Language = Language.English };

        Assert.Equal("[SD-1042] Erinnerung: Ihre Rückmeldung wird benötigt: Login fails", MailTemplates.OnHoldReminder(german, ticket, 2, DateTimeOffset.UnixEpoch.AddDays(40)).Subject);
        Assert.Contains("reminder 2 of 3", MailTemplates.OnHoldReminder(english, ticket, 2, DateTimeOffset.UnixEpoch.AddDays(40)).Text);
        Assert.Contains("RUFBEREITSCHAFT", MailTemplates.OnCallAlarm(german, ticket).Subject);
        var news = new DeliveryNews(Guid.NewGuid(), "5.2.1", "new estimated date", "neuer voraussichtlicher Termin", new DateOnly(1970, 2, 10));
        Assert.Contains("Voraussichtlicher Auslieferungstermin: 10.02.1970", MailTemplates.DeliveryAnnouncement(german, news).Text);
        Assert.Equal("[Delivery 5.2.1] new estimated date", MailTemplates.DeliveryAnnouncement(english, news).Subject);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private sealed class FixedTokens : Application.Abstractions.IReplyTokens
    {
        public string For(long ticketId) => "0123456789abcdef";
        public bool Matches(long ticketId, string token) => token == For(ticketId);
    }
}
