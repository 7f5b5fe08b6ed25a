using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Domain.Training;
using Adoption.Portal.Domain.Value;

namespace Adoption.Portal.Demo;

/// <summary>Writes one company's story: its people, plan, value, training, NPS and risks.
/// Progress follows the company's age and activity, so healthy and struggling accounts look it.</summary>
internal sealed partial class DemoStory(AdoptionDb db, DateTime now, PlanTemplate template, List<TrainingPath> library)
{
    private readonly DateOnly today = DateOnly.FromDateTime(now);

    public Account AddAccount(DemoAccounts.Company company, int index, string? csmUserId)
    {
        var account = new Account
        {
            Name = company.Name, ExternalId = $"acct-{index + 1:000}", Segment = company.Segment, Industry = company.Industry,
            Employees = company.Employees, LicensedSeats = company.Seats, Arr = company.Arr, Currency = company.Currency,
            Plan = company.Segment == Segment.Smb ? "Starter" : company.Segment == Segment.MidMarket ? "Business" : "Enterprise",
            Stage = company.Stage, RenewalDate = today.AddDays(company.RenewalInDays),
            Coverage = csmUserId is null ? Coverage.TechTouch : Coverage.Named, CsmUserId = csmUserId,
            CreatedAt = now.AddDays(-company.AgeInDays),
            // The account speaks its champion's language: its people's fallback where their own is not written.
            Language = company.People[0].Locale,
            Contacts = company.People.Select((p, i) => new Contact
            {
                Name = p.Name, Email = p.Email, Role = p.Role, Title = p.Title, Locale = p.Locale,
                TimeZone = p.Locale switch { "fi" => "Europe/Helsinki", "it" => "Europe/Rome", "zh-Hans" => "Asia/Shanghai", _ => "Europe/London" },
                ExternalId = $"user-{index + 1:000}-{i + 1:00}", CreatedAt = now.AddDays(-company.AgeInDays),
            }).ToList(),
        };
        db.Accounts.Add(account);
        return account;
    }

    public void AddSuccessStory(DemoAccounts.Company company, Account account, int index)
    {
        var random = new Random(1000 + index);
        // A plan is agreed in the first month; the newest account's CSM is still preparing it.
        if (company.AgeInDays >= 30)
        {
            AddPlan(company, account, random);
        }

        AddValue(company, account);
        AddTraining(company, account, random);
        AddNps(company, account, random);
        AddRisksAndSignals(company, account, index);
    }

    private void AddPlan(DemoAccounts.Company company, Account account, Random random)
    {
        // This year's plan: agreed at the start for a young account, at the last planning round (at
        // most 100 days ago) for an old one, so nothing on it is years overdue.
        var start = DateOnly.FromDateTime(account.CreatedAt) > today.AddDays(-PlanRoundDays) ? DateOnly.FromDateTime(account.CreatedAt) : today.AddDays(-PlanRoundDays);
        var plan = template.CreatePlan(account.Id, start, now).NamedFor(company.Name);
        var (baselines, targets) = (new[] { 0m, 60m, 25m }, new[] { (decimal)company.Seats * 0.8m, 15m, 5m });
        foreach (var (objective, i) in plan.Objectives.Select((o, i) => (o, i)))
        {
            var metric = objective.Metrics.Single();
            metric.Baseline = baselines[i];
            metric.Target = Math.Round(targets[i]);
            var progress = (decimal)Math.Clamp(company.Activity * company.AgeInDays / 150.0, 0, 1);
            metric.Current = Math.Round(metric.Baseline + ((metric.Target - metric.Baseline) * progress));
            if (i == 0)
            {
                // "Weekly active users" is read from the product's own usage, so plan and adoption page agree.
                metric.Source = MetricSource.WeeklyActivePeople;
                metric.Current = 0;
            }
            else
            {
                metric.UpdatedBy = account.Contacts[0].Name;
                metric.UpdatedAt = now.AddDays(-3 - i);
            }
            foreach (var milestone in objective.Milestones)
            {
                if (milestone.Title == "Build the operations dashboard")
                {
                    // Done by itself once three people have built or viewed dashboards.
                    milestone.AutoCompleteFeatureId = library.SelectMany(p => p.Modules).First(m => m.Title == "Build your first dashboard").KeyFeatureId;
                    milestone.AutoCompleteUserCount = 3;
                }

                var dueInPast = milestone.DueDate < today;
                milestone.Status = dueInPast && random.NextDouble() < company.Activity + 0.1 ? MilestoneStatus.Done
                    : dueInPast || milestone.DueDate < today.AddDays(14) ? MilestoneStatus.InProgress : MilestoneStatus.NotStarted;
                milestone.CompletedAt = milestone.Status == MilestoneStatus.Done ? milestone.DueDate!.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;
            }
        }

        plan.Objectives.Add(new Objective
        {
            Title = "Expansion: second region", Description = "Internal: sizing the upsell to the second region.", Order = 4, CustomerVisible = false,
            Milestones = [new Milestone { Title = "Qualify the second-region budget", Owner = OwnerSide.Vendor, DueDate = today.AddDays(30), CustomerVisible = false, Order = 1 }],
        });
        db.Plans.Add(plan);
    }

