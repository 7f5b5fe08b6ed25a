using Adoption.Portal.AccessLinks;

namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>A person at an account as the CSM edits them, and as a CSV import line supplies them.</summary>
public sealed class ContactInput
{
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    /// <summary>The host product's <c>userId</c> for the person.</summary>
    public string? ExternalId { get; set; }
    public ContactRole Role { get; set; }
    public string? Title { get; set; }
    public string Locale { get; set; } = Locales.Default;
    public string TimeZone { get; set; } = "UTC";
    public int Version { get; set; }

    public static ContactInput From(Contact c) => new()
    {
        Name = c.Name, Email = c.Email, ExternalId = c.ExternalId, Role = c.Role, Title = c.Title, Locale = c.Locale, TimeZone = c.TimeZone, Version = c.Version,
    };

    public void ApplyTo(Contact c)
    {
        c.Name = Name.Trim();
        if (!string.Equals(c.Email, Email.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            // The bounce belonged to the old address: a corrected one lets the bounce risk close.
            c.EmailBouncedAt = null;
        }

        c.Email = Email.Trim();
        c.ExternalId = ExternalId.TrimmedOrNull();
        c.Role = Role;
        c.Title = Title.TrimmedOrNull();
        c.Locale = Locale;
        c.TimeZone = TimeZone.Trim();
    }

    public sealed class Validator : AbstractValidator<ContactInput>
    {
        public Validator(IStringLocalizer<ContactInput> localizer)
        {
            RuleFor(i => i.Name).NotEmpty().WithMessage(_ => localizer["Enter the person's name."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the name under 200 characters."]);
            RuleFor(i => i.Email).Must(StaffUsers.IsEmail).WithMessage(_ => localizer["Enter an email address like name@example.com."]);
            RuleFor(i => i.ExternalId).MaximumLength(200).WithMessage(_ => localizer["Keep the external id under 200 characters."]);
            RuleFor(i => i.Title).MaximumLength(200).WithMessage(_ => localizer["Keep the title under 200 characters."]);
            RuleFor(i => i.Role).IsInEnum().WithMessage(_ => localizer["Choose one of the roles in the list."]);
            RuleFor(i => i.Locale).Must(Locales.IsSupported).WithMessage(_ => localizer["Choose one of the portal's languages."]);
            RuleFor(i => i.TimeZone).Must(AccountInput.IsTimeZone).WithMessage(_ => localizer["Use a time zone such as Europe/Helsinki."]);
        }
    }
}
