using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearningSets.Features.GetLearningSet;

/// <summary>One set with its facilitator and members. HR, Admin, its facilitator and its members; anyone else gets 404 (checked by <see cref="SetReads"/>).</summary>
[AllowAnySignedInUser]
internal sealed record GetLearningSetQuery(Guid Id) : IQuery<LearningSetResponse>;
