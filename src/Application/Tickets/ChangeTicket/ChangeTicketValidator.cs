using FluentValidation;
using static ServiceDesk.Application.Common.InlineRules;

namespace ServiceDesk.Application.Tickets.ChangeTicket;

/// <summary>Shape checks of the changes that carry input; the workflow rules stay in the aggregate.</summary>
public sealed class ChangeTicketValidator : AbstractValidator<ChangeTicketCommand>
{
    public ChangeTicketValidator()
    {
        RuleFor(c => c.Change).SetInheritanceValidator(v =>
        {
            v.Add(Rules<Comment>(r => r.RuleFor(c => c.Text).NotEmpty().MaximumLength(TicketLimits.Text)));
            v.Add(Rules<RequestClarification>(r => r.RuleFor(c => c.Question).NotEmpty().MaximumLength(TicketLimits.Text)));
            v.Add(Rules<Reclassify>(r => r.RuleFor(c => c.Type).IsInEnum()));
            v.Add(Rules<SetPriority>(r =>
            {
                r.RuleFor(c => c.Priority).IsInEnum();
                r.RuleFor(c => c.FaultCategory).IsInEnum();
            }));
            v.Add(Rules<Forward>(r => r.RuleFor(c => c.Department).IsInEnum()));
            v.Add(Rules<SetFixVersion>(r => r.RuleFor(c => c.FixVersion).NotEmpty().MaximumLength(TicketLimits.FixVersion)));
            v.Add(Rules<Resolve>(r =>
            {
                r.RuleFor(c => c.Resolution).IsInEnum();
                r.RuleFor(c => c.Note).MaximumLength(TicketLimits.Text);
            }));
            v.Add(Rules<Reopen>(r => r.RuleFor(c => c.Reason).NotEmpty().MaximumLength(TicketLimits.Text)));
            v.Add(Rules<Withdraw>(r => r.RuleFor(c => c.Reason).MaximumLength(TicketLimits.Text)));
            v.Add(Rules<ProvideEstimation>(r => r.RuleFor(c => c.Estimation).MaximumLength(TicketLimits.Text)));
            v.Add(Rules<Edit>(r =>
            {
                r.RuleFor(c => c.Ticket.Title).NotEmpty().MaximumLength(TicketLimits.Title).When(c => c.Ticket.Title is not null);
                r.RuleFor(c => c.Ticket.Description).NotEmpty().MaximumLength(TicketLimits.Text).When(c => c.Ticket.Description is not null);
                r.RuleFor(c => c.Ticket.YourReference).MaximumLength(TicketLimits.ShortText);
                r.RuleFor(c => c.Ticket.Product).MaximumLength(TicketLimits.ShortText);
                r.RuleFor(c => c.Ticket.ShareWith).IsInEnum().When(c => c.Ticket.ShareWith is not null);
            }));
        });
    }
}
