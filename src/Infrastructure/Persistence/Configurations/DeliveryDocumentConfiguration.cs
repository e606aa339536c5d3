using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceDesk.Application.Deliveries;
using ServiceDesk.Domain.Deliveries;

namespace ServiceDesk.Infrastructure.Persistence.Configurations;

internal sealed class DeliveryDocumentConfiguration : IEntityTypeConfiguration<DeliveryDocument>
{
    public void Configure(EntityTypeBuilder<DeliveryDocument> document)
    {
        document.ToTable("DeliveryDocuments");
        document.HasKey(d => d.Id);
        document.Property(d => d.Id).ValueGeneratedNever();
        document.Property(d => d.Title).HasMaxLength(DeliveryLimits.Title);
        document.Property(d => d.Url).HasMaxLength(DeliveryLimits.Url);
        document.HasIndex(d => d.DeliveryId);
    }
}
