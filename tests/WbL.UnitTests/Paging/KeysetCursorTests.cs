using System.Buffers.Text;
using System.Text;
using WbL.SharedKernel.Paging;

namespace WbL.UnitTests.Paging;

public sealed class KeysetCursorTests
{
    private static readonly Guid Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Theory]
    [InlineData("Aisha Bello")]
    [InlineData("")]
    [InlineData("Zoë Ørsted — 日本")]
    [InlineData("name with = and / and +")]
    public void A_cursor_survives_encoding_and_decoding(string sortKey)
    {
        var cursor = new KeysetCursor(sortKey, Id);

        var decoded = KeysetCursor.TryDecode(cursor.Encode(), out var read);

        Assert.True(decoded);
        Assert.Equal(cursor, read);
        Assert.Equal(cursor, KeysetCursor.From(cursor.Encode()));
    }

    [Fact]
    public void An_encoded_cursor_is_url_safe()
    {
        var encoded = new KeysetCursor("??>>~~ Ünïcode", Id).Encode();

        Assert.Matches("^[A-Za-z0-9_-]+$", encoded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a cursor")]
    [InlineData("!!!!")]
    [InlineData("a")]
    public void Garbage_is_not_a_cursor(string text)
    {
        Assert.False(KeysetCursor.TryDecode(text, out var cursor));
        Assert.Equal(default, cursor);
        Assert.Null(KeysetCursor.From(text));
    }

    [Fact]
    public void A_truncated_cursor_is_rejected()
    {
        var encoded = new KeysetCursor("", Id).Encode();

        Assert.False(KeysetCursor.TryDecode(encoded[..^4], out _));
    }

    [Fact]
    public void A_cursor_whose_id_was_tampered_with_is_rejected()
    {
        var raw = Id.ToString("N") + "Aisha";
        var tampered = "zz" + raw[2..];

        Assert.False(KeysetCursor.TryDecode(Base64Url.EncodeToString(Encoding.UTF8.GetBytes(tampered)), out _));
    }

    [Fact]
    public void A_cursor_encoded_with_padding_or_standard_base64_characters_is_rejected()
    {
        var standard = Convert.ToBase64String(Encoding.UTF8.GetBytes(Id.ToString("N") + "??>"));

        Assert.Contains(standard, c => c is '+' or '/');
        Assert.False(KeysetCursor.TryDecode(standard, out _));
    }

    [Fact]
    public void No_cursor_means_the_first_page()
    {
        Assert.Null(KeysetCursor.From(null));
    }
}
