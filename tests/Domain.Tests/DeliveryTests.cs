using ServiceDesk.Domain.Common;
using ServiceDesk.Domain.Deliveries;
using ServiceDesk.Domain.Organizations;
using ServiceDesk.Domain.Tickets;
using Xunit;
using static ServiceDesk.Domain.Tests.People;

namespace ServiceDesk.Domain.Tests;

/// <summary>SPEC section 8: planning a delivery, its tickets, how it reaches the customer, and what that does to the tickets.</summary>
public sealed class DeliveryTests
{
    private const string Patch = "7.4.12";
    private readonly TicketBuilder _desk = new();

    private DateOnly Today => DateOnly.FromDateTime(_desk.Now.UtcDateTime);

    private Delivery Plan(HostingMode hosting = HostingMode.CustomerHosted, bool staging = false, string patch = Patch) =>
        Delivery.Plan(Agent, new DeliverySetup(OrganizationId, hosting, staging), FixVersion.Parse(patch).Value, null, _desk.Tick()).Value;

    /// <summary>A delivery whose codeline is closed with the given tickets matching, then taken to the given milestone.</summary>
    private Delivery Prepared(Delivery delivery, DeliveryMilestone to, params Ticket[] matching)
    {
        foreach (var milestone in Enum.GetValues<DeliveryMilestone>().Where(m => m <= to))
        {
            var recorded = milestone is DeliveryMilestone.CodelineClosed
                ? delivery.CloseCodeline(Agent, Matching(delivery, matching), _desk.Tick())
                : delivery.RecordMilestone(Agent, milestone, _desk.Tick());
            Expect.Success(recorded);
        }
        return delivery;
    }

    private static IEnumerable<long> Matching(Delivery delivery, IEnumerable<Ticket> tickets)
    {
        var matches = delivery.Matches().Compile();
        return tickets.Where(matches).Select(t => t.Id);
    }