    private void AddValue(DemoAccounts.Company company, Account account)
    {
        if (company.AgeInDays < 120)
        {
            return;
        }

        var champion = account.Contacts.First(c => c.Role is ContactRole.Champion or ContactRole.Admin);
        // Signed-off value against the subscription follows the story: advocates and expanding
        // accounts earn more than they pay, the account at risk and the slow starters do not (yet).
        var multiple = ValueMultiple(company);
        db.ValueEntries.AddRange(
            Value(account, "Hours spent on weekly reporting", "hours/month", 60, 14, company.Arr * multiple * 0.4m, "Time sheets, Q1 vs Q3", Math.Min(150, company.AgeInDays - 10), champion.Name),
            Value(account, "Late deliveries", "per month", 25, 9, company.Arr * multiple * 0.6m, "Carrier SLA report", 90, champion.Name),
            Value(account, "Time to answer a customer's status question", "minutes", 20, 2, company.Arr * 0.2m, "Service desk sample of 200 tickets", 30, null));
    }

    /// <summary>How far back an old account's current plan was agreed.</summary>
    private const int PlanRoundDays = 100;

    private static decimal ValueMultiple(DemoAccounts.Company company) => company.Name switch
    {
        "Northwind Logistics" => 1.25m,
        "Contoso Retail" => 1.6m,
        "Woodgrove Finance" => 1.1m,
        "Sapori Toscani S.p.A." => 1.15m,
        "Studio Milano Design" => 1.2m,
        "Fabrikam Manufacturing" => 0.6m,
        _ => Math.Round((decimal)company.Activity * 1.4m, 2),
    };

    // The CSM writes an account's ledger with its people, in their language.
    private ValueEntry Value(Account account, string outcome, string unit, decimal before, decimal after, decimal annual, string evidence, int daysAgo, string? signedBy) => new()
    {
        AccountId = account.Id, Outcome = DemoLanguages.ForAccount(outcome, account.Language), Unit = DemoLanguages.ForAccount(unit, account.Language),
        Before = before, After = after, AnnualValue = Math.Round(annual, 0), Evidence = DemoLanguages.ForAccount(evidence, account.Language), AchievedOn = today.AddDays(-daysAgo),
        CustomerSignedOffBy = signedBy, CustomerSignedOffAt = signedBy is null ? null : now.AddDays(-daysAgo + 5),
        CsmSignedOffBy = signedBy is null ? null : "Maria Santos", CsmSignedOffAt = signedBy is null ? null : now.AddDays(-daysAgo + 3),
    };

    private void AddTraining(DemoAccounts.Company company, Account account, Random random)
    {
        if (company.Segment == Segment.Enterprise)
        {
            // Enterprise accounts get a path of their own, next to the shared library.
            db.TrainingPaths.Add(new TrainingPath
            {
                AccountId = account.Id, Title = $"{company.Name}: dispatcher playbook", Description = "Your own processes, on top of the product basics.",
                Modules =
                [
                    new() { Order = 1, Title = "Our exception-handling routine", Kind = ModuleKind.Doc, Url = "https://docs.adoption.example/playbooks/exceptions", Minutes = 15 },
                    new() { Order = 2, Title = "Walk-through with your CSM", Kind = ModuleKind.Video, Url = "https://docs.adoption.example/playbooks/walkthrough", Minutes = 30 },
                ],
            });
        }

        foreach (var contact in account.Contacts)
        {
            foreach (var path in library.Take(contact.Role == ContactRole.Admin ? 3 : 2))
            {
                var enrolment = new Enrolment { PathId = path.Id, AccountId = account.Id, ContactId = contact.Id, EnrolledAt = now.AddDays(-Math.Min(company.AgeInDays, 80)) };
                var done = path.Modules.Count(_ => random.NextDouble() < company.Activity);
                enrolment.Completions = path.Modules.OrderBy(m => m.Order).Take(done)
                    .Select((m, i) => new ModuleCompletion { ModuleId = m.Id, CompletedAt = enrolment.EnrolledAt.AddDays(3 + (i * 4)) }).ToList();
                if (done == path.Modules.Count)
                {
                    enrolment.CompletedAt = enrolment.Completions[^1].CompletedAt;
                    enrolment.CertificateCode = $"AD-{account.Id:000}-{contact.Id:0000}-{path.Id:00}";
                }

                db.Enrolments.Add(enrolment);
            }
        }
    }

