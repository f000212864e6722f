using WbL.Api.Errors;
using WbL.Modules.SolutionSelection.Features.AddOption;
using WbL.Modules.SolutionSelection.Features.UpdateOption;

namespace WbL.UnitTests.SolutionSelection;

public sealed class OptionLearningSetValidationTests
{
    private static readonly Guid SetId = Guid.NewGuid();

    private static AddOptionCommand Add(string solutionType, Guid? learningSetId) =>
        new(Guid.NewGuid(), solutionType, "Join the tenant services set", null, null, null, null, null, null, null, null, null, null, null, learningSetId);

    private static UpdateOptionCommand Update(string solutionType, Guid? learningSetId) =>
        new(Guid.NewGuid(), solutionType, "Join the tenant services set", null, null, null, null, null, null, null, null, null, null, null, learningSetId, 2);

    private static List<string> FailingFields(AddOptionCommand command) =>
        new AddOptionValidator().Validate(command).Errors.Select(error => ProblemExceptionHandler.CamelCasePath(error.PropertyName)).ToList();

    private static List<string> FailingFields(UpdateOptionCommand command) =>
        new UpdateOptionValidator().Validate(command).Errors.Select(error => ProblemExceptionHandler.CamelCasePath(error.PropertyName)).ToList();

    [Theory]
    [InlineData("ActionLearningSet")]
    [InlineData("actionlearningset")]
    [InlineData(" ActionLearningSet ")]
    public void An_action_learning_set_option_may_name_a_set(string solutionType)
    {
        Assert.Empty(FailingFields(Add(solutionType, SetId)));
        Assert.Empty(FailingFields(Update(solutionType, SetId)));
    }

    [Theory]
    [InlineData("WorkShadowing")]
    [InlineData("ExternalTraining")]
    [InlineData("ActionLearning")]
    public void Another_type_naming_a_set_is_refused_on_the_set_field(string solutionType)
    {
        Assert.Equal(["learningSetId"], FailingFields(Add(solutionType, SetId)));
        Assert.Equal(["learningSetId"], FailingFields(Update(solutionType, SetId)));
    }

    [Fact]
    public void Any_type_may_leave_the_set_out_which_is_how_a_link_is_removed()
    {
        Assert.Empty(FailingFields(Add("WorkShadowing", null)));
        Assert.Empty(FailingFields(Update("WorkShadowing", null)));
        Assert.Empty(FailingFields(Update("ActionLearningSet", null)));
    }

    [Fact]
    public void The_refusal_says_how_to_put_it_right()
    {
        var error = Assert.Single(new UpdateOptionValidator().Validate(Update("WorkShadowing", SetId)).Errors);

        Assert.Contains("remove the set", error.ErrorMessage, StringComparison.Ordinal);
    }
}
