namespace WbL.IntegrationTests.Security;

/// <summary>
/// The expected answer of every operation that names a record, for each actor around one learner (see
/// <see cref="SecurityWorld"/>). Unsafe operations are sent an empty JSON object: an actor who may act is refused by
/// validation (400) or by the record's state (409), one who may not gets 404 (not theirs) or 403 (theirs to read, not to
/// do). "-" is not sent: an operation without a body would succeed and change the world the other cases share; its
/// success is covered by the module's own tests.
/// </summary>
internal static class AccessMatrix
{
    public const int NotSent = 0;

    public static Dictionary<Actor, int> Parse(string entry) =>
        entry.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(pair => Enum.Parse<Actor>(pair[0]), pair => pair[1] == "-" ? NotSent : int.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture));

    // Where every actor gets 400 the access check runs in the handler, after validation: an empty body does not reach
    // it, so those rows show only that bad input is refused and changes nothing.
    public static readonly Dictionary<string, string> Expected = new()
    {
        ["POST /api/learning-sets/{id}/members"] = "Learner=400 Manager=400 ManagerAbove=400 OtherTeamManager=400 OtherTeamLearner=400 Hr=400 Admin=400 Mentor=400",
        ["PUT /api/programme-review-responses/{id}"] = "Learner=400 Manager=400 ManagerAbove=400 OtherTeamManager=400 OtherTeamLearner=400 Hr=400 Admin=400 Mentor=400",
        ["GET /api/programme-review-responses/{id}"] = "Learner=200 Manager=404 ManagerAbove=404 OtherTeamManager=404 OtherTeamLearner=404 Hr=404 Admin=404 Mentor=404",
        ["POST /api/learning-sets/{id}/meetings"] = "Learner=400 Manager=400 ManagerAbove=400 OtherTeamManager=400 OtherTeamLearner=400 Hr=400 Admin=400 Mentor=400",
        ["GET /api/learning-sets/{id}/meetings"] = "Learner=200 Manager=404 ManagerAbove=404 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=404",
        ["GET /api/learning-sets/{id}"] = "Learner=200 Manager=404 ManagerAbove=404 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=404",
        ["PUT /api/learning-sets/{id}"] = "Learner=400 Manager=400 ManagerAbove=400 OtherTeamManager=400 OtherTeamLearner=400 Hr=400 Admin=400 Mentor=400",
        ["GET /api/meetings/{id}"] = "Learner=200 Manager=404 ManagerAbove=404 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=404",
        ["PUT /api/meetings/{id}"] = "Learner=400 Manager=400 ManagerAbove=400 OtherTeamManager=400 OtherTeamLearner=400 Hr=400 Admin=400 Mentor=400",
        ["GET /api/learning-sets/{id}/programme-review"] = "Learner=403 Manager=404 ManagerAbove=404 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=404",
        ["POST /api/learning-sets/{id}/programme-review"] = "Learner=- Manager=- ManagerAbove=404 OtherTeamManager=404 OtherTeamLearner=404 Hr=409 Admin=403 Mentor=404",
        ["GET /api/learning-sets/{id}/one-to-ones"] = "Learner=200 Manager=404 ManagerAbove=404 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=404",
        ["PUT /api/learning-sets/{id}/members/{personId}/one-to-one"] = "Learner=400 Manager=400 ManagerAbove=400 OtherTeamManager=400 OtherTeamLearner=400 Hr=400 Admin=400 Mentor=400",
        ["GET /api/calendar/{token}.ics"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=200 OtherTeamLearner=200 Hr=200 Admin=200 Mentor=200",
        ["GET /api/contracts/{id}/impact-review"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=200",
        ["GET /api/impact-reviews/{id}"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=200",
        ["PUT /api/impact-reviews/{id}"] = "Learner=400 Manager=400 ManagerAbove=400 OtherTeamManager=404 OtherTeamLearner=404 Hr=400 Admin=400 Mentor=400",
        ["POST /api/impact-reviews/{id}/second-phase"] = "Learner=403 Manager=400 ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=403",
        ["GET /api/people/{id}/team/dashboard"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=404",
        ["POST /api/contracts/{id}/amend"] = "Learner=403 Manager=400 ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=403",
        ["POST /api/contracts/{id}/complete"] = "Learner=403 Manager=400 ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=403",
        ["GET /api/contracts/{id}"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=200",
        ["PUT /api/contracts/{id}"] = "Learner=400 Manager=400 ManagerAbove=400 OtherTeamManager=400 OtherTeamLearner=400 Hr=400 Admin=400 Mentor=400",
        ["GET /api/contracts/{id}/versions"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=200",
        ["POST /api/contracts/{id}/propose"] = "Learner=403 Manager=400 ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=403",
        ["POST /api/contracts/{id}/request-changes"] = "Learner=400 Manager=403 ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=403",
        ["POST /api/contracts/{id}/sign"] = "Learner=400 Manager=400 ManagerAbove=400 OtherTeamManager=404 OtherTeamLearner=404 Hr=400 Admin=400 Mentor=400",
        ["POST /api/contracts/{id}/withdraw"] = "Learner=403 Manager=400 ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=403",
        ["POST /api/development-needs/{id}/cancel"] = "Learner=400 Manager=400 ManagerAbove=400 OtherTeamManager=404 OtherTeamLearner=404 Hr=400 Admin=400 Mentor=404",
        ["PUT /api/discussions/{id}/learner-comment"] = "Learner=400 Manager=403 ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=404",
        ["POST /api/development-needs/{id}/confirm"] = "Learner=403 Manager=400 ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=404",
        ["GET /api/business-needs/{id}"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=404",
        ["PUT /api/business-needs/{id}"] = "Learner=400 Manager=400 ManagerAbove=400 OtherTeamManager=400 OtherTeamLearner=400 Hr=400 Admin=400 Mentor=400",
        ["GET /api/development-needs/{id}"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=404",
        ["PUT /api/development-needs/{id}"] = "Learner=400 Manager=400 ManagerAbove=400 OtherTeamManager=404 OtherTeamLearner=404 Hr=400 Admin=400 Mentor=404",
        ["GET /api/people/{id}/plan"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=404",
        ["GET /api/people/{id}/plan/export"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=404",
        ["GET /api/discussions/{id}"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=404",
        ["PUT /api/discussions/{id}"] = "Learner=403 Manager=400 ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=404",
        ["POST /api/me/notifications/{id}/read"] = "Learner=- Manager=- ManagerAbove=404 OtherTeamManager=404 OtherTeamLearner=404 Hr=404 Admin=404 Mentor=404",
        ["GET /api/org-units/{id}"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=200 OtherTeamLearner=200 Hr=200 Admin=200 Mentor=200",
        ["PUT /api/org-units/{id}"] = "Learner=403 Manager=403 ManagerAbove=403 OtherTeamManager=403 OtherTeamLearner=403 Hr=403 Admin=400 Mentor=403",
        ["GET /api/people/{id}"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=200 OtherTeamLearner=200 Hr=200 Admin=200 Mentor=200",
        ["PUT /api/people/{id}"] = "Learner=403 Manager=403 ManagerAbove=403 OtherTeamManager=403 OtherTeamLearner=403 Hr=403 Admin=400 Mentor=403",
        ["GET /api/people/{id}/team"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=404",
        ["POST /api/progress-reviews/{id}/mentoring-notes"] = "Learner=400 Manager=400 ManagerAbove=400 OtherTeamManager=404 OtherTeamLearner=404 Hr=400 Admin=400 Mentor=400",
        ["DELETE /api/evidence-files/{id}"] = "Learner=- Manager=- ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=403",
        ["GET /api/evidence-files/{id}"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=200",
        ["GET /api/ideas/{id}"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=200",
        ["GET /api/progress-reviews/{id}"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=200",
        ["PUT /api/progress-reviews/{id}"] = "Learner=400 Manager=400 ManagerAbove=400 OtherTeamManager=404 OtherTeamLearner=404 Hr=400 Admin=400 Mentor=400",
        ["GET /api/contracts/{id}/ideas"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=200",
        ["POST /api/contracts/{id}/ideas"] = "Learner=400 Manager=403 ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=403",
        ["GET /api/contracts/{id}/progress-reviews"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=200",
        ["POST /api/ideas/{id}/response"] = "Learner=403 Manager=400 ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=403",
        ["POST /api/progress-reviews/{id}/evidence"] = "Learner=400 Manager=400 ManagerAbove=400 OtherTeamManager=400 OtherTeamLearner=400 Hr=400 Admin=400 Mentor=400",
        ["GET /api/reports/{name}"] = "Learner=403 Manager=403 ManagerAbove=403 OtherTeamManager=403 OtherTeamLearner=403 Hr=200 Admin=200 Mentor=403",
        ["POST /api/development-needs/{id}/options"] = "Learner=403 Manager=400 ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=404",
        ["GET /api/development-needs/{id}/options"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=404",
        ["POST /api/advice-requests/{id}/recommendations/{offeringId}/option"] = "Learner=- Manager=- ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=404",
        ["POST /api/advice-requests/{id}/response"] = "Learner=403 Manager=403 ManagerAbove=403 OtherTeamManager=403 OtherTeamLearner=403 Hr=400 Admin=403 Mentor=403",
        ["POST /api/providers/{id}/offerings"] = "Learner=403 Manager=403 ManagerAbove=403 OtherTeamManager=403 OtherTeamLearner=403 Hr=400 Admin=403 Mentor=403",
        ["GET /api/providers/{id}/offerings"] = "Learner=403 Manager=200 ManagerAbove=200 OtherTeamManager=200 OtherTeamLearner=403 Hr=200 Admin=200 Mentor=403",
        ["POST /api/corporate-programmes/{id}/enrolments"] = "Learner=403 Manager=403 ManagerAbove=403 OtherTeamManager=403 OtherTeamLearner=403 Hr=400 Admin=403 Mentor=403",
        ["GET /api/advice-requests/{id}"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=404",
        ["GET /api/offerings/{id}"] = "Learner=403 Manager=200 ManagerAbove=200 OtherTeamManager=200 OtherTeamLearner=403 Hr=200 Admin=200 Mentor=403",
        ["PUT /api/offerings/{id}"] = "Learner=403 Manager=403 ManagerAbove=403 OtherTeamManager=403 OtherTeamLearner=403 Hr=400 Admin=403 Mentor=403",
        ["GET /api/solution-options/{id}"] = "Learner=200 Manager=200 ManagerAbove=200 OtherTeamManager=404 OtherTeamLearner=404 Hr=200 Admin=200 Mentor=404",
        ["PUT /api/solution-options/{id}"] = "Learner=403 Manager=400 ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=404",
        ["GET /api/corporate-programmes/{id}"] = "Learner=403 Manager=200 ManagerAbove=200 OtherTeamManager=200 OtherTeamLearner=403 Hr=200 Admin=200 Mentor=403",
        ["PUT /api/corporate-programmes/{id}"] = "Learner=403 Manager=403 ManagerAbove=403 OtherTeamManager=403 OtherTeamLearner=403 Hr=400 Admin=403 Mentor=403",
        ["GET /api/providers/{id}"] = "Learner=403 Manager=200 ManagerAbove=200 OtherTeamManager=200 OtherTeamLearner=403 Hr=200 Admin=200 Mentor=403",
        ["PUT /api/providers/{id}"] = "Learner=403 Manager=403 ManagerAbove=403 OtherTeamManager=403 OtherTeamLearner=403 Hr=400 Admin=403 Mentor=403",
        ["POST /api/solution-options/{id}/reject"] = "Learner=403 Manager=400 ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=404",
        ["POST /api/solution-options/{id}/select"] = "Learner=403 Manager=400 ManagerAbove=403 OtherTeamManager=404 OtherTeamLearner=404 Hr=403 Admin=403 Mentor=404",
        ["PUT /api/solution-types/{code}"] = "Learner=403 Manager=403 ManagerAbove=403 OtherTeamManager=403 OtherTeamLearner=403 Hr=400 Admin=403 Mentor=403",
    };
}
