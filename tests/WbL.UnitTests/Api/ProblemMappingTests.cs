using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using WbL.Api.Errors;
using WbL.SharedKernel.Errors;

namespace WbL.UnitTests.Api;

public sealed class ProblemMappingTests
{
    public static TheoryData<Exception, int> Refusals => new()
    {
        { new LengthRequiredException("Send a Content-Length."), StatusCodes.Status411LengthRequired },
        { new PayloadTooLargeException("At most 10 MB."), StatusCodes.Status413PayloadTooLarge },
        { new UnsupportedMediaTypeException("This kind of file cannot be attached."), StatusCodes.Status415UnsupportedMediaType },
        { new StateConflictException("Held."), StatusCodes.Status409Conflict },
        { new InvalidOperationException("Our own fault."), StatusCodes.Status500InternalServerError },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Each_refusal_becomes_a_problem_with_its_status(Exception exception, int status)
    {
        var problems = new CapturingProblemDetailsService();
        var handler = new ProblemExceptionHandler(problems, NullLogger<ProblemExceptionHandler>.Instance);
        var http = new DefaultHttpContext();

        Assert.True(await handler.TryHandleAsync(http, exception, CancellationToken.None));

        Assert.Equal(status, http.Response.StatusCode);
        Assert.Equal(status, problems.Written?.ProblemDetails.Status);
        // A client's mistake is explained; our own fault never is.
        Assert.Equal(status < 500 ? exception.Message : null, problems.Written?.ProblemDetails.Detail);
    }

    [Fact]
    public async Task A_refused_upload_says_why_in_its_title()
    {
        var problems = new CapturingProblemDetailsService();
        var handler = new ProblemExceptionHandler(problems, NullLogger<ProblemExceptionHandler>.Instance);

        await handler.TryHandleAsync(new DefaultHttpContext(), new UnsupportedMediaTypeException("Attach a PDF."), CancellationToken.None);

        Assert.Equal("This kind of file cannot be attached.", problems.Written?.ProblemDetails.Title);
    }

    private sealed class CapturingProblemDetailsService : IProblemDetailsService
    {
        public ProblemDetailsContext? Written { get; private set; }

        public ValueTask WriteAsync(ProblemDetailsContext context)
        {
            Written = context;
            return ValueTask.CompletedTask;
        }

        public ValueTask<bool> TryWriteAsync(ProblemDetailsContext context)
        {
            Written = context;
            return ValueTask.FromResult(true);
        }
    }
}
