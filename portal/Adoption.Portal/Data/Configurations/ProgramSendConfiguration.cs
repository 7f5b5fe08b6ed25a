using Adoption.Portal.Domain.Email;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

internal sealed class ProgramSendConfiguration : IEntityTypeConfiguration<ProgramSend>
{
    public void Configure(EntityTypeBuilder<ProgramSend> b)
    {
        b.ToTable("EmailProgramSends");
        b.Property(s => s.Program).HasMaxLength(40);
        b.Property(s => s.Period).HasMaxLength(40);
        // The promise "never the same email twice": the database refuses a second row, whoever writes it.
        b.HasIndex(s => new { s.Program, s.ContactId, s.Period }).IsUnique();
        b.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<Contact>().WithMany().HasForeignKey(s => s.ContactId);
        b.HasOne(s => s.EmailMessage).WithMany().HasForeignKey(s => s.EmailMessageId).OnDelete(DeleteBehavior.NoAction);
    }
}
