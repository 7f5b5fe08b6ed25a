namespace Adoption.Portal.Domain.Adoption;

/// <summary>An answer to "how likely are you to recommend us" (0-10) and its follow-up.</summary>
public sealed class NpsResponse
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int? ContactId { get; set; }
    public int Score { get; set; }
    public string? Comment { get; set; }
    public NpsChannel Channel { get; set; }
    public DateTime RespondedAt { get; set; }

    public bool IsPromoter => Score >= 9;
    public bool IsDetractor => Score <= 6;
}

public enum NpsChannel
{
    Portal = 0,
    InProduct = 1,
    Email = 2,
}
