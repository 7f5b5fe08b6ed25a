namespace Adoption.Portal.EmailPrograms;

public static class EmailProgramsExtensions
{
    /// <summary>
    /// The tech-touch email programs, their runner and the scheduler that runs due programs
    /// (section <c>EmailPrograms</c>; <c>Schedule=false</c> leaves them to the operator's command).
    /// </summary>
    public static void AddEmailPrograms(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailProgramOptions>().Bind(builder.Configuration.GetSection(EmailProgramOptions.Section));
        builder.Services.AddScoped<DigestFacts>();
        builder.Services.AddScoped<IEmailProgram, WeeklyDigest>();
        builder.Services.AddScoped<IEmailProgram, RenewalReminder>();
        builder.Services.AddScoped<IEmailProgram, TrainingSuggestion>();
        builder.Services.AddScoped<EmailProgramRunner>();
        builder.Services.AddHostedService<ProgramScheduler>();
    }

    /// <summary>Runs <c>programs …</c> when it is the command; true when it was (the caller exits).</summary>
    public static async Task<bool> RunEmailProgramsCommandAsync(this WebApplication app, string[] args)
    {
        if (args.FirstOrDefault(a => !a.StartsWith('-')) != "programs")
        {
            return false;
        }

        Environment.ExitCode = await ProgramsCommand.RunAsync(app.Services, args.SkipWhile(a => a != "programs").Skip(1).ToArray(), Console.Out);
        return true;
    }
}

/// <summary>How the scheduler runs the programs (section <c>EmailPrograms</c>).</summary>
public sealed class EmailProgramOptions
{
    public const string Section = "EmailPrograms";

    /// <summary>Run due programs in the background; false leaves them to <c>programs run</c>.</summary>
    public bool Schedule { get; set; } = true;

    /// <summary>When the scheduler looks for contacts whose local send time has come (a cron expression
    /// in UTC; each program's own send time is on the contact's clock).</summary>
    public string Cron { get; set; } = "*/15 * * * *";
}
