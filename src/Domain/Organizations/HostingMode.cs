namespace ServiceDesk.Domain.Organizations;

public enum HostingMode
{
    CustomerHosted = 1,
    ThirdPartyHosted = 2,
    VendorHosted = 3,
}
