using FluentValidation;
using FluentValidation.Results;
using WbL.Api.Errors;

namespace WbL.UnitTests.Api;

public sealed class FieldErrorTests
{
    [Fact]
    public void Field_errors_use_the_clients_camel_case_names_with_list_indexes()
    {
        var exception = new ValidationException(
        [
            new ValidationFailure("ParentId", "A department or team needs a parent unit."),
            new ValidationFailure("Roles[1]", "Roles may be HR, Admin, Facilitator."),
            new ValidationFailure("Address.PostCode", "Enter a post code."),
        ]);

        var errors = ProblemExceptionHandler.FieldErrors(exception);

        Assert.Equal(["address.postCode", "parentId", "roles[1]"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Several_failures_of_one_field_are_listed_once_each()
    {
        var exception = new ValidationException(
        [
            new ValidationFailure("Name", "Name is required."),
            new ValidationFailure("Name", "Name is required."),
            new ValidationFailure("Name", "Name must be at most 200 characters."),
        ]);

        var errors = ProblemExceptionHandler.FieldErrors(exception);

        Assert.Equal(["Name is required.", "Name must be at most 200 characters."], errors["name"]);
    }
}
