using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Deliveries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PatchVersion = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    HostingMode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    HasStagingSystem = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Milestone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    EstimatedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    StagingMaintenanceAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ProductionMaintenanceAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DownloadLocation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ReachedCustomerAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CreatedById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeliveryActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DeliveryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ActorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ActorKind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 6000, nullable: true),
                    From = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    To = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    TicketId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliveryActivities_Deliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "Deliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeliveryDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DeliveryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeliveryDocuments_Deliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "Deliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeliveryTickets",
                columns: table => new
                {
                    DeliveryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TicketId = table.Column<long>(type: "bigint", nullable: false),
                    Inclusion = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryTickets", x => new { x.DeliveryId, x.TicketId });
                    table.ForeignKey(
                        name: "FK_DeliveryTickets_Deliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "Deliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeliveryTickets_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_OrganizationId_Status_FixVersion",
                table: "Tickets",
                columns: new[] { "OrganizationId", "Status", "FixVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_CreatedAt_Id",
                table: "Deliveries",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_CreatedById_RequestId",
                table: "Deliveries",
                columns: new[] { "CreatedById", "RequestId" },
                unique: true,
                filter: "\"RequestId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_EstimatedDate",
                table: "Deliveries",
                column: "EstimatedDate");

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_OrganizationId_CreatedAt_Id",
                table: "Deliveries",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_Status_CreatedAt_Id",
                table: "Deliveries",
                columns: new[] { "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryActivities_DeliveryId_Sequence",
                table: "DeliveryActivities",
                columns: new[] { "DeliveryId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryDocuments_DeliveryId",
                table: "DeliveryDocuments",
                column: "DeliveryId");

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryTickets_TicketId",
                table: "DeliveryTickets",
                column: "TicketId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeliveryActivities");

            migrationBuilder.DropTable(
                name: "DeliveryDocuments");

            migrationBuilder.DropTable(
                name: "DeliveryTickets");

            migrationBuilder.DropTable(
                name: "Deliveries");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_OrganizationId_Status_FixVersion",
                table: "Tickets");
        }
    }
}
