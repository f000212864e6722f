using Microsoft.AspNetCore.Http;

namespace WbL.Modules.ProgressReviews.Evidence;

/// <summary>
/// The upload as the database reads it: the first block, already read and checked, then the rest
/// of the request body. The body must be exactly as long as its Content-Length said, since that is
/// the size the row was made for; a shorter or longer body fails the read, and so the transaction.
/// </summary>
internal sealed class DeclaredLengthStream(ReadOnlyMemory<byte> firstBlock, Stream rest, long declaredLength) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => declaredLength;

    /// <summary>Why the body was refused, for a caller whose database client wraps what the stream threw.</summary>
    public BadHttpRequestException? Failure { get; private set; }

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    /// <summary>Reads the first block of a body: as many bytes as <paramref name="buffer"/> holds, fewer only at its end.</summary>
    public static async Task<int> ReadBlockAsync(Stream body, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await body.ReadAsync(buffer[filled..], cancellationToken);
            if (read == 0)
            {
                break;
            }
            filled += read;
        }
        return filled;
    }

    public static BadHttpRequestException ShorterThanDeclared() =>
        new("The request body ended before the length its Content-Length header gave.", StatusCodes.Status400BadRequest);

    public static BadHttpRequestException LongerThanDeclared() =>
        new("The request body is longer than its Content-Length header said.", StatusCodes.Status400BadRequest);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }
        if (_position < firstBlock.Length)
        {
            var count = (int)Math.Min(buffer.Length, firstBlock.Length - _position);
            firstBlock.Slice((int)_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }
        if (_position == declaredLength)
        {
            // One byte more than declared would not fit the row: the body must be over.
            var probe = new byte[1];
            return await rest.ReadAsync(probe, cancellationToken) == 0 ? 0 : throw Fail(LongerThanDeclared());
        }
        var read = await rest.ReadAsync(buffer[..(int)Math.Min(buffer.Length, declaredLength - _position)], cancellationToken);
        if (read == 0)
        {
            throw Fail(ShorterThanDeclared());
        }
        _position += read;
        return read;
    }

    private BadHttpRequestException Fail(BadHttpRequestException failure) => Failure = failure;

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
