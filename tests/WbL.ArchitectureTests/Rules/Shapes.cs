using FluentValidation;
using Mediator;
using WbL.SharedKernel.Modules;

namespace WbL.ArchitectureTests.Rules;

/// <summary>Recognises the building blocks of a use case by what they implement, not by their names.</summary>
internal static class Shapes
{
    private static readonly Type[] RequestMarkers =
    [
        typeof(IBaseRequest), typeof(IBaseCommand), typeof(IBaseQuery),
        typeof(IBaseStreamRequest), typeof(IBaseStreamCommand), typeof(IBaseStreamQuery),
    ];

    private static readonly Type[] HandlerDefinitions =
    [
        typeof(IRequestHandler<>), typeof(IRequestHandler<,>),
        typeof(ICommandHandler<>), typeof(ICommandHandler<,>),
        typeof(IQueryHandler<,>),
        typeof(IStreamRequestHandler<,>), typeof(IStreamCommandHandler<,>), typeof(IStreamQueryHandler<,>),
    ];

    public static bool IsConcrete(Type type) => type is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false };

    /// <summary>A Mediator command, query or request (notifications are not requests).</summary>
    public static bool IsRequest(Type type) =>
        IsConcrete(type) && RequestMarkers.Any(marker => marker.IsAssignableFrom(type));

    public static bool IsHandler(Type type) => HandledRequests(type).Count > 0;

    /// <summary>The request types a handler handles (first type argument of each handler interface).</summary>
    public static IReadOnlyList<Type> HandledRequests(Type type) =>
        type.IsInterface
            ? []
            : type.GetInterfaces()
                .Where(candidate => candidate.IsGenericType && HandlerDefinitions.Contains(candidate.GetGenericTypeDefinition()))
                .Select(candidate => candidate.GetGenericArguments()[0])
                .Distinct()
                .ToList();

    public static bool IsValidator(Type type) => ValidatedType(type) is not null;

    /// <summary>The T of the AbstractValidator&lt;T&gt; a type derives from, or null.</summary>
    public static Type? ValidatedType(Type type)
    {
        if (type.IsInterface)
        {
            return null;
        }
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            {
                return current.GetGenericArguments()[0];
            }
        }
        return null;
    }

    public static bool IsEndpoint(Type type) => !type.IsInterface && typeof(IEndpoint).IsAssignableFrom(type);

    public static bool IsPublic(Type type) => type.IsPublic || type.IsNestedPublic;

    /// <summary>The name without a generic arity suffix ("PageHandler`1" → "PageHandler").</summary>
    public static string PlainName(Type type) => type.Name.Split('`')[0];
}
