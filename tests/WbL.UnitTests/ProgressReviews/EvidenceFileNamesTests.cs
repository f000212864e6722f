using WbL.Modules.ProgressReviews.Evidence;

namespace WbL.UnitTests.ProgressReviews;

public sealed class EvidenceFileNamesTests
{
    [Theory]
    [InlineData("minutes.pdf", "minutes.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\x\\a.pdf", "a.pdf")]
    [InlineData("/var/tmp\\mixed/b.png", "b.png")]
    [InlineData("  spaced name.txt  ", "spaced name.txt")]
    [InlineData("tab\there.txt", "tabhere.txt")]
    [InlineData("report\u202Efdp.exe", "reportfdp.exe")]
    [InlineData("null\u0000byte.pdf", "nullbyte.pdf")]
    [InlineData("Tenant panel — minutes 会議.pdf", "Tenant panel — minutes 会議.pdf")]
    public void A_name_keeps_only_its_last_part_without_hidden_characters(string sent, string kept)
    {
        Assert.Equal(kept, EvidenceFileNames.Clean(sent));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("folder/")]
    [InlineData("C:\\")]
    [InlineData("..")]
    [InlineData("a/..")]
    [InlineData(".")]
    [InlineData("\u0001\u0002")]
    public void A_name_with_nothing_left_is_empty(string? sent)
    {
        Assert.Equal("", EvidenceFileNames.Clean(sent));
    }
}
