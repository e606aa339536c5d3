namespace ServiceDesk.Domain.Tickets;

public enum Priority
{
    Critical1 = 1,
    Critical2 = 2,
    Major = 3,
    Minor = 4,
}

public enum FaultCategory
{
    SystemAvailability = 1,
    SoftwareUsability = 2,
}

/// <summary>The matrix of SPEC section 6: which category and priority fit which defect type.</summary>
public static class PriorityMatrix
{
    public static bool Allows(TicketType type, FaultCategory category, Priority priority) => (category, priority) switch
    {
        (FaultCategory.SystemAvailability, Priority.Critical1) => type is TicketType.NonSoftwareDefect,
        (FaultCategory.SoftwareUsability, Priority.Critical2 or Priority.Major or Priority.Minor) => type.IsDefect(),
        _ => false,
    };
}
