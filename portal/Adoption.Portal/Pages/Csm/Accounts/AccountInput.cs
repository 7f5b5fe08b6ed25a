namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>An account's facts as the CSM edits them, and as a CSV import line supplies them.</summary>
public sealed class AccountInput
{
    public string Name { get; set; } = "";
    /// <summary>The CRM's id, also the tracking API's <c>groupId</c>.</summary>
    public string? ExternalId { get; set; }
    public Segment Segment { get; set; }
    public decimal? Arr { get; set; }
    public string Currency { get; set; } = "EUR";
    public int? LicensedSeats { get; set; }
    public DateOnly? RenewalDate { get; set; }
    public LifecycleStage Stage { get; set; }
    public Coverage Coverage { get; set; }
    public string? CsmUserId { get; set; }
    public string Language { get; set; } = Locales.Default;
    public string TimeZone { get; set; } = "UTC";
    public int Version { get; set; }

    public static AccountInput From(Account a) => new()
    {
        Name = a.Name, ExternalId = a.ExternalId, Segment = a.Segment, Arr = a.Arr, Currency = a.Currency, LicensedSeats = a.LicensedSeats,
        RenewalDate = a.RenewalDate, Stage = a.Stage, Coverage = a.Coverage, CsmUserId = a.CsmUserId, Language = a.Language,
        TimeZone = a.TimeZone, Version = a.Version,
    };

    public void ApplyTo(Account a)
    {
        a.Name = Name.Trim();
        a.ExternalId = ExternalId.TrimmedOrNull();
        a.Segment = Segment;
        a.Arr = Arr ?? 0;
        a.Currency = Currency.Trim().ToUpperInvariant();
        a.LicensedSeats = LicensedSeats ?? 0;
        a.RenewalDate = RenewalDate!.Value;
        a.Stage = Stage;
        a.Coverage = Coverage;
        a.CsmUserId = string.IsNullOrEmpty(CsmUserId) ? null : CsmUserId;
        a.Language = Language;
        a.TimeZone = TimeZone.Trim();
    }

    public static bool IsTimeZone(string? zone) => !string.IsNullOrWhiteSpace(zone) && TimeZoneInfo.TryFindSystemTimeZoneById(zone.Trim(), out _);

    /// <summary>Field rules; that the external id is free and the CSM exists needs the database, so the callers check those.</summary>
    public sealed class Validator : AbstractValidator<AccountInput>
    {
        public Validator(IStringLocalizer<AccountInput> localizer)
        {
            RuleFor(i => i.Name).NotEmpty().WithMessage(_ => localizer["Enter the company's name."])
                .MaximumLength(200).WithMessage(_ => localizer["Keep the name under 200 characters."]);
            RuleFor(i => i.ExternalId).MaximumLength(200).WithMessage(_ => localizer["Keep the external id under 200 characters."]);
            RuleFor(i => i.Segment).IsInEnum().WithMessage(_ => localizer["Choose a segment."]);
            RuleFor(i => i.Arr).GreaterThanOrEqualTo(0).WithMessage(_ => localizer["ARR cannot be negative."])
                .LessThan(1_000_000_000_000m).WithMessage(_ => localizer["ARR is too large."]);
            RuleFor(i => i.Currency).Must(c => c is { Length: 3 } && c.All(char.IsAsciiLetter))
                .WithMessage(_ => localizer["Use a three-letter currency code such as EUR."]);
            RuleFor(i => i.LicensedSeats).InclusiveBetween(0, 10_000_000).WithMessage(_ => localizer["Seats must be between 0 and 10,000,000."]);
            RuleFor(i => i.RenewalDate).NotNull().WithMessage(_ => localizer["Enter the renewal date."]);
            RuleFor(i => i.Stage).IsInEnum().WithMessage(_ => localizer["Choose a lifecycle stage."]);
            RuleFor(i => i.Coverage).IsInEnum().WithMessage(_ => localizer["Choose a coverage."]);
            RuleFor(i => i.CsmUserId).NotEmpty().When(i => i.Coverage == Coverage.Named)
                .WithMessage(_ => localizer["A named-CSM account needs its CSM."]);
            RuleFor(i => i.Language).Must(Locales.IsSupported).WithMessage(_ => localizer["Choose one of the portal's languages."]);
            RuleFor(i => i.TimeZone).Must(IsTimeZone).WithMessage(_ => localizer["Use a time zone such as Europe/Helsinki."]);
        }
    }

    internal static string Invariant(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
