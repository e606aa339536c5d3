using Google.Type;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Contracts.Accounts.V1;
using ServiceDesk.Contracts.Deliveries.V1;
using ServiceDesk.Contracts.Tickets.V1;
using ServiceDesk.Infrastructure.Persistence;
using Xunit;
using Organization = ServiceDesk.Contracts.Accounts.V1.Organization;

namespace ServiceDesk.Api.Tests;

/// <summary>Deliveries end to end through the real gRPC pipeline (SPEC section 8): both hosting modes, the tickets they move on, and who sees what.</summary>
public abstract class DeliveryTests(WorldFixture fixture)
{
    private World W => fixture.World;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private DeliveryService.DeliveryServiceClient Desk => W.DachAgent.Deliveries;

    /// <summary>The fake clock stands on 2 December 2026.</summary>
    private static Date Dec(int day) => new() { Year = 2026, Month = 12, Day = day };

    [Fact]
    public async Task Customer_hosted_delivery_is_handed_over_for_download_and_moves_each_ticket_type_on()
    {
        var (organization, contact) = await OrganizationAsync(HostingMode.CustomerHosted, staging: false);
        var defect = await PendingAsync(contact, TicketType.SoftwareDefect, "8.1.3");
        var consulting = await PendingAsync(contact, TicketType.ConsultingRequest, "CUSTOM");
        var customisation = await PendingAsync(contact, TicketType.Customisation, "CUSTOM");
        var otherVersion = await PendingAsync(contact, TicketType.SoftwareDefect, "8.2.0");
        var nonSoftware = await InProgressAsync(contact, TicketType.NonSoftwareDefect);

        var delivery = await Desk.CreateDeliveryAsync(new CreateDeliveryRequest { Organization = organization.Name, PatchVersion = "8.1.3", EstimatedDate = Dec(20) }, cancellationToken: Cancel);
        Assert.Equal((DeliveryStatus.Planned, DeliveryRoute.Download), (delivery.Status, delivery.Route));
        Assert.Equal(Names(defect, consulting, customisation), delivery.Tickets.Select(t => t.Name).Order());
        delivery = await Desk.AddDocumentAsync(new AddDocumentRequest { Name = delivery.Name, Title = "Release notes", Url = "https://docs.example.test/8.1.3" }, cancellationToken: Cancel);
        delivery = await PrepareAsync(delivery, DeliveryMilestone.Released);

        delivery = await Desk.HandOverPackageAsync(new HandOverPackageRequest { Name = delivery.Name, Etag = delivery.Etag, DownloadLocation = "sftp://sftp.example.test/out/8.1.3.zip" }, cancellationToken: Cancel);

        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.NotNull(delivery.ReachCustomerTime);
        Assert.Contains(delivery.Activities, a => a.Kind == DeliveryActivityKind.Message && a.Text.Contains("sftp://sftp.example.test/out/8.1.3.zip"));
        Assert.Equal((TicketStatus.Resolved, Resolution.Fixed), await StatusAsync(defect));
        Assert.Equal((TicketStatus.Resolved, Resolution.Fixed), await StatusAsync(consulting));
        Assert.Equal((TicketStatus.Closed, Resolution.Unspecified), await StatusAsync(customisation));
        Assert.Equal(TicketStatus.DeliveryPending, (await StatusAsync(otherVersion)).Status);
        Assert.Equal(TicketStatus.InProgress, (await StatusAsync(nonSoftware)).Status);

        var seen = await contact.Deliveries.GetDeliveryAsync(new GetDeliveryRequest { Name = delivery.Name }, cancellationToken: Cancel);
        Assert.Equal("Release notes", Assert.Single(seen.Documents).Title);
        Assert.Equal(Names(defect, consulting, customisation), seen.Tickets.Select(t => t.Name).Order());

        var immutable = await Desk.SetEstimatedDateAsync(new SetEstimatedDateRequest { Name = delivery.Name, EstimatedDate = Dec(28), Reason = "Late." }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.FailedPrecondition);
        Assert.Equal("delivery.completed", immutable.Detail<Google.Rpc.ErrorInfo>().Reason);
    }

