using ServiceDesk.Domain.Common;

namespace ServiceDesk.Domain.Billing;

public static class BillingErrors
{
    public static readonly DomainError DepartmentRequired = new(
        "work_log.department_required", "Only agents with a department log work.", ErrorKind.Forbidden);

    public static readonly DomainError PerformedInTheFuture = new(
        "work_log.performed_in_the_future", "Work is logged on the day it was performed, not in advance.", ErrorKind.Invalid, "performed_on");

    public static readonly DomainError TopUpInTheFuture = new(
        "budget.top_up_in_the_future", "A top-up is dated on or before today.", ErrorKind.Invalid, "date");

    public static readonly DomainError ReversalIsFinal = new(
        "work_log.reversal_is_final", "A reversal cannot itself be reversed; log the work again instead.");

    public static readonly DomainError AlreadyReversed = new(
        "work_log.already_reversed", "This entry was already reversed.");
}
