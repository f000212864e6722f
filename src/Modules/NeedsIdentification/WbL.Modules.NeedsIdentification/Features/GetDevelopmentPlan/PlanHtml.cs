using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace WbL.Modules.NeedsIdentification.Features.GetDevelopmentPlan;

/// <summary>
/// The plan as a self-contained printable page. Every value is HTML-encoded and the page is
/// served with a policy that allows no scripts, so nothing a user typed can run in the browser.
/// </summary>
internal static class PlanHtml
{
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public static string Render(DevelopmentPlanResponse plan)
    {
        var html = new StringBuilder();
        var learner = Encode(plan.Learner.DisplayName);
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<title>Development plan – ").Append(learner).Append("</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}")
            .Append("h1{margin-bottom:.25rem}section{border-top:1px solid #ccc;padding:1rem 0;break-inside:avoid}")
            .Append("dl{display:grid;grid-template-columns:14rem 1fr;gap:.25rem 1rem}dt{font-weight:600}")
            .Append("table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee}")
            .Append("@media print{body{margin:0}}</style></head><body>")
            .Append("<h1>Development plan</h1><p><strong>").Append(learner).Append("</strong>");
        if (!string.IsNullOrEmpty(plan.Learner.JobTitle))
        {
            html.Append(", ").Append(Encode(plan.Learner.JobTitle));
        }
        html.Append("<br>Generated ").Append(Encode(plan.GeneratedAt.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))).Append("</p>");

        if (plan.Competencies.Count > 0)
        {
            html.Append("<section><h2>Competencies</h2><table><thead><tr><th>Competency</th><th>Acquired</th><th>From</th></tr></thead><tbody>");
            foreach (var competency in plan.Competencies)
            {
                var from = plan.Needs.FirstOrDefault(need => need.Id == competency.NeedId)?.Title ?? "";
                html.Append("<tr><td>").Append(Encode(competency.Tag))
                    .Append("</td><td>").Append(Encode(competency.AcquiredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                    .Append("</td><td>").Append(Encode(from)).Append("</td></tr>");
            }
            html.Append("</tbody></table></section>");
        }
        if (plan.Needs.Count == 0)
        {
            html.Append("<p>No development needs recorded yet.</p>");
        }
        foreach (var need in plan.Needs)
        {
            html.Append("<section><h2>").Append(Encode(need.Title)).Append("</h2><dl>");
            Row(html, "Status", Humanise(need.Status));
            Row(html, "Origin", Humanise(need.Origin) + (need.IsPrivate ? " (private)" : ""));
            Row(html, "Priority", need.Priority);
            Row(html, "Expected improvement", need.PerformanceImprovement);
            if (need.TargetRole is not null)
            {
                Row(html, "Career or succession link", need.TargetRole);
            }
            if (need.BusinessNeedTitle is not null)
            {
                Row(html, "Business need", need.BusinessNeedTitle);
            }
            if (need.FollowsNeedTitle is not null)
            {
                Row(html, "Second phase of", need.FollowsNeedTitle);
            }
            if (need.CompetencyTags.Count > 0)
            {
                Row(html, "Competencies", string.Join(", ", need.CompetencyTags));
            }
            if (need.CancelReason is not null)
            {
                Row(html, "Cancelled because", need.CancelReason);
            }
            html.Append("</dl><h3>Learning outcomes</h3><ol>");
            foreach (var outcome in need.LearningOutcomes)
            {
                html.Append("<li>").Append(Encode(outcome)).Append("</li>");
            }
            html.Append("</ol><h3>History</h3><table><thead><tr><th>Date</th><th>What happened</th><th>By</th></tr></thead><tbody>");
            foreach (var entry in need.History)
            {
                html.Append("<tr><td>").Append(Encode(entry.At.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                    .Append("</td><td>").Append(Encode(entry.Action + " → " + Humanise(entry.ToStatus) + (entry.Note is null ? "" : ": " + entry.Note)))
                    .Append("</td><td>").Append(Encode(entry.ByName)).Append("</td></tr>");
            }
            html.Append("</tbody></table></section>");
        }
        if (plan.HiddenPrivate > 0)
        {
            html.Append("<p>").Append(plan.HiddenPrivate.ToString(CultureInfo.InvariantCulture))
                .Append(" private aspiration(s) are not shown.</p>");
        }
        return html.Append("</body></html>").ToString();
    }

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<dt>").Append(Encode(label)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>");

    private static string Encode(string text) => Encoder.Encode(text);

    /// <summary>"SolutionSelected" → "Solution selected".</summary>
    internal static string Humanise(string code)
    {
        var words = new StringBuilder();
        foreach (var character in code)
        {
            if (char.IsUpper(character) && words.Length > 0)
            {
                words.Append(' ').Append(char.ToLowerInvariant(character));
            }
            else
            {
                words.Append(character);
            }
        }
        return words.ToString();
    }
}
