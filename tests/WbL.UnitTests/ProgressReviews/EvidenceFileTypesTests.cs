using System.Text;
using WbL.Modules.ProgressReviews.Evidence;

namespace WbL.UnitTests.ProgressReviews;

public sealed class EvidenceFileTypesTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00];
    private static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

    public static TheoryData<string, byte[]> Matching => new()
    {
        { "application/pdf", Pdf },
        { "image/png", Png },
        { "image/jpeg", Jpeg },
        { "text/plain", "Notes from the panel meeting.\r\n"u8.ToArray() },
        { "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip },
        { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip },
        { "application/vnd.openxmlformats-officedocument.presentationml.presentation", Zip },
    };

    [Theory]
    [MemberData(nameof(Matching))]
    public void A_file_whose_first_bytes_match_its_declared_type_passes(string contentType, byte[] firstBytes)
    {
        Assert.True(EvidenceFileTypes.Check(contentType, firstBytes));
        Assert.Equal(contentType, EvidenceFileTypes.Allowed(contentType));
    }

    [Theory]
    [InlineData("application/pdf")]
    [InlineData("image/png")]
    [InlineData("image/jpeg")]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public void An_executable_passes_as_none_of_them(string contentType)
    {
        Assert.False(EvidenceFileTypes.Check(contentType, Executable));
    }

    [Fact]
    public void Each_kind_needs_its_own_signature()
    {
        Assert.False(EvidenceFileTypes.Check("application/pdf", Png));
        Assert.False(EvidenceFileTypes.Check("image/png", Jpeg));
        Assert.False(EvidenceFileTypes.Check("image/jpeg", Pdf));
        Assert.False(EvidenceFileTypes.Check("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Pdf));
        // Shorter than the signature: a truncated PNG header is not a PNG.
        Assert.False(EvidenceFileTypes.Check("image/png", Png.AsSpan(0, 7)));
        Assert.False(EvidenceFileTypes.Check("application/pdf", "%PDF"u8));
    }

    [Theory]
    [InlineData("application/x-msdownload")]
    [InlineData("application/octet-stream")]
    [InlineData("text/html")]
    [InlineData("image/svg+xml")]
    [InlineData("application/zip")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("not a media type")]
    public void Types_outside_the_list_never_pass(string? contentType)
    {
        Assert.Null(EvidenceFileTypes.Allowed(contentType));
        Assert.False(EvidenceFileTypes.Check(contentType, Pdf));
        Assert.False(EvidenceFileTypes.Check(contentType, Zip));
    }

    [Theory]
    [InlineData("text/plain; charset=utf-8", "text/plain")]
    [InlineData("Application/PDF", "application/pdf")]
    [InlineData("image/PNG ; name=x", "image/png")]
    public void Parameters_and_case_of_the_declared_type_do_not_matter(string declared, string allowed)
    {
        Assert.Equal(allowed, EvidenceFileTypes.Allowed(declared));
    }

    [Fact]
    public void Text_is_utf_8_without_nul_bytes()
    {
        Assert.True(EvidenceFileTypes.Check("text/plain", Encoding.UTF8.GetBytes("café · 会議 · ✓"), isWholeFile: true));
        Assert.True(EvidenceFileTypes.Check("text/plain", [0xEF, 0xBB, 0xBF, 0x68, 0x69], isWholeFile: true));
        Assert.False(EvidenceFileTypes.Check("text/plain", "hi\0there"u8));
        Assert.False(EvidenceFileTypes.Check("text/plain", [0x68, 0xC3, 0x28, 0x69]));
        Assert.False(EvidenceFileTypes.Check("text/plain", [0xFF, 0xFE, 0x68, 0x00]));
        Assert.False(EvidenceFileTypes.Check("text/plain", Executable));
        Assert.False(EvidenceFileTypes.Check("text/plain", []));
    }

    [Fact]
    public void A_first_block_may_end_inside_a_character_but_a_whole_file_may_not()
    {
        // "会" is E4 BC 9A: the block ends after its first two bytes.
        byte[] cut = [0x61, 0x62, 0xE4, 0xBC];

        Assert.True(EvidenceFileTypes.Check("text/plain", cut));
        Assert.False(EvidenceFileTypes.Check("text/plain", cut, isWholeFile: true));
        // A stray continuation byte is wrong wherever it is.
        Assert.False(EvidenceFileTypes.Check("text/plain", [0x61, 0x9A, 0x62]));
    }

    [Fact]
    public void Text_downloads_say_they_are_utf_8()
    {
        Assert.Equal("text/plain; charset=utf-8", EvidenceFileTypes.ServedAs("text/plain"));
        Assert.Equal("application/pdf", EvidenceFileTypes.ServedAs("application/pdf"));
    }
}
