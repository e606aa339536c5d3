using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Team = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Site = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Department = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Roles = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HostingMode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HasStagingSystem = table.Column<bool>(type: "INTEGER", nullable: false),
                    SalesContactEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    PersonalSupportContactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PartnerSystems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KeyPrefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerSystems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tickets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    YourReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Product = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SystemUnusable = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShareWith = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsConfidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FaultCategory = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FixVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DuplicateOfId = table.Column<long>(type: "INTEGER", nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponsibleTeam = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReporterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReporterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReporterKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Team = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ForwardedTo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReproducedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClarificationRequestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StatusBeforeClarification = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ConceptApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    IncidentAffectedObjects = table.Column<string>(type: "TEXT", nullable: true),
                    IncidentConditions = table.Column<string>(type: "TEXT", nullable: true),
                    IncidentExpectedBehaviour = table.Column<string>(type: "TEXT", nullable: true),
                    IncidentObservedBehaviour = table.Column<string>(type: "TEXT", nullable: true),
                    IncidentOccurredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IncidentStepsToReproduce = table.Column<string>(type: "TEXT", nullable: true),
                    IncidentUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tickets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TicketActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TicketId = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: true),
                    From = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsInternal = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TicketActivities_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TicketAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TicketId = table.Column<long>(type: "INTEGER", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    UploadedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsInternal = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TicketAttachments_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TicketParticipants",
                columns: table => new
                {
                    TicketId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketParticipants", x => new { x.TicketId, x.AccountId });
                    table.ForeignKey(
                        name: "FK_TicketParticipants_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Email",
                table: "Accounts",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Kind_OrganizationId_Email",
                table: "Accounts",
                columns: new[] { "Kind", "OrganizationId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_Name_Id",
                table: "Organizations",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerSystems_KeyPrefix",
                table: "PartnerSystems",
                column: "KeyPrefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerSystems_OrganizationId",
                table: "PartnerSystems",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_TicketActivities_TicketId_At",
                table: "TicketActivities",
                columns: new[] { "TicketId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketAttachments_TicketId",
                table: "TicketAttachments",
                column: "TicketId");

            migrationBuilder.CreateIndex(
                name: "IX_TicketParticipants_AccountId",
                table: "TicketParticipants",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_AssigneeId_Id",
                table: "Tickets",
                columns: new[] { "AssigneeId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_OrganizationId_Id",
                table: "Tickets",
                columns: new[] { "OrganizationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_RecordedById_RequestId",
                table: "Tickets",
                columns: new[] { "RecordedById", "RequestId" },
                unique: true,
                filter: "\"RequestId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_ReporterId_Id",
                table: "Tickets",
                columns: new[] { "ReporterId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_Status_Id",
                table: "Tickets",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_Type_Id",
                table: "Tickets",
                columns: new[] { "Type", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_UpdatedAt_Id",
                table: "Tickets",
                columns: new[] { "UpdatedAt", "Id" });

            // SQLite has no sequences: AUTOINCREMENT never hands a number out twice; seeded so the first ticket is 1000.
            migrationBuilder.Sql("""CREATE TABLE "TicketNumbers" ("Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT);""");
            migrationBuilder.Sql("""INSERT INTO sqlite_sequence (name, seq) VALUES ('TicketNumbers', 999);""");

            // Keyword search: an FTS5 index over the tickets' own rows (external content), kept in step by triggers.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "TicketSearch" USING fts5(
                    "Title", "Description", "YourReference", content = 'Tickets', content_rowid = 'Id');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Tickets_SearchInsert" AFTER INSERT ON "Tickets" BEGIN
                    INSERT INTO "TicketSearch" (rowid, "Title", "Description", "YourReference")
                    VALUES (new."Id", new."Title", new."Description", new."YourReference");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Tickets_SearchDelete" AFTER DELETE ON "Tickets" BEGIN
                    INSERT INTO "TicketSearch" ("TicketSearch", rowid, "Title", "Description", "YourReference")
                    VALUES ('delete', old."Id", old."Title", old."Description", old."YourReference");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Tickets_SearchUpdate" AFTER UPDATE OF "Title", "Description", "YourReference" ON "Tickets" BEGIN
                    INSERT INTO "TicketSearch" ("TicketSearch", rowid, "Title", "Description", "YourReference")
                    VALUES ('delete', old."Id", old."Title", old."Description", old."YourReference");
                    INSERT INTO "TicketSearch" (rowid, "Title", "Description", "YourReference")
                    VALUES (new."Id", new."Title", new."Description", new."YourReference");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "Tickets_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER "Tickets_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER "Tickets_SearchInsert";""");
            migrationBuilder.Sql("""DROP TABLE "TicketSearch";""");
            migrationBuilder.Sql("""DROP TABLE "TicketNumbers";""");

            migrationBuilder.DropTable(
                name: "Accounts");

            migrationBuilder.DropTable(
                name: "Organizations");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PartnerSystems");

            migrationBuilder.DropTable(
                name: "TicketActivities");

            migrationBuilder.DropTable(
                name: "TicketAttachments");

            migrationBuilder.DropTable(
                name: "TicketParticipants");

            migrationBuilder.DropTable(
                name: "Tickets");
        }
    }
}
