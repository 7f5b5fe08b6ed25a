namespace Adoption.Portal.Domain.Training;

/// <summary>A contact taking a path; completion earns a certificate.</summary>
public sealed class Enrolment
{
    public int Id { get; set; }
    public int PathId { get; set; }
    public TrainingPath? Path { get; set; }
    public int AccountId { get; set; }
    public int ContactId { get; set; }
    public DateTime EnrolledAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    /// <summary>Printed on the certificate and checkable by anyone who has it.</summary>
    public string? CertificateCode { get; set; }
    /// <summary>How the person came to the path: by choice, by an assignment, from a suggestion.</summary>
    public EnrolmentSource Source { get; set; }

    public List<ModuleCompletion> Completions { get; set; } = [];
}

public sealed class ModuleCompletion
{
    public int Id { get; set; }
    public int EnrolmentId { get; set; }
    public int ModuleId { get; set; }
    public DateTime CompletedAt { get; set; }
    /// <summary>Set for an exercise verified by use: the (UTC) day the person used the feature in the product.</summary>
    public DateOnly? UsedOn { get; set; }
}

public enum EnrolmentSource
{
    Self = 0,
    /// <summary>A path assigned to the person's role or the account's lifecycle stage.</summary>
    Assigned = 1,
    /// <summary>One click on an unused feature's suggestion.</summary>
    Suggested = 2,
}
