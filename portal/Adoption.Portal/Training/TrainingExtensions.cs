namespace Adoption.Portal.Training;

public static class TrainingExtensions
{
    /// <summary>Training's background pass (section <c>Training</c>) and its email programs.</summary>
    public static void AddTraining(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TrainingOptions>().Bind(builder.Configuration.GetSection(TrainingOptions.Section));
        builder.Services.AddSingleton<TrainingPass>();
        builder.Services.AddHostedService<TrainingWorker>();
        builder.Services.AddScoped<EmailPrograms.IEmailProgram, CertificateExpiryReminder>();
        builder.Services.AddScoped<EmailPrograms.IEmailProgram, TrainingCongratulation>();
    }
}
