namespace ServiceDesk.Domain.Accounts;

public enum Department
{
    Support = 1,
    Development = 2,
    TechnicalServices = 3,
    ManagedServices = 4,
    BusinessConsulting = 5,
    Deployment = 6,
    ProductManagement = 7,
    Sales = 8,
}
