namespace Adoption.Portal.Training;

public static class TrainingExtensions
{
    /// <summary>Training's background pass (section <c>Training</c>) and its email programs.</summary>
    public static void AddTraining(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<TrainingOptions>(builder.Configuration.GetSection("Training"));
        builder.Services.AddSingleton<TrainingPass>();
        builder.Services.AddHostedService<TrainingWorker>();
        builder.Services.AddScoped<EmailPrograms.IEmailProgram, CertificateExpiryReminder>();
        builder.Services.AddScoped<EmailPrograms.IEmailProgram, TrainingCongratulation>();
    }
}
