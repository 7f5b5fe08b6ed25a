namespace Adoption.Portal.Domain.Nps;

/// <summary>Where a promoter's invitation to be a reference stands.</summary>
public enum ReferenceStatus
{
    Invited,
    Accepted,
    Declined,
}

/// <summary>
/// A promoter's invitation to become a reference, made when they answer 9 or 10. The customer answers it in the
/// portal's NPS section; accepting (with consent to be named) moves the account towards the advocacy stage.
/// </summary>
public sealed class ReferenceInvitation
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int? ContactId { get; set; }
    public int NpsResponseId { get; set; }
    public Adoption.NpsResponse? Response { get; set; }
    public ReferenceStatus Status { get; set; }
    /// <summary>The person agreed to be named and contacted by prospects (recorded with the acceptance).</summary>
    public bool Consent { get; set; }
    public DateTime InvitedAt { get; set; }
    public DateTime? AnsweredAt { get; set; }
}

/// <summary>
/// "What we changed": a CSM's note about what the vendor did with feedback, linked to the answers it responds to.
/// The customers of those answers see it in the portal; a detractor who agreed to be contacted gets it by email.
/// </summary>
public sealed class ChangeNote
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public List<ChangeNoteLink> Links { get; set; } = [];
}

/// <summary>One answer a <see cref="ChangeNote"/> responds to; the account is copied so tenancy filters are simple.</summary>
public sealed class ChangeNoteLink
{
    public int ChangeNoteId { get; set; }
    public int NpsResponseId { get; set; }
    public int AccountId { get; set; }
    /// <summary>When the note was emailed to this answer's respondent (detractors who agreed to be contacted).</summary>
    public DateTime? EmailedAt { get; set; }
}
