namespace Adoption.Portal.Pages.Customer.Value;

/// <summary>A customer admin signs off one value entry, as it was when they read it.</summary>
public sealed class SignOffInput
{
    public int EntryId { get; set; }
    public int Version { get; set; }

    public sealed class Validator : AbstractValidator<SignOffInput>
    {
        public Validator()
        {
            RuleFor(i => i.EntryId).GreaterThan(0);
            RuleFor(i => i.Version).GreaterThanOrEqualTo(0);
        }
    }
}
