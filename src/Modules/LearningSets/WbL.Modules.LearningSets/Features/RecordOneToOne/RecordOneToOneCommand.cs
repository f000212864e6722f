using Mediator;
using WbL.SharedKernel.Authorization;

namespace WbL.Modules.LearningSets.Features.RecordOneToOne;

/// <summary>
/// The facilitator or HR records a member's one-to-one (checked by <see cref="SetReads"/>). Version 0 records the first one;
/// after that, send the version you read.
/// </summary>
[AllowAnySignedInUser]
internal sealed record RecordOneToOneCommand(
    Guid SetId, Guid MemberId, DateOnly HeldOn, string DevelopmentProject, string ReframedProject, string Notes, int Version)
    : ICommand<OneToOneResponse>;
