using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Vivus.Advisor.Bot.Validation;

public static class CaseIntakeServiceCollectionExtensions
{
    /// <summary>Binds <see cref="CaseIntakeOptions"/>, fails start-up on a bad loan-number pattern and registers the validator.</summary>
    public static IServiceCollection AddCaseIntakeOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CaseIntakeOptions>()
            .Bind(configuration.GetSection(CaseIntakeOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => LoanNumberValidator.IsValidPattern(o.LoanNumberPattern),
                $"{CaseIntakeOptions.SectionName}:{nameof(CaseIntakeOptions.LoanNumberPattern)} is not a valid regular expression.")
            .ValidateOnStart();
        services.AddSingleton<LoanNumberValidator>();
        return services;
    }
}
