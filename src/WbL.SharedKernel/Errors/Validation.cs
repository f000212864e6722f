using FluentValidation;
using FluentValidation.Results;

namespace WbL.SharedKernel.Errors;

/// <summary>Raises a validation failure for one field from a handler, where the rule needs the database.</summary>
public static class Validation
{
    public static ValidationException Fail(string field, string message) =>
        new([new ValidationFailure(field, message)]);
}