    private void AddNps(DemoAccounts.Company company, Account account, Random random)
    {
        foreach (var contact in account.Contacts.Where((_, i) => i % 2 == 0))
        {
            var score = Math.Clamp((int)Math.Round((company.Activity * 10) + random.Next(-2, 2)), 0, 10);
            db.NpsResponses.Add(new NpsResponse
            {
                AccountId = account.Id, ContactId = contact.Id, Score = score, Channel = NpsChannel.InProduct,
                Comment = score >= 9 ? "Dashboards changed how we run the Monday meeting." : score <= 6 ? "Too slow to set up alerts; we still use spreadsheets." : "Good, but reporting could be simpler.",
                RespondedAt = now.AddDays(-random.Next(5, 80)),
            });
        }
    }

    private void AddRisksAndSignals(DemoAccounts.Company company, Account account, int index)
    {
        if (company.Activity < 0.4)
        {
            db.Risks.Add(new Risk { AccountId = account.Id, Category = RiskCategory.Implementation, Title = "Adoption stalled below 40% of seats", RaisedAt = now.AddDays(-12) });
        }

        if (company.Name.StartsWith("Fabrikam", StringComparison.Ordinal))
        {
            // At risk: the champion left, the sponsor is a detractor, two urgent tickets are open.
            var champion = account.Contacts.Single(c => c.Role == ContactRole.Champion);
            champion.LeftAt = now.AddDays(-9);
            db.Risks.Add(new Risk { AccountId = account.Id, Category = RiskCategory.Company, Title = $"Champion {champion.Name} has left", RaisedAt = now.AddDays(-9) });
            var sponsor = account.Contacts.Single(c => c.Role == ContactRole.ExecutiveSponsor);
            db.NpsResponses.Add(new NpsResponse
            {
                AccountId = account.Id, ContactId = sponsor.Id, Score = 2, Channel = NpsChannel.Email, RespondedAt = now.AddDays(-6),
                Comment = "Since Jack left nobody owns it here, and the line dashboards break after every update.",
            });
            db.SupportTickets.Add(new SupportTicket { AccountId = account.Id, Subject = "Line dashboards blank after the update", Priority = TicketPriority.Urgent, OpenedAt = now.AddDays(-4) });
        }

        if (company.Name.StartsWith("Contoso", StringComparison.Ordinal))
        {
            // The advocate: a promoter sponsor who agreed to a reference call.
            var sponsor = account.Contacts.Single(c => c.Role == ContactRole.ExecutiveSponsor);
            db.NpsResponses.Add(new NpsResponse
            {
                AccountId = account.Id, ContactId = sponsor.Id, Score = 10, Channel = NpsChannel.Portal, RespondedAt = now.AddDays(-12),
                Comment = "We now run every store's morning check from one screen. Happy to be a reference.",
            });
        }

        // Recent trouble at two of Maria's accounts, so her Today list has something to act on.
        if (company.Name.StartsWith("Sapori", StringComparison.Ordinal))
        {
            db.SupportTickets.Add(new SupportTicket { AccountId = account.Id, Subject = "Label printing fails after the last update", Priority = TicketPriority.High, OpenedAt = now.AddDays(-2) });
        }

        if (company.Name.StartsWith("Baltic", StringComparison.Ordinal))
        {
            var user = account.Contacts.Single(c => c.Role == ContactRole.User);
            db.NpsResponses.Add(new NpsResponse
            {
                AccountId = account.Id, ContactId = user.Id, Score = 4, Channel = NpsChannel.Email, RespondedAt = now.AddDays(-3),
                Comment = "Setting up a report for each vessel takes far too long.",
            });
        }

        var tickets = (int)Math.Round((1 - company.Activity) * 6);
        for (var t = 0; t < tickets; t++)
        {
            db.SupportTickets.Add(new SupportTicket
            {
                AccountId = account.Id, Subject = t % 2 == 0 ? "Alert emails arrive late" : "ERP sync fails overnight",
                Priority = t == 0 && company.Activity < 0.3 ? TicketPriority.Urgent : TicketPriority.Normal,
                OpenedAt = now.AddDays(-3 - (t * 5)), ClosedAt = t % 3 == 2 ? now.AddDays(-1 - (t * 5)) : null,
            });
        }

        if (account.CsmUserId is not null && index % 3 != 2)
        {
            db.Touchpoints.Add(new Touchpoint { AccountId = account.Id, Kind = TouchpointKind.Meeting, Summary = "Monthly check-in", UserId = account.CsmUserId, OccurredAt = now.AddDays(-10 - index) });
            db.CsmNotes.Add(new CsmNote { AccountId = account.Id, AuthorUserId = account.CsmUserId, Body = "Sponsor wants a value recap before budget season.", CreatedAt = now.AddDays(-20) });
        }
    }
}
