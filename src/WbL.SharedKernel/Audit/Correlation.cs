using System.Diagnostics;

namespace WbL.SharedKernel.Audit;

/// <summary>
/// The id that ties an audit entry to the logs and traces of the work that wrote it: the W3C trace id of the current
/// activity (the HTTP request's, continued from a caller's <c>traceparent</c>), or of the background round.
/// </summary>
public static class Correlation
{
    public static string CurrentId =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.TraceId.ToHexString() : ActivityTraceId.CreateRandom().ToHexString();

    /// <summary>
    /// Starts an activity for background work, so that its entries share one correlation id. Inside a request (work handed
    /// on right after a commit) it continues the request's trace.
    /// </summary>
    public static Activity StartBackground(string operation)
    {
        var activity = new Activity(operation);
        activity.SetIdFormat(ActivityIdFormat.W3C);
        return activity.Start();
    }
}
