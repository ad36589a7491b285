using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Tests.Infrastructure;
using Vivus.Advisor.Knowledge.Hours;

namespace Vivus.Advisor.Bot.Tests.Cases;

public sealed class HandoffPlannerTests
{
    private static readonly HotlineClock Clock = AppServices.Create(DateTimeOffset.UnixEpoch).Get<HotlineClock>();

    [Theory]
    [InlineData("2026-11-25T14:00", CaseTopic.Repayment, true, HandoffChannel.Phone)]
    [InlineData("2026-11-25T14:00", CaseTopic.Extension, false, HandoffChannel.Phone)]
    [InlineData("2026-11-25T14:00", CaseTopic.ApplicationStatus, false, HandoffChannel.Phone)]
    [InlineData("2026-11-25T14:00", CaseTopic.Technical, false, HandoffChannel.Email)]
    [InlineData("2026-11-25T14:00", CaseTopic.Complaint, false, HandoffChannel.Email)]
    [InlineData("2026-11-25T14:00", CaseTopic.DataChange, true, HandoffChannel.Phone)]
    [InlineData("2026-11-25T23:00", CaseTopic.Repayment, true, HandoffChannel.Email)]
    [InlineData("2026-11-26T07:30", CaseTopic.Repayment, true, HandoffChannel.Phone)]
    [InlineData("2026-11-26T06:30", CaseTopic.Repayment, true, HandoffChannel.Email)]
    [InlineData("2026-11-28T19:59", CaseTopic.Technical, true, HandoffChannel.Phone)]
    [InlineData("2026-11-28T20:00", CaseTopic.Technical, true, HandoffChannel.Email)]
    [InlineData("2026-11-29T12:00", CaseTopic.Repayment, true, HandoffChannel.Email)]
    [InlineData("2026-12-13T12:00", CaseTopic.Repayment, true, HandoffChannel.Phone)]
    [InlineData("2026-12-24T10:00", CaseTopic.Repayment, true, HandoffChannel.Email)]
    public void Urgent_or_complex_cases_go_to_an_open_or_opening_hotline_written_ones_to_e_mail(
        string localTime, CaseTopic topic, bool urgent, HandoffChannel expected)
    {
        var local = DateTime.Parse(localTime, System.Globalization.CultureInfo.InvariantCulture);
        var instant = Clock.Zone.ToInstant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));

        HandoffPlanner.Choose(new CaseFile { Topic = topic, Urgent = urgent }, Clock.At(instant)).Should().Be(expected);
    }

    [Theory]
    [InlineData(CaseTopic.ApplicationStatus, "12345", "Zapytanie o status pożyczki nr 12345")]
    [InlineData(CaseTopic.ApplicationStatus, null, "Zapytanie o status wniosku o pożyczkę")]
    [InlineData(CaseTopic.Extension, "12345", "Prośba o przedłużenie terminu spłaty pożyczki nr 12345")]
    [InlineData(CaseTopic.Complaint, "AB-99999", "Reklamacja dotycząca pożyczki nr AB-99999")]
    public void The_e_mail_subject_follows_the_contact_centres_style(CaseTopic topic, string? loan, string expected)
    {
        var draft = EmailDraft.For(new CaseFile { Topic = topic, LoanNumber = loan, Pesel = "90010112349", Description = "opis" }, "kontakt@vivus.pl");

        draft.Subject.Should().Be(expected);
        draft.Body.Should().Contain(EmailDraft.PeselPlaceholder).And.NotContain("90010112349");
        draft.MailtoUri.Should().StartWith("mailto:kontakt@vivus.pl?subject=").And.NotContain("90010112349");
    }
}
