using System.Globalization;
using Adoption.Portal.Domain.Value;
using Adoption.Portal.Web;

namespace Adoption.Portal.Tests.Value;

/// <summary>Sign-off and ROI rules shared by the customer portal and the CSM workspace.</summary>
public sealed class TheValueRules
{
    private static readonly DateTime Now = new(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void SignsEachSideOnceAndCountsOnlyWhenBothHaveSigned()
    {
        var entry = Entry(1000);

        Assert.Equal(SignOffOutcome.SignedOff, entry.SignOff(SignOffSide.Customer, "Anna Berg", Now));
        Assert.False(entry.FullySignedOff);
        Assert.Equal(SignOffOutcome.AlreadySignedOff, entry.SignOff(SignOffSide.Customer, "Dev Patel", Now.AddHours(1)));
        Assert.Equal(SignOffOutcome.SignedOff, entry.SignOff(SignOffSide.Vendor, "Maria Santos", Now));

        Assert.Equal(("Anna Berg", Now, "Maria Santos", Now), (entry.CustomerSignedOffBy, entry.CustomerSignedOffAt, entry.CsmSignedOffBy, entry.CsmSignedOffAt));
        Assert.True(entry.FullySignedOff);
    }

    [Fact]
    public void KeepsCustomersFromSigningInternalEntries()
    {
        var entry = Entry(1000, visible: false);

        Assert.Equal(SignOffOutcome.NotVisibleToCustomer, entry.SignOff(SignOffSide.Customer, "Anna Berg", Now));
        Assert.Null(entry.CustomerSignedOffAt);
        Assert.Equal(SignOffOutcome.SignedOff, entry.SignOff(SignOffSide.Vendor, "Maria Santos", Now));
    }

    [Fact]
    public void ComputesRoiFromAgreedVisibleValueOnly()
    {
        var agreed = new[] { Signed(Entry(84_000)), Signed(Entry(120_000)), Signed(Entry(150_000)) };
        var customerOnly = Entry(50_000);
        customerOnly.SignOff(SignOffSide.Customer, "Anna Berg", Now);
        // Agreed once, then made internal by the CSM: no longer part of what the customer is shown.
        var internalOne = Signed(Entry(99_000));
        internalOne.CustomerVisible = false;

        var roi = RoiStatement.For([.. agreed, customerOnly, Entry(7_000), internalOne], arr: 240_000, "EUR");

        Assert.Equal(354_000m, roi.AnnualValue);
        Assert.Equal(3, roi.EntryCount);
        Assert.Equal(1.48m, roi.Multiple);
        Assert.Equal(48m, roi.RoiPercent);
    }

    [Fact]
    public void HasNoRatioWithoutArr()
    {
        var roi = RoiStatement.For([Signed(Entry(1_000))], arr: 0, "USD");

        Assert.Null(roi.Multiple);
        Assert.Null(roi.RoiPercent);
    }

    [Theory]
    [InlineData("en", 204000, "EUR", "€204,000")]
    [InlineData("en", 72000, "USD", "$72,000")]
    [InlineData("fi", 204000, "EUR", "204\u00a0000 €")]
    [InlineData("it", 204000, "EUR", "204.000 €")]
    [InlineData("zh-Hans", 36000, "CNY", "¥36,000")]
    public void FormatsMoneyInTheReadersWayWithTheAccountsCurrency(string culture, int amount, string currency, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(expected, Money.Format(amount, currency));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static ValueEntry Entry(decimal annualValue, bool visible = true) =>
        new() { Outcome = "Outcome", AnnualValue = annualValue, CustomerVisible = visible, AchievedOn = new DateOnly(2026, 1, 1) };

    private static ValueEntry Signed(ValueEntry entry)
    {
        entry.SignOff(SignOffSide.Customer, "Anna Berg", Now);
        entry.SignOff(SignOffSide.Vendor, "Maria Santos", Now);
        return entry;
    }
}
