namespace WbL.SharedKernel.Errors;

/// <summary>The record does not exist or the caller may not know that it does (404).</summary>
public sealed class NotFoundException(string entity, object? id = null)
    : Exception(id is null ? $"{entity} was not found." : $"{entity} '{id}' was not found.")
{
    public string Entity { get; } = entity;
}

/// <summary>The caller's role does not allow this (403).</summary>
public sealed class ForbiddenException(string message = "You do not have permission to do this.") : Exception(message);

/// <summary>The record changed since the caller read it (409).</summary>
public sealed class ConcurrencyConflictException(string entity)
    : Exception($"{entity} was changed by someone else. Reload it and try again.")
{
    public string Entity { get; } = entity;
}

/// <summary>The caller could not be signed in (401).</summary>
public sealed class SignInFailedException() : Exception("E-mail or password is incorrect.");

/// <summary>The record is in a state that does not allow this action (409), e.g. cancelling a completed need.</summary>
public sealed class StateConflictException(string message) : Exception(message);

/// <summary>The request needs a signed-in caller and there is none (401).</summary>
public sealed class SignInRequiredException() : Exception("Sign in to do this.");

/// <summary>The request must say how long its body is before the server reads it (411).</summary>
public sealed class LengthRequiredException(string message) : Exception(message);

/// <summary>The request body is larger than the server takes for this resource (413).</summary>
public sealed class PayloadTooLargeException(string message) : Exception(message);

/// <summary>The request body is of a kind the server does not take here (415).</summary>
public sealed class UnsupportedMediaTypeException(string message) : Exception(message);