    [Fact]
    public async Task Vendor_hosted_delivery_with_staging_resolves_its_tickets_on_the_staging_installation()
    {
        var (organization, contact) = await OrganizationAsync(HostingMode.VendorHosted, staging: true);
        var defect = await PendingAsync(contact, TicketType.SoftwareDefect, "8.3.0");
        var customisation = await PendingAsync(contact, TicketType.Customisation, "CUSTOM");
        var delivery = await Desk.CreateDeliveryAsync(new CreateDeliveryRequest { Organization = organization.Name, PatchVersion = "8.3.0" }, cancellationToken: Cancel);
        Assert.Equal((DeliveryRoute.Installation, true), (delivery.Route, delivery.StagingSystem));
        delivery = await PrepareAsync(delivery, DeliveryMilestone.Released);

        await Desk.CompleteStageInstallationAsync(new DeliveryStepRequest { Name = delivery.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.FailedPrecondition);
        delivery = await AnnounceAsync(delivery, days: 2);
        await Desk.CompleteInstallationAsync(new DeliveryStepRequest { Name = delivery.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.FailedPrecondition);
        delivery = await Desk.CompleteStageInstallationAsync(new DeliveryStepRequest { Name = delivery.Name, Etag = delivery.Etag }, cancellationToken: Cancel);

        Assert.Equal(DeliveryStatus.StageInstallationCompleted, delivery.Status);
        Assert.Equal((TicketStatus.Resolved, Resolution.Fixed), await StatusAsync(defect));
        Assert.Equal(TicketStatus.Closed, (await StatusAsync(customisation)).Status);

        // After the customer's test phase, production; the tickets have moved on already and stay as they are.
        await W.DachAgent.Tickets.ConfirmResolutionAsync(new TicketStepRequest { Name = defect.Name }, cancellationToken: Cancel);
        delivery = await AnnounceAsync(delivery, days: 9);
        Assert.NotNull(delivery.ProductionMaintenanceTime);
        delivery = await Desk.CompleteInstallationAsync(new DeliveryStepRequest { Name = delivery.Name, Etag = delivery.Etag }, cancellationToken: Cancel);
        Assert.Equal(DeliveryStatus.InstallationCompleted, delivery.Status);
        Assert.Equal(TicketStatus.Closed, (await StatusAsync(defect)).Status);
    }

    [Fact]
    public async Task Vendor_hosted_delivery_without_staging_is_installed_on_production_directly()
    {
        var (organization, contact) = await OrganizationAsync(HostingMode.VendorHosted, staging: false);
        var consulting = await PendingAsync(contact, TicketType.ConsultingRequest, "CUSTOM");
        var delivery = await Desk.CreateDeliveryAsync(new CreateDeliveryRequest { Organization = organization.Name, PatchVersion = "8.4.0" }, cancellationToken: Cancel);
        delivery = await AnnounceAsync(await PrepareAsync(delivery, DeliveryMilestone.Released), days: 1);

        var refused = await Desk.CompleteStageInstallationAsync(new DeliveryStepRequest { Name = delivery.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.FailedPrecondition);
        Assert.Equal("delivery.no_staging_system", refused.Detail<Google.Rpc.ErrorInfo>().Reason);
        delivery = await Desk.CompleteInstallationAsync(new DeliveryStepRequest { Name = delivery.Name }, cancellationToken: Cancel);

        Assert.Equal(DeliveryStatus.InstallationCompleted, delivery.Status);
        Assert.Equal((TicketStatus.Resolved, Resolution.Fixed), await StatusAsync(consulting));
    }

    [Fact]
    public async Task A_defect_the_delivery_resolves_stops_its_restoration_clock_and_leaves_the_sla_queue()
    {
        var (organization, contact) = await OrganizationAsync(HostingMode.VendorHosted, staging: false);
        var defect = await PendingAsync(contact, TicketType.SoftwareDefect, "8.5.0");
        Assert.Equal(SlaClockState.Running, defect.ServiceLevel.Restoration.State);
        var delivery = await Desk.CreateDeliveryAsync(new CreateDeliveryRequest { Organization = organization.Name, PatchVersion = "8.5.0" }, cancellationToken: Cancel);
        delivery = await AnnounceAsync(await PrepareAsync(delivery, DeliveryMilestone.Released), days: 1);

        await Desk.CompleteInstallationAsync(new DeliveryStepRequest { Name = delivery.Name }, cancellationToken: Cancel);

        var resolved = await W.DachAgent.Tickets.GetTicketAsync(new GetTicketRequest { Name = defect.Name }, cancellationToken: Cancel);
        Assert.Equal((TicketStatus.Resolved, SlaClockState.Stopped), (resolved.Status, resolved.ServiceLevel.Restoration.State));
        var queued = new List<string>();
        var request = new ListSlaQueueRequest { Within = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromDays(365)) };
        do
        {
            var page = await W.DachAgent.Tickets.ListSlaQueueAsync(request, cancellationToken: Cancel);
            queued.AddRange(page.Tickets.Select(t => t.Name));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken != "");
        Assert.DoesNotContain(defect.Name, queued);
    }

    [Fact]
    public async Task A_change_of_the_estimated_date_is_kept_with_its_reason_and_shown_to_the_customer()
    {
        var delivery = await Desk.CreateDeliveryAsync(new CreateDeliveryRequest { Organization = W.Alpha.Name, PatchVersion = "8.5.0", EstimatedDate = Dec(15) }, cancellationToken: Cancel);

        var noReason = await Desk.SetEstimatedDateAsync(new SetEstimatedDateRequest { Name = delivery.Name, EstimatedDate = Dec(22) }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument);
        noReason.FieldViolation("reason");
        var past = await Desk.SetEstimatedDateAsync(new SetEstimatedDateRequest { Name = delivery.Name, EstimatedDate = Dec(1), Reason = "Oops." }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument);
        past.FieldViolation("estimated_date");
        await W.AlphaContact.Deliveries.SetEstimatedDateAsync(new SetEstimatedDateRequest { Name = delivery.Name, EstimatedDate = Dec(22), Reason = "Mine." }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.PermissionDenied);
        delivery = await Desk.SetEstimatedDateAsync(new SetEstimatedDateRequest { Name = delivery.Name, Etag = delivery.Etag, EstimatedDate = Dec(22), Reason = "The merge takes a week longer." }, cancellationToken: Cancel);

        var seen = await W.AlphaContact.Deliveries.GetDeliveryAsync(new GetDeliveryRequest { Name = delivery.Name }, cancellationToken: Cancel);
        Assert.Equal(Dec(22), seen.EstimatedDate);
        var changes = seen.Activities.Where(a => a.Kind == DeliveryActivityKind.EstimatedDateChanged).ToList();
        Assert.Equal(2, changes.Count);
        Assert.Equal(("2026-12-15", "2026-12-22", "The merge takes a week longer."), (changes[0].From, changes[0].To, changes[0].Text));
        Assert.Equal("2026-12-15", changes[1].To);

        // Announced to the organisation: the change waits in the outbox for the mail gateway.
        await using var scope = W.App.Services.CreateAsyncScope();
        var outbox = await scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>().OutboxMessages
            .Where(m => m.Type == "DeliveryEstimatedDateChanged").Select(m => m.Payload).ToListAsync(Cancel);
        var id = delivery.Name["deliveries/".Length..];
        Assert.Single(outbox, p => p.Contains(id) && p.Contains("The merge takes a week longer."));
    }

    [Fact]
    public async Task Contacts_read_their_organisations_deliveries_and_only_the_tickets_they_may_see()
    {
        var shared = await PendingAsync(W.AlphaContact, TicketType.SoftwareDefect, "8.6.0");
        var colleaguesOwn = await PendingAsync(W.AlphaColleague, TicketType.SoftwareDefect, "8.6.0", share: ShareWith.OnlyMe);
        var confidential = await PendingAsync(W.AlphaContact, TicketType.SoftwareDefect, "8.6.0", confidential: true);
        var delivery = await Desk.CreateDeliveryAsync(new CreateDeliveryRequest { Organization = W.Alpha.Name, PatchVersion = "8.6.0" }, cancellationToken: Cancel);
        Assert.Equal(Names(shared, colleaguesOwn, confidential), delivery.Tickets.Select(t => t.Name).Order());

        var contactView = await W.AlphaContact.Deliveries.GetDeliveryAsync(new GetDeliveryRequest { Name = delivery.Name }, cancellationToken: Cancel);
        Assert.Equal(Names(shared, confidential), contactView.Tickets.Select(t => t.Name).Order());
        var otherTeam = await W.InternationalAgent.Deliveries.GetDeliveryAsync(new GetDeliveryRequest { Name = delivery.Name }, cancellationToken: Cancel);
        Assert.Equal(Names(shared, colleaguesOwn), otherTeam.Tickets.Select(t => t.Name).Order());

        await W.BetaContact.Deliveries.GetDeliveryAsync(new GetDeliveryRequest { Name = delivery.Name }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
        await W.BetaContact.Deliveries.AddDocumentAsync(new AddDocumentRequest { Name = delivery.Name, Title = "x", Url = "https://x.example.test" }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.NotFound);
        var betaList = await W.BetaContact.Deliveries.ListDeliveriesAsync(new ListDeliveriesRequest { Organization = W.Alpha.Name }, cancellationToken: Cancel);
        Assert.DoesNotContain(betaList.Deliveries, d => d.Name == delivery.Name);
        var alphaList = await W.AlphaContact.Deliveries.ListDeliveriesAsync(new ListDeliveriesRequest(), cancellationToken: Cancel);
        Assert.Contains(alphaList.Deliveries, d => d.Name == delivery.Name);
        Assert.All(alphaList.Deliveries, d => Assert.Equal(W.Alpha.Name, d.Organization));
    }

    [Fact]
    public async Task Agents_add_and_remove_tickets_with_a_reason_until_the_codeline_closes_and_only_of_the_organisation()
    {
        var (organization, contact) = await OrganizationAsync(HostingMode.CustomerHosted, staging: false);
        var matching = await PendingAsync(contact, TicketType.SoftwareDefect, "8.7.0");
        var extra = await PendingAsync(contact, TicketType.SoftwareDefect, "8.7.1");
        var foreign = await W.IncidentAsync(W.BetaContact, "Beta's own");
        var delivery = await Desk.CreateDeliveryAsync(new CreateDeliveryRequest { Organization = organization.Name, PatchVersion = "8.7.0" }, cancellationToken: Cancel);

        delivery = await Desk.RemoveTicketAsync(new DeliveryTicketRequest { Name = delivery.Name, Ticket = matching.Name, Reason = "Fix incomplete." }, cancellationToken: Cancel);
        delivery = await Desk.AddTicketAsync(new DeliveryTicketRequest { Name = delivery.Name, Ticket = extra.Name, Reason = "Merged early." }, cancellationToken: Cancel);
        Assert.Equal(Names(extra), delivery.Tickets.Select(t => t.Name));
        Assert.Contains(delivery.Activities, a => a.Kind == DeliveryActivityKind.TicketRemoved && a.Ticket == matching.Name && a.Text == "Fix incomplete.");
        var other = await Desk.AddTicketAsync(new DeliveryTicketRequest { Name = delivery.Name, Ticket = foreign.Name, Reason = "Wrong." }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument);
        other.FieldViolation("ticket");
        (await Desk.AddTicketAsync(new DeliveryTicketRequest { Name = delivery.Name, Ticket = matching.Name }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("reason");

        delivery = await PrepareAsync(delivery, DeliveryMilestone.CodelineClosed);
        Assert.True(delivery.TicketsFrozen);
        var late = await PendingAsync(contact, TicketType.SoftwareDefect, "8.7.0");
        var refused = await Desk.AddTicketAsync(new DeliveryTicketRequest { Name = delivery.Name, Ticket = matching.Name, Reason = "Now complete." }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.FailedPrecondition);
        Assert.Equal("delivery.tickets_frozen", refused.Detail<Google.Rpc.ErrorInfo>().Reason);
        delivery = await Desk.GetDeliveryAsync(new GetDeliveryRequest { Name = delivery.Name }, cancellationToken: Cancel);
        Assert.DoesNotContain(delivery.Tickets, t => t.Name == late.Name);
        Assert.Equal(Names(extra), delivery.Tickets.Select(t => t.Name));
    }

    [Fact]
    public async Task Milestones_go_in_order_and_there_is_no_release_before_the_test_on_the_reference_system()
    {
        var delivery = await Desk.CreateDeliveryAsync(new CreateDeliveryRequest { Organization = W.Beta.Name, PatchVersion = "8.8.0" }, cancellationToken: Cancel);
        await Milestone(delivery, DeliveryMilestone.MergeDone).RefusedAsync(StatusCode.FailedPrecondition);
        delivery = await PrepareAsync(delivery, DeliveryMilestone.PackageBuilt);
        var refused = await Milestone(delivery, DeliveryMilestone.Released).RefusedAsync(StatusCode.FailedPrecondition);
        Assert.Equal("delivery.not_tested", refused.Detail<Google.Rpc.ErrorInfo>().Reason);
        await Desk.HandOverPackageAsync(new HandOverPackageRequest { Name = delivery.Name, DownloadLocation = "sftp://x" }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.FailedPrecondition);
        Assert.Equal(DeliveryMilestone.PackageBuilt, (await Desk.GetDeliveryAsync(new GetDeliveryRequest { Name = delivery.Name }, cancellationToken: Cancel)).Milestone);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_field_violations()
    {
        (await Desk.CreateDeliveryAsync(new CreateDeliveryRequest { Organization = W.Alpha.Name, PatchVersion = "CUSTOM" }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("patch_version");
        (await Desk.CreateDeliveryAsync(new CreateDeliveryRequest { Organization = W.Alpha.Name, PatchVersion = "8.9.0", EstimatedDate = new Date { Year = 2026, Month = 13, Day = 1 } }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("estimated_date");
        (await Desk.CreateDeliveryAsync(new CreateDeliveryRequest { Organization = "organizations/nope", PatchVersion = "8.9.0" }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("organization");
        await W.AlphaContact.Deliveries.CreateDeliveryAsync(new CreateDeliveryRequest { Organization = W.Alpha.Name, PatchVersion = "8.9.0" }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.PermissionDenied);
        var delivery = await Desk.CreateDeliveryAsync(new CreateDeliveryRequest { Organization = W.Alpha.Name, PatchVersion = "8.9.0" }, cancellationToken: Cancel);
        (await Desk.AddDocumentAsync(new AddDocumentRequest { Name = delivery.Name, Title = "Notes", Url = "javascript:alert(1)" }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("url");
        (await Desk.ListDeliveriesAsync(new ListDeliveriesRequest { PageToken = "garbage" }, cancellationToken: Cancel)
            .RefusedAsync(StatusCode.InvalidArgument)).FieldViolation("page_token");
        await Desk.GetDeliveryAsync(new GetDeliveryRequest { Name = "deliveries/" + Guid.NewGuid() }, cancellationToken: Cancel).RefusedAsync(StatusCode.NotFound);
    }

    [Fact]
    public async Task A_retried_create_returns_the_first_delivery()
    {
        var request = new CreateDeliveryRequest { Organization = W.Beta.Name, PatchVersion = "9.0.0", RequestId = Guid.NewGuid().ToString() };
        var first = await Desk.CreateDeliveryAsync(request, cancellationToken: Cancel);
        var retry = await Desk.CreateDeliveryAsync(request, cancellationToken: Cancel);
        Assert.Equal(first.Name, retry.Name);
    }

    [Fact]
    public async Task Deliveries_are_listed_newest_first_by_organisation_status_and_date_one_page_at_a_time()
    {
        var (organization, _) = await OrganizationAsync(HostingMode.CustomerHosted, staging: false);
        var created = new List<Delivery>();
        foreach (var (version, day) in new[] { ("9.1.0", 10), ("9.1.1", 18), ("9.1.2", 24) })
        {
            created.Add(await Desk.CreateDeliveryAsync(new CreateDeliveryRequest { Organization = organization.Name, PatchVersion = version, EstimatedDate = Dec(day) }, cancellationToken: Cancel));
            W.App.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var names = new List<string>();
        var request = new ListDeliveriesRequest { Organization = organization.Name, PageSize = 2, Statuses = { DeliveryStatus.Planned } };
        do
        {
            var page = await Desk.ListDeliveriesAsync(request, cancellationToken: Cancel);
            Assert.True(page.Deliveries.Count <= 2);
            names.AddRange(page.Deliveries.Select(d => d.Name));
            request.PageToken = page.NextPageToken;
        } while (request.PageToken != "");
        Assert.Equal(created.Select(d => d.Name).Reverse(), names);

        var dated = await Desk.ListDeliveriesAsync(new ListDeliveriesRequest { Organization = organization.Name, EstimatedDateFrom = Dec(15), EstimatedDateTo = Dec(24) }, cancellationToken: Cancel);
        Assert.Equal("9.1.1", Assert.Single(dated.Deliveries).PatchVersion);
        var delivered = await Desk.ListDeliveriesAsync(new ListDeliveriesRequest { Organization = organization.Name, Statuses = { DeliveryStatus.Delivered } }, cancellationToken: Cancel);
        Assert.Empty(delivered.Deliveries);
    }

    // ----- Helpers ------------------------------------------------------------------------------

    private static string[] Names(params Ticket[] tickets) => tickets.Select(t => t.Name).Order().ToArray();

    private async Task<(Organization Organization, Caller Contact)> OrganizationAsync(HostingMode hosting, bool staging)
    {
        var fields = World.Org("Org " + Guid.NewGuid().ToString("N")[..8], SupportTeam.Dach, "Europe/Berlin");
        fields.HostingMode = hosting;
        fields.StagingSystem = staging;
        var organization = await W.Admin.Accounts.CreateOrganizationAsync(new CreateOrganizationRequest { Organization = fields }, cancellationToken: Cancel);
        var contact = await World.ContactAsync(W.App, W.Admin, organization, $"contact.{Guid.NewGuid():N}@example.test");
        return (organization, contact);
    }

    private AsyncUnaryCall<Delivery> Milestone(Delivery delivery, DeliveryMilestone milestone) =>
        Desk.RecordMilestoneAsync(new RecordMilestoneRequest { Name = delivery.Name, Milestone = milestone }, cancellationToken: Cancel);

    /// <summary>Records the milestones after the delivery's last one, up to the given one.</summary>
    private async Task<Delivery> PrepareAsync(Delivery delivery, DeliveryMilestone to)
    {
        foreach (var milestone in Enum.GetValues<DeliveryMilestone>().Where(m => m > delivery.Milestone && m <= to))
            delivery = await Milestone(delivery, milestone);
        Assert.Equal(to, delivery.Milestone);
        return delivery;
    }

    private async Task<Delivery> AnnounceAsync(Delivery delivery, int days) =>
        await Desk.AnnounceMaintenanceAsync(new AnnounceMaintenanceRequest
        {
            Name = delivery.Name,
            MaintenanceTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(W.App.Clock.GetUtcNow().AddDays(days)),
        }, cancellationToken: Cancel);

    private async Task<(TicketStatus Status, Resolution Resolution)> StatusAsync(Ticket ticket)
    {
        var now = await W.DachAgent.Tickets.GetTicketAsync(new GetTicketRequest { Name = ticket.Name }, cancellationToken: Cancel);
        return (now.Status, now.Resolution);
    }

    /// <summary>A ticket of the given final type, raised by the contact and worked by the DACH desk to In Progress.</summary>
    private async Task<Ticket> InProgressAsync(Caller reporter, TicketType type, ShareWith share = ShareWith.Organization, bool confidential = false)
    {
        var agent = W.DachAgent.Tickets;
        var fields = new NewTicketFields { Title = $"{type} for a delivery", Description = "Please fix.", ShareWith = share, Confidential = confidential };
        var ticket = type is TicketType.SoftwareDefect or TicketType.NonSoftwareDefect
            ? await reporter.Tickets.CreateIncidentAsync(new CreateIncidentRequest { Ticket = fields }, cancellationToken: Cancel)
            : await reporter.Tickets.CreateRequestAsync(new CreateRequestRequest { Ticket = fields }, cancellationToken: Cancel);
        var name = ticket.Name;
        await agent.AcceptTicketAsync(new TicketStepRequest { Name = name }, cancellationToken: Cancel);
        await agent.StartReviewAsync(new TicketStepRequest { Name = name }, cancellationToken: Cancel);
        await agent.ReclassifyTicketAsync(new ReclassifyTicketRequest { Name = name, Type = type }, cancellationToken: Cancel);
        switch (type)
        {
            case TicketType.SoftwareDefect or TicketType.NonSoftwareDefect:
                await agent.SetPriorityAsync(new SetPriorityRequest { Name = name, Priority = Priority.P3, FaultCategory = FaultCategory.SoftwareUsability }, cancellationToken: Cancel);
                if (type is TicketType.SoftwareDefect) await agent.MarkReproducedAsync(new TicketStepRequest { Name = name }, cancellationToken: Cancel);
                break;
            case TicketType.Customisation:
                await agent.RequestEstimationAsync(new TicketStepRequest { Name = name }, cancellationToken: Cancel);
                await agent.ProvideEstimationAsync(new ProvideEstimationRequest { Name = name, Estimation = "2 days" }, cancellationToken: Cancel);
                await agent.RecordOrderAsync(new TicketStepRequest { Name = name }, cancellationToken: Cancel);
                await reporter.Tickets.ApproveConceptAsync(new TicketStepRequest { Name = name }, cancellationToken: Cancel);
                break;
        }
        return await agent.StartProgressAsync(new TicketStepRequest { Name = name }, cancellationToken: Cancel);
    }

    private async Task<Ticket> PendingAsync(Caller reporter, TicketType type, string fixVersion, ShareWith share = ShareWith.Organization, bool confidential = false)
    {
        var ticket = await InProgressAsync(reporter, type, share, confidential);
        ticket = await W.DachAgent.Tickets.SetFixVersionAsync(new SetFixVersionRequest { Name = ticket.Name, FixVersion = fixVersion }, cancellationToken: Cancel);
        Assert.Equal(TicketStatus.DeliveryPending, ticket.Status);
        return ticket;
    }
}

public sealed class DeliveryOnSqlite(SqliteWorld fixture) : DeliveryTests(fixture), IClassFixture<SqliteWorld>;

public sealed class DeliveryOnPostgres(PostgresWorld fixture) : DeliveryTests(fixture), IClassFixture<PostgresWorld>;

public sealed class DeliveryOnSqlServer(SqlServerWorld fixture) : DeliveryTests(fixture), IClassFixture<SqlServerWorld>;
