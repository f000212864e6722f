using Microsoft.AspNetCore.Http;
using WbL.Modules.ProgressReviews.Evidence;

namespace WbL.UnitTests.ProgressReviews;

public sealed class DeclaredLengthStreamTests
{
    private static readonly byte[] File = Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7)).ToArray();

    [Fact]
    public async Task The_first_block_and_the_rest_read_as_the_whole_file()
    {
        var body = new MemoryStream(File);
        var first = new byte[8192];
        await DeclaredLengthStream.ReadBlockAsync(body, first, CancellationToken.None);
        await using var stream = new DeclaredLengthStream(first, body, File.Length);
        var copy = new MemoryStream();

        await stream.CopyToAsync(copy, 1000);

        Assert.Equal(File, copy.ToArray());
        Assert.Null(stream.Failure);
    }

    [Fact]
    public async Task A_body_shorter_than_declared_fails_the_read()
    {
        var body = new MemoryStream(File);
        var first = new byte[8192];
        await DeclaredLengthStream.ReadBlockAsync(body, first, CancellationToken.None);
        await using var stream = new DeclaredLengthStream(first, body, File.Length + 1);

        var failure = await Assert.ThrowsAsync<BadHttpRequestException>(() => stream.CopyToAsync(Stream.Null));

        Assert.Equal(StatusCodes.Status400BadRequest, failure.StatusCode);
        Assert.Same(failure, stream.Failure);
    }

    [Fact]
    public async Task A_body_longer_than_declared_fails_the_read()
    {
        var body = new MemoryStream(File);
        var first = new byte[8192];
        await DeclaredLengthStream.ReadBlockAsync(body, first, CancellationToken.None);
        await using var stream = new DeclaredLengthStream(first, body, File.Length - 1);

        await Assert.ThrowsAsync<BadHttpRequestException>(() => stream.CopyToAsync(Stream.Null));
        Assert.NotNull(stream.Failure);
    }

    [Fact]
    public async Task A_first_block_is_filled_from_a_body_that_arrives_in_pieces()
    {
        var body = new TrickleStream(File, piece: 100);
        var first = new byte[8192];

        var read = await DeclaredLengthStream.ReadBlockAsync(body, first, CancellationToken.None);

        Assert.Equal(8192, read);
        Assert.Equal(File.AsSpan(0, 8192).ToArray(), first);
    }

    /// <summary>Hands out at most a few bytes per read, as a network body does.</summary>
    private sealed class TrickleStream(byte[] bytes, int piece) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(piece, buffer.Length)], cancellationToken);
    }
}
