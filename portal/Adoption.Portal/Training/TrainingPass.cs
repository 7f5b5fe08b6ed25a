using Microsoft.Extensions.Options;

namespace Adoption.Portal.Training;

/// <summary>What one background pass did.</summary>
public sealed record TrainingPassResult(int Enrolled, int ExercisesVerified, int MilestonesCompleted);

/// <summary>
/// One pass of training's background work, in order: enrol people into assigned paths, complete
/// exercises from the rollups, then complete milestones tied to training. Runs on its own context and
/// connection, never on the ingestion writer. One pass at a time.
/// </summary>
public sealed class TrainingPass(IServiceScopeFactory scopes, TimeProvider clock, ILogger<TrainingPass> log) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<TrainingPassResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
            var now = clock.GetUtcNow().UtcDateTime;
            var result = new TrainingPassResult(
                await AutoEnroller.RunAsync(db, now, cancellationToken),
                await ExerciseVerifier.RunAsync(db, now, cancellationToken),
                await TrainingMilestones.RunAsync(db, now, cancellationToken));
            if (result != new TrainingPassResult(0, 0, 0))
            {
                log.LogInformation("Training pass: {Enrolled} enrolled by assignment, {Exercises} exercises verified by use, {Milestones} milestones completed.",
                    result.Enrolled, result.ExercisesVerified, result.MilestonesCompleted);
            }

            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}

/// <summary>Runs <see cref="TrainingPass"/> every <see cref="TrainingOptions.Interval"/> unless <c>Training:Background=false</c>.</summary>
internal sealed class TrainingWorker(TrainingPass pass, IOptions<TrainingOptions> options, ILogger<TrainingWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Background)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await pass.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A locked database or a racing edit: the next tick tries again.
                log.LogWarning(e, "Training pass failed; retrying at the next interval.");
            }
        }
    }
}

/// <summary>Section <c>Training</c>.</summary>
public sealed class TrainingOptions
{
    public const string Section = "Training";

    /// <summary>Run the pass in the background; false leaves it to callers (tests).</summary>
    public bool Background { get; set; } = true;

    /// <summary>How often exercises, assignments and training milestones are checked.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many days before a certificate expires its holder is reminded.</summary>
    public int ReminderDaysBeforeExpiry { get; set; } = 30;
}
