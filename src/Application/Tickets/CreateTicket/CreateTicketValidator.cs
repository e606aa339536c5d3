using FluentValidation;
using ServiceDesk.Domain.Tickets;

namespace ServiceDesk.Application.Tickets.CreateTicket;

public sealed class CreateTicketValidator : AbstractValidator<CreateTicketCommand>
{
    public CreateTicketValidator()
    {
        RuleFor(c => c.Type).Must(t => t.IsIntake()).WithMessage("Customers raise an Incident or a Request.");
        RuleFor(c => c.Ticket.Title).NotEmpty().MaximumLength(TicketLimits.Title);
        RuleFor(c => c.Ticket.Description).NotEmpty().MaximumLength(TicketLimits.Text);
        RuleFor(c => c.Ticket.YourReference).MaximumLength(TicketLimits.ShortText);
        // Product and incident details sit beside the ticket fields in CreateIncidentRequest: name them as the request does.
        RuleFor(c => c.Ticket.Product).MaximumLength(TicketLimits.ShortText).OverridePropertyName("product");
        RuleFor(c => c.Ticket.ShareWith).IsInEnum();
        RuleFor(c => c.Ticket.RequestId).MaximumLength(TicketLimits.RequestId);
        RuleFor(c => c.Ticket.Details!).SetValidator(new IncidentDetailsValidator()).When(c => c.Ticket.Details is not null)
            .OverridePropertyName("incident_details");
    }

    private sealed class IncidentDetailsValidator : AbstractValidator<IncidentDetails>
    {
        public IncidentDetailsValidator()
        {
            RuleFor(d => d.Url).MaximumLength(2_000);
            RuleFor(d => d.StepsToReproduce).MaximumLength(TicketLimits.Text);
            RuleFor(d => d.ObservedBehaviour).MaximumLength(TicketLimits.Text);
            RuleFor(d => d.ExpectedBehaviour).MaximumLength(TicketLimits.Text);
            RuleFor(d => d.Conditions).MaximumLength(TicketLimits.Text);
            RuleFor(d => d.AffectedObjects).MaximumLength(TicketLimits.Text);
        }
    }
}
