namespace Adoption.Portal.Domain.Revenue;

public enum ArrSource
{
    /// <summary>The account's ARR when it was added.</summary>
    Opening = 0,
    /// <summary>A CSM recorded it on the account's revenue tab.</summary>
    Csm = 1,
    /// <summary>A closed renewal set the next term's ARR.</summary>
    Renewal = 2,
    /// <summary>Another system changed the account: the CRM import or the tracking API's group traits.</summary>
    Integration = 3,
}
