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

    public List<ModuleCompletion> Completions { get; set; } = [];
}

public sealed class ModuleCompletion
{
    public int Id { get; set; }
    public int EnrolmentId { get; set; }
    public int ModuleId { get; set; }
    public DateTime CompletedAt { get; set; }
}
