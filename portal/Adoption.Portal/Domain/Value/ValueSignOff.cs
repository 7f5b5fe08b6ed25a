namespace Adoption.Portal.Domain.Value;

internal enum SignOffSide
{
    /// <summary>A customer admin signs for the account.</summary>
    Customer = 0,
    /// <summary>The account's CSM signs for the vendor.</summary>
    Vendor = 1,
}

internal enum SignOffOutcome
{
    SignedOff = 0,
    AlreadySignedOff = 1,
    /// <summary>Internal entries are the vendor's draft; the customer cannot see, let alone sign, them.</summary>
    NotVisibleToCustomer = 2,
}

/// <summary>
/// The one rule for signing off value, used by the customer portal and the CSM workspace alike: each
/// side signs once, by name, and an entry counts as agreed (for ROI and the business review) only
/// when both sides have signed. Who may sign for each side (a customer admin; the CSM) is the
/// caller's authorisation check.
/// </summary>
internal static class ValueSignOff
{
    public static SignOffOutcome SignOff(this ValueEntry entry, SignOffSide side, string signerName, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signerName);
        if (side == SignOffSide.Customer && !entry.CustomerVisible)
        {
            return SignOffOutcome.NotVisibleToCustomer;
        }

        if (entry.IsSignedOffBy(side))
        {
            return SignOffOutcome.AlreadySignedOff;
        }

        if (side == SignOffSide.Customer)
        {
            (entry.CustomerSignedOffBy, entry.CustomerSignedOffAt) = (signerName, now);
        }
        else
        {
            (entry.CsmSignedOffBy, entry.CsmSignedOffAt) = (signerName, now);
        }

        return SignOffOutcome.SignedOff;
    }

    public static bool IsSignedOffBy(this ValueEntry entry, SignOffSide side) =>
        (side == SignOffSide.Customer ? entry.CustomerSignedOffAt : entry.CsmSignedOffAt) is not null;

    /// <summary>An entry a customer admin still has to sign: visible to the customer, not yet signed by them.</summary>
    public static bool AwaitsCustomerSignOff(this ValueEntry entry) => entry.CustomerVisible && entry.CustomerSignedOffAt is null;
}