    private Ticket WaitingFor(string fixVersion)
    {
        var ticket = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.InProgress);
        Expect.Success(ticket.SetFixVersion(Agent, FixVersion.Parse(fixVersion).Value, _desk.Tick()));
        return ticket;
    }

    private Ticket OfOtherOrganization()
    {
        var stranger = new Reporter(Guid.NewGuid(), "Otto Other", ActorKind.Contact, Guid.NewGuid(), SupportTeam.Dach);
        return Ticket.Open(9000, TicketType.Request, new NewTicket("Other", "Other organisation."), stranger, Agent, Channel.Phone, _desk.Tick());
    }

    [Fact]
    public void A_delivery_carries_a_patch_version_not_CUSTOM_and_only_agents_plan_it()
    {
        var setup = new DeliverySetup(OrganizationId, HostingMode.CustomerHosted, false);
        Assert.Equal(DeliveryErrors.PatchVersionRequired, Delivery.Plan(Agent, setup, FixVersion.Custom, null, _desk.Now).Error);
        Assert.Equal("delivery.agents_only", Delivery.Plan(Contact, setup, FixVersion.Parse(Patch).Value, null, _desk.Now).Error!.Code);

        var delivery = Plan();
        Assert.Equal((DeliveryStatus.Planned, Patch, (DeliveryMilestone?)null), (delivery.Status, delivery.PatchVersion, delivery.Milestone));
        Assert.IsType<DeliveryPlanned>(Assert.Single(delivery.DomainEvents));
    }

    [Fact]
    public void An_estimated_date_is_not_in_the_past_when_set()
    {
        var delivery = Plan();
        Assert.Equal(DeliveryErrors.EstimatedDateInPast, delivery.SetEstimatedDate(Agent, Today.AddDays(-1), null, Today, _desk.Tick()).Error);
        Assert.Null(delivery.EstimatedDate);
        Expect.Success(delivery.SetEstimatedDate(Agent, Today, null, Today, _desk.Tick()));
        Assert.Equal(Today, delivery.EstimatedDate);
    }

    [Fact]
    public void Every_change_of_the_estimated_date_is_kept_with_its_reason_and_announced()
    {
        var delivery = Plan();
        var first = Today.AddDays(14);
        var later = Today.AddDays(21);
        Expect.Success(delivery.SetEstimatedDate(Agent, first, null, Today, _desk.Tick()));
        Assert.Equal(DeliveryErrors.ReasonRequired, delivery.SetEstimatedDate(Agent, later, " ", Today, _desk.Tick()).Error);
        Expect.Success(delivery.SetEstimatedDate(Agent, later, "The merge needs another week.", Today, _desk.Tick()));

        var changes = delivery.Activities.Where(a => a.Kind is DeliveryActivityKind.EstimatedDateChanged).ToList();
        Assert.Equal(2, changes.Count);
        Assert.Equal((first.ToString("O"), later.ToString("O"), "The merge needs another week."), (changes[1].From, changes[1].To, changes[1].Text));
        var announced = delivery.DomainEvents.OfType<DeliveryEstimatedDateChanged>().Last();
        Assert.Equal((first, later, "The merge needs another week."), (announced.PreviousDate, announced.EstimatedDate, announced.Reason));
    }

    [Fact]
    public void Documents_are_linked_and_removed()
    {
        var delivery = Plan();
        var document = delivery.AddDocument(Agent, "Release notes", "https://docs.example/7.4.12", _desk.Tick()).Value;
        Assert.Equal(DeliveryErrors.DocumentAlreadyLinked, delivery.AddDocument(Agent, "Again", "https://docs.example/7.4.12", _desk.Tick()).Error);
        Expect.Success(delivery.RemoveDocument(Agent, document.Id, _desk.Tick()));
        Assert.Empty(delivery.Documents);
        Assert.Equal(DeliveryErrors.DocumentNotFound, delivery.RemoveDocument(Agent, document.Id, _desk.Tick()).Error);
    }

    [Fact]
    public void Milestones_are_recorded_in_order()
    {
        var delivery = Plan();
        Assert.Equal("delivery.milestone_out_of_order", delivery.RecordMilestone(Agent, DeliveryMilestone.MergeDone, _desk.Tick()).Error!.Code);
        Expect.Success(delivery.RecordMilestone(Agent, DeliveryMilestone.MergeScheduled, _desk.Tick()));
        Assert.Equal("delivery.milestone_out_of_order", delivery.RecordMilestone(Agent, DeliveryMilestone.MergeScheduled, _desk.Tick()).Error!.Code);
        Expect.Success(delivery.RecordMilestone(Agent, DeliveryMilestone.MergeDone, _desk.Tick()));
        Assert.Equal(DeliveryMilestone.MergeDone, delivery.Milestone);
        Assert.Equal("MergeDone", delivery.Activities[^1].To);
    }

    [Fact]
    public void No_release_before_the_test_on_the_reference_system()
    {
        var delivery = Prepared(Plan(), DeliveryMilestone.PackageBuilt);
        Assert.Equal(DeliveryErrors.NotTested, delivery.RecordMilestone(Agent, DeliveryMilestone.Released, _desk.Tick()).Error);
        Expect.Success(delivery.RecordMilestone(Agent, DeliveryMilestone.TestedOnReferenceSystem, _desk.Tick()));
        Expect.Success(delivery.RecordMilestone(Agent, DeliveryMilestone.Released, _desk.Tick()));
    }

    [Fact]
    public void A_delivery_matches_its_organisations_tickets_waiting_for_its_patch_version_or_for_CUSTOM()
    {
        var delivery = Plan();
        var defect = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.DeliveryPending);
        var consulting = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.DeliveryPending);
        var customisation = _desk.Walk(TicketType.Customisation, TicketStatus.DeliveryPending);
        var otherVersion = WaitingFor("7.5.0");
        var inProgress = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.InProgress);
        var delivered = _desk.Walk(TicketType.Customisation, TicketStatus.Closed);

        var matching = Matching(delivery, [defect, consulting, customisation, otherVersion, inProgress, delivered, OfOtherOrganization()]);

        Assert.Equal([defect.Id, consulting.Id, customisation.Id], matching.Order());
    }

    [Fact]
    public void Agents_add_and_remove_tickets_with_a_reason_until_the_codeline_closes()
    {
        var delivery = Plan();
        var matching = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.DeliveryPending);
        var extra = WaitingFor("7.5.0");

        Expect.Success(delivery.RemoveTicket(Agent, matching, "Fix incomplete.", _desk.Tick()));
        Expect.Success(delivery.AddTicket(Agent, extra, "Merged early.", _desk.Tick()));
        Assert.Equal(DeliveryErrors.TicketAlreadyIncluded, delivery.AddTicket(Agent, extra, "Again.", _desk.Tick()).Error);
        Assert.Equal(DeliveryErrors.TicketNotIncluded, delivery.RemoveTicket(Agent, matching, "Again.", _desk.Tick()).Error);
        Assert.Equal([extra.Id], delivery.IncludedTicketIds([matching.Id]));
        Assert.Equal("Fix incomplete.", delivery.Activities.Single(a => a.Kind is DeliveryActivityKind.TicketRemoved).Text);
        Assert.Equal(DeliveryErrors.AgentsOnly("add a ticket to a delivery"), delivery.AddTicket(Contact, matching, "Please.", _desk.Tick()).Error);

        Expect.Success(delivery.AddTicket(Agent, matching, "Fix completed after all.", _desk.Tick()));
        Assert.Equal([matching.Id, extra.Id], delivery.IncludedTicketIds([matching.Id]));
    }

    [Fact]
    public void A_delivery_carries_only_tickets_of_its_own_organisation()
    {
        var delivery = Plan();
        Assert.Equal(DeliveryErrors.TicketOfOtherOrganization, delivery.AddTicket(Agent, OfOtherOrganization(), "Wrong one.", _desk.Tick()).Error);
        Assert.Empty(delivery.Tickets);
    }

    [Fact]
    public void The_list_of_tickets_freezes_when_the_codeline_closes()
    {
        var delivery = Plan();
        var early = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.DeliveryPending);
        var removed = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.DeliveryPending);
        Expect.Success(delivery.RemoveTicket(Agent, removed, "Not in this codeline.", _desk.Tick()));
        Prepared(delivery, DeliveryMilestone.CodelineClosed, early, removed);
        var late = _desk.Walk(TicketType.Customisation, TicketStatus.DeliveryPending);

        Assert.True(delivery.TicketsFrozen);
        Assert.Equal([early.Id], delivery.IncludedTicketIds([early.Id, removed.Id, late.Id]));
        Assert.Equal(DeliveryErrors.TicketsFrozen, delivery.AddTicket(Agent, late, "Too late.", _desk.Tick()).Error);
        Assert.Equal(DeliveryErrors.TicketsFrozen, delivery.RemoveTicket(Agent, early, "Too late.", _desk.Tick()).Error);
    }

    [Fact]
    public void Handing_over_the_package_delivers_and_moves_every_included_ticket_on()
    {
        var delivery = Plan(HostingMode.ThirdPartyHosted);
        var defect = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.DeliveryPending);
        var consulting = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.DeliveryPending);
        var customisation = _desk.Walk(TicketType.Customisation, TicketStatus.DeliveryPending);
        var tickets = new[] { defect, consulting, customisation };
        Prepared(delivery, DeliveryMilestone.TestedOnReferenceSystem, tickets);
        Assert.Equal(DeliveryErrors.NotReleased, delivery.HandOverPackage(Agent, "sftp://sftp.example/7.4.12", null, tickets, _desk.Tick()).Error);
        Assert.Equal(TicketStatus.DeliveryPending, defect.Status);
        Expect.Success(delivery.RecordMilestone(Agent, DeliveryMilestone.Released, _desk.Tick()));

        var at = _desk.Tick();
        Expect.Success(delivery.HandOverPackage(Agent, "sftp://sftp.example/7.4.12", null, tickets, at));

        Assert.Equal((DeliveryStatus.Delivered, "sftp://sftp.example/7.4.12", at), (delivery.Status, delivery.DownloadLocation, delivery.ReachedCustomerAt));
        Assert.Equal((TicketStatus.Resolved, Resolution.Fixed, at), (defect.Status, defect.Resolution, defect.ResolvedAt));
        Assert.Equal((TicketStatus.Resolved, Resolution.Fixed), (consulting.Status, consulting.Resolution));
        Assert.Equal((TicketStatus.Closed, CloseReason.Delivered), (customisation.Status, customisation.CloseReason));
        Assert.Equal(ActorKind.System, defect.Activities[^1].ActorKind);
        var message = delivery.Activities.Single(a => a.Kind is DeliveryActivityKind.Message);
        Assert.Contains("sftp://sftp.example/7.4.12", message.Text);
        Assert.Equal(message.Text, delivery.DomainEvents.OfType<DeliveryPackageHandedOver>().Single().Message);
    }

    [Fact]
    public void A_vendor_hosted_delivery_is_installed_not_handed_over_and_a_customer_hosted_one_not_installed()
    {
        var vendorHosted = Prepared(Plan(HostingMode.VendorHosted), DeliveryMilestone.Released);
        Assert.Equal("delivery.wrong_hosting_mode", vendorHosted.HandOverPackage(Agent, "sftp://x", null, [], _desk.Tick()).Error!.Code);
        var customerHosted = Prepared(Plan(HostingMode.CustomerHosted), DeliveryMilestone.Released);
        Assert.Equal("delivery.wrong_hosting_mode", customerHosted.AnnounceMaintenance(Agent, _desk.Now.AddDays(3), _desk.Tick()).Error!.Code);
        Assert.Equal("delivery.wrong_hosting_mode", customerHosted.CompleteInstallation(Agent, [], _desk.Tick()).Error!.Code);
    }

    [Fact]
    public void Vendor_hosted_with_staging_installs_staging_first_and_the_first_installation_moves_the_tickets_on()
    {
        var delivery = Plan(HostingMode.VendorHosted, staging: true);
        var defect = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.DeliveryPending);
        var customisation = _desk.Walk(TicketType.Customisation, TicketStatus.DeliveryPending);
        Ticket[] tickets = [defect, customisation];
        Prepared(delivery, DeliveryMilestone.Released, tickets);

        Assert.Equal(DeliveryErrors.MaintenanceNotAnnounced, delivery.CompleteStageInstallation(Agent, tickets, _desk.Tick()).Error);
        Assert.Equal(DeliveryErrors.MaintenanceInPast, delivery.AnnounceMaintenance(Agent, _desk.Now.AddHours(-1), _desk.Tick()).Error);
        Expect.Success(delivery.AnnounceMaintenance(Agent, _desk.Now.AddDays(2), _desk.Tick()));
        Assert.Equal(InstallationTarget.Staging, delivery.DomainEvents.OfType<DeliveryMaintenanceAnnounced>().Single().Target);
        Assert.Equal(DeliveryErrors.StagingFirst, delivery.CompleteInstallation(Agent, tickets, _desk.Tick()).Error);

        var staged = _desk.Tick();
        Expect.Success(delivery.CompleteStageInstallation(Agent, tickets, staged));
        Assert.Equal(DeliveryStatus.StageInstallationCompleted, delivery.Status);
        Assert.Equal((TicketStatus.Resolved, staged), (defect.Status, defect.ResolvedAt));
        Assert.Equal(TicketStatus.Closed, customisation.Status);

        // The customer reports the fix does not work on staging: production must not resolve it again.
        Expect.Success(defect.Reopen(Contact, "Still broken on staging.", _desk.Tick()));
        Assert.Equal(DeliveryErrors.MaintenanceNotAnnounced, delivery.CompleteInstallation(Agent, tickets, _desk.Tick()).Error);
        Expect.Success(delivery.AnnounceMaintenance(Agent, _desk.Now.AddDays(7), _desk.Tick()));
        Expect.Success(delivery.CompleteInstallation(Agent, tickets, _desk.Tick()));

        Assert.Equal((DeliveryStatus.InstallationCompleted, staged), (delivery.Status, delivery.ReachedCustomerAt));
        Assert.Equal(TicketStatus.InReview, defect.Status);
        Assert.Equal([InstallationTarget.Staging, InstallationTarget.Production], delivery.DomainEvents.OfType<DeliveryInstalled>().Select(e => e.Target));
    }

    [Fact]
    public void Vendor_hosted_without_staging_goes_straight_to_production()
    {
        var delivery = Plan(HostingMode.VendorHosted, staging: false);
        var consulting = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.DeliveryPending);
        Prepared(delivery, DeliveryMilestone.Released, consulting);
        Expect.Success(delivery.AnnounceMaintenance(Agent, _desk.Now.AddDays(1), _desk.Tick()));
        Assert.Equal(DeliveryErrors.NoStagingSystem, delivery.CompleteStageInstallation(Agent, [consulting], _desk.Tick()).Error);

        Expect.Success(delivery.CompleteInstallation(Agent, [consulting], _desk.Tick()));

        Assert.Equal(DeliveryStatus.InstallationCompleted, delivery.Status);
        Assert.Equal(TicketStatus.Resolved, consulting.Status);
        Assert.Equal(DeliveryErrors.Completed, delivery.CompleteInstallation(Agent, [consulting], _desk.Tick()).Error);
    }

    [Fact]
    public void Moving_tickets_on_touches_only_included_tickets_still_waiting_for_the_delivery()
    {
        var delivery = Plan();
        var included = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.DeliveryPending);
        var resolvedMeanwhile = _desk.Walk(TicketType.ConsultingRequest, TicketStatus.DeliveryPending);
        var notIncluded = _desk.Walk(TicketType.Customisation, TicketStatus.DeliveryPending);
        Prepared(delivery, DeliveryMilestone.Released, included, resolvedMeanwhile);
        Expect.Success(resolvedMeanwhile.Withdraw(Contact, "No longer needed.", _desk.Tick()));
        var entries = resolvedMeanwhile.Activities.Count;

        Expect.Success(delivery.HandOverPackage(Agent, "sftp://sftp.example/7.4.12", "Your patch is ready.", [included, resolvedMeanwhile, notIncluded], _desk.Tick()));

        Assert.Equal(TicketStatus.Resolved, included.Status);
        Assert.Equal(entries, resolvedMeanwhile.Activities.Count);
        Assert.Equal(TicketStatus.DeliveryPending, notIncluded.Status);
    }

    [Fact]
    public void A_delivered_delivery_is_immutable()
    {
        var delivery = Prepared(Plan(), DeliveryMilestone.Released);
        var document = delivery.AddDocument(Agent, "Release notes", "https://docs.example/rn", _desk.Tick()).Value;
        Expect.Success(delivery.HandOverPackage(Agent, "sftp://sftp.example/7.4.12", null, [], _desk.Tick()));
        var entries = delivery.Activities.Count;

        Assert.Equal(DeliveryErrors.Completed, delivery.SetEstimatedDate(Agent, Today.AddDays(1), "Late.", Today, _desk.Tick()).Error);
        Assert.Equal(DeliveryErrors.Completed, delivery.AddDocument(Agent, "More", "https://docs.example/more", _desk.Tick()).Error);
        Assert.Equal(DeliveryErrors.Completed, delivery.RemoveDocument(Agent, document.Id, _desk.Tick()).Error);
        Assert.Equal(DeliveryErrors.Completed, delivery.AddTicket(Agent, _desk.Walk(TicketType.SoftwareDefect, TicketStatus.DeliveryPending), "Late.", _desk.Tick()).Error);
        Assert.Equal(DeliveryErrors.Completed, delivery.HandOverPackage(Agent, "sftp://again", null, [], _desk.Tick()).Error);
        Assert.Equal(entries, delivery.Activities.Count);
    }

    [Fact]
    public void Readers_see_history_entries_about_tickets_only_when_they_may_see_the_ticket()
    {
        var delivery = Plan();
        var secret = _desk.Walk(TicketType.SoftwareDefect, TicketStatus.DeliveryPending);
        Expect.Success(delivery.RemoveTicket(Agent, secret, "Not yet.", _desk.Tick()));

        Assert.DoesNotContain(delivery.ActivityVisibleTo(new HashSet<long>()), a => a.TicketId is not null);
        Assert.Contains(delivery.ActivityVisibleTo(new HashSet<long> { secret.Id }), a => a.TicketId == secret.Id);
    }
}
