using WbL.Modules.Organisation.Auth;

namespace WbL.UnitTests.Organisation;

public sealed class PasswordHashingTests
{
    private static readonly PasswordHashing Passwords = new();

    [Fact]
    public void The_right_password_verifies()
    {
        var hash = Passwords.Hash("correct horse battery");

        Assert.True(Passwords.Verify(hash, "correct horse battery"));
    }

    [Theory]
    [InlineData("correct horse batterY")]
    [InlineData("correct horse battery ")]
    [InlineData("")]
    public void A_wrong_password_does_not_verify(string attempt)
    {
        var hash = Passwords.Hash("correct horse battery");

        Assert.False(Passwords.Verify(hash, attempt));
    }

    [Fact]
    public void A_person_without_a_password_never_signs_in_with_one()
    {
        Assert.False(Passwords.Verify(null, "correct horse battery"));
        Assert.False(Passwords.Verify(null, ""));
    }

    [Fact]
    public void Hashes_are_salted_and_never_hold_the_password()
    {
        var first = Passwords.Hash("correct horse battery");
        var second = Passwords.Hash("correct horse battery");

        Assert.NotEqual(first, second);
        Assert.DoesNotContain("correct horse battery", first, StringComparison.Ordinal);
        Assert.True(Passwords.Verify(second, "correct horse battery"));
    }

    [Fact]
    public void A_hash_from_one_instance_verifies_in_another()
    {
        var hash = new PasswordHashing().Hash("correct horse battery");

        Assert.True(new PasswordHashing().Verify(hash, "correct horse battery"));
    }

    [Fact]
    public void Passwords_need_at_least_twelve_characters()
    {
        Assert.Equal(12, PasswordHashing.MinimumLength);
    }
}
