using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace WbL.Modules.Insights.Reminders;

/// <summary>A reminder as it is e-mailed.</summary>
internal sealed record ReminderEmail(Guid NotificationId, string ToName, string ToAddress, string Subject, string Link);

/// <summary>Sends reminder e-mail through the configured SMTP server with MailKit, one connection per batch.</summary>
internal sealed class ReminderMailer(SmtpSettings settings)
{
    public bool Configured => settings.Configured;

    /// <summary>Connects, then sends each message, reporting per message whether it went; a failed connection fails them all.</summary>
    public async Task SendAsync(IReadOnlyList<ReminderEmail> messages, Func<ReminderEmail, Exception?, Task> sent, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }
        using var client = new SmtpClient();
        try
        {
            var security = !settings.UseTls ? SecureSocketOptions.None : settings.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(settings.Host ?? "", settings.Port, security, cancellationToken);
            if (settings.User is { } user)
            {
                await client.AuthenticateAsync(user, settings.Password ?? "", cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            foreach (var message in messages)
            {
                await sent(message, exception);
            }
            return;
        }
        foreach (var message in messages)
        {
            Exception? failure = null;
            try
            {
                await client.SendAsync(Compose(message), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failure = exception;
            }
            await sent(message, failure);
        }
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private MimeMessage Compose(ReminderEmail email)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(new MailboxAddress(email.ToName, email.ToAddress));
        message.Subject = email.Subject;
        message.Body = new TextPart("plain")
        {
            Text = $"""
                Hello {email.ToName},

                {email.Subject}.

                Open it here: {email.Link}

                You receive this reminder because you take part in this learning. You can also see it under Notifications.
                """,
        };
        return message;
    }
}
