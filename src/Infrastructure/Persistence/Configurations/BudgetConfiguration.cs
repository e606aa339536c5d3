using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Domain.Billing;
using ServiceDesk.Domain.Organizations;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> budget)
    {
        budget.ToTable("Budgets");
        // One budget per organisation.
        budget.HasKey(b => b.OrganizationId);
        budget.HasOne<Organization>().WithOne().HasForeignKey<Budget>(b => b.OrganizationId);
        budget.Ignore(b => b.DomainEvents);
        budget.Property(b => b.CurrencyCode).HasMaxLength(3);
        budget.Property(b => b.Version).IsConcurrencyToken();
        budget.HasMany(b => b.TopUps).WithOne().HasForeignKey(t => t.OrganizationId);
        budget.Navigation(b => b.TopUps).HasField("_topUps").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class BudgetTopUpConfiguration : IEntityTypeConfiguration<BudgetTopUp>
{
    public void Configure(EntityTypeBuilder<BudgetTopUp> topUp)
    {
        topUp.ToTable("BudgetTopUps");
        topUp.HasKey(t => t.Id);
        topUp.Property(t => t.Id).ValueGeneratedNever();
        topUp.Property(t => t.Reference).HasMaxLength(200);
        // The balance at a month's end sums an organisation's top-ups recorded before it.
        topUp.HasIndex(t => new { t.OrganizationId, t.RecordedAt });
    }
}
