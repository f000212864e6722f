using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using WbL.IntegrationTests.Infrastructure;

namespace WbL.IntegrationTests.ProgressReviews;

public sealed class EvidenceFileTests(WblFactory factory) : IClassFixture<WblFactory>
{
    [Fact]
    public async Task The_learner_attaches_a_pdf_and_a_png_and_the_review_lists_each_under_its_outcome()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();
        var pdf = Evidence.Pdf(20_000);
        var png = Evidence.Png(3_000);

        var uploadedPdf = await (await active.Report.UploadAsync(review.Id, pdf, "application/pdf", outcome: 0, fileName: "minutes.pdf"))
            .ReadAs<EvidenceFile>(HttpStatusCode.Created);
        var pngResponse = await active.Report.UploadAsync(review.Id, png, "image/png", outcome: 1, fileName: "timings.png");
        var uploadedPng = await pngResponse.ReadAs<EvidenceFile>(HttpStatusCode.Created);

        Assert.Equal($"/api/evidence-files/{uploadedPng.Id}", pngResponse.Headers.Location?.OriginalString);
        Assert.Equal(new EvidenceFile(uploadedPdf.Id, review.Id, 0, "minutes.pdf", "application/pdf", pdf.Length, active.Line.Report.Id, active.Line.Report.DisplayName),
            uploadedPdf);
        var after = await active.Manager.ReviewAsync(review.Id);
        Assert.Equal([uploadedPdf], after.Outcomes[0].Files);
        Assert.Equal([uploadedPng], after.Outcomes[1].Files);
        Assert.Equal(review.Version, after.Version);
    }

    [Fact]
    public async Task A_download_is_the_exact_bytes_with_the_stored_type_as_an_attachment_that_is_never_sniffed()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();
        var pdf = Evidence.Pdf(25_000);
        var file = await (await active.Report.UploadAsync(review.Id, pdf, "application/pdf", fileName: "Tenant panel — minutes.pdf")).ReadAs<EvidenceFile>(HttpStatusCode.Created);

        var response = await active.Report.Http.GetAsync($"/api/evidence-files/{file.Id}");

        await response.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Tenant panel — minutes.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Plain_text_is_taken_with_a_charset_and_served_as_utf_8()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();
        var text = Encoding.UTF8.GetBytes("Reflections on chairing: café, naïve, 会議 — all on time.\n");

        var file = await (await active.Report.UploadAsync(review.Id, text, "text/plain; charset=utf-8", fileName: "notes.txt")).ReadAs<EvidenceFile>(HttpStatusCode.Created);
        var response = await active.Report.Http.GetAsync($"/api/evidence-files/{file.Id}");

        Assert.Equal("text/plain", file.ContentType);
        Assert.Equal(text, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\x\\a.pdf", "a.pdf")]
    [InlineData("  minutes\u0000\u202E.pdf  ", "minutes.pdf")]
    public async Task A_file_name_is_kept_without_its_folders_or_hidden_characters(string sent, string stored)
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();

        var file = await (await active.Report.UploadAsync(review.Id, Evidence.Pdf(100), "application/pdf", fileName: sent)).ReadAs<EvidenceFile>(HttpStatusCode.Created);
        var download = await active.Report.Http.GetAsync($"/api/evidence-files/{file.Id}");

        Assert.Equal(stored, file.FileName);
        Assert.Equal(stored, download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task A_file_whose_bytes_do_not_match_its_declared_type_is_refused_with_415()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();
        var executable = Evidence.Bytes("MZ"u8, 4_000);

        var response = await active.Report.UploadAsync(review.Id, executable, "application/pdf");

        await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("cannot be attached", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await active.Report.ReviewAsync(review.Id)).Outcomes.SelectMany(outcome => outcome.Files));
    }

    [Theory]
    [InlineData("application/x-msdownload")]
    [InlineData("text/html")]
    [InlineData("application/octet-stream")]
    public async Task A_type_outside_the_list_is_refused_with_415(string contentType)
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();

        var response = await active.Report.UploadAsync(review.Id, Evidence.Pdf(500), contentType);

        await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Text_holding_a_nul_byte_or_invalid_utf_8_is_refused_with_415()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();

        await (await active.Report.UploadAsync(review.Id, [0x68, 0x69, 0x00, 0x21], "text/plain")).ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
        await (await active.Report.UploadAsync(review.Id, [0x68, 0xC3, 0x28], "text/plain")).ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Without_the_outcome_or_with_one_the_review_does_not_have_the_upload_is_400()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();

        using var noOutcome = new ByteArrayContent(Evidence.Pdf(100));
        noOutcome.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        await (await active.Report.Http.PostAsync($"/api/progress-reviews/{review.Id}/evidence?fileName=a.pdf", noOutcome)).ShouldBeProblem(HttpStatusCode.BadRequest);

        var outOfRange = await (await active.Report.UploadAsync(review.Id, Evidence.Pdf(100), "application/pdf", outcome: 2)).ShouldBeProblem(HttpStatusCode.BadRequest);
        var negative = await (await active.Report.UploadAsync(review.Id, Evidence.Pdf(100), "application/pdf", outcome: -1)).ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Contains("outcome", outOfRange.Keys);
        Assert.Contains("outcome", negative.Keys);
        Assert.Empty((await active.Report.ReviewAsync(review.Id)).Outcomes.SelectMany(outcome => outcome.Files));
    }

    [Fact]
    public async Task A_file_name_that_is_empty_or_only_folders_is_400()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();

        await (await active.Report.UploadAsync(review.Id, Evidence.Pdf(100), "application/pdf", fileName: "")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var folders = await (await active.Report.UploadAsync(review.Id, Evidence.Pdf(100), "application/pdf", fileName: "docs/")).ShouldBeProblem(HttpStatusCode.BadRequest);
        var tooLong = await (await active.Report.UploadAsync(review.Id, Evidence.Pdf(100), "application/pdf", fileName: new string('a', 252) + ".pdf")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Contains("fileName", folders.Keys);
        Assert.Contains("fileName", tooLong.Keys);
    }

    [Fact]
    public async Task An_empty_body_is_400_and_a_body_of_unknown_length_is_411()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();

        var empty = await (await active.Report.UploadAsync(review.Id, [], "application/pdf")).ShouldBeProblem(HttpStatusCode.BadRequest);
        using var unknownLength = new StreamContent(new UnseekableStream(Evidence.Pdf(100)));
        unknownLength.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var chunked = await active.Report.Http.PostAsync($"/api/progress-reviews/{review.Id}/evidence?outcome=0&fileName=a.pdf", unknownLength);

        Assert.Contains("file", empty.Keys);
        await chunked.ShouldBeProblem(HttpStatusCode.LengthRequired);
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_header_is_refused_and_stores_nothing()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();
        var withoutHeader = factory.NewClient(sendAntiforgeryHeader: false);
        await (await withoutHeader.Http.PostAsJsonAsync("/api/auth/login", new { email = active.Line.Report.Email, password = WblFactory.DefaultPassword }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        var response = await withoutHeader.UploadAsync(review.Id, Evidence.Pdf(100), "application/pdf");

        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.Empty((await active.Report.ReviewAsync(review.Id)).Outcomes.SelectMany(outcome => outcome.Files));
    }

    [Fact]
    public async Task The_line_manager_may_attach_evidence_too()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();

        var file = await (await active.Manager.UploadAsync(review.Id, Evidence.Png(200), "image/png", outcome: 1, fileName: "observed.png")).ReadAs<EvidenceFile>(HttpStatusCode.Created);

        Assert.Equal(active.Line.Manager.Id, file.UploadedBy);
        Assert.True(review.Can.UploadEvidence);
        Assert.Equal([file.Id], (await active.Report.ReviewAsync(review.Id)).Outcomes[1].Files.Select(listed => listed.Id));
    }

    [Fact]
    public async Task HR_and_the_mentor_may_download_but_not_attach()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();
        var pdf = Evidence.Pdf(1_000);
        var file = await (await active.Report.UploadAsync(review.Id, pdf, "application/pdf")).ReadAs<EvidenceFile>(HttpStatusCode.Created);
        var hr = await factory.SignInAsync(active.Line.Hr.Email);

        var byHr = await hr.Http.GetAsync($"/api/evidence-files/{file.Id}");
        var byMentor = await active.Mentor.Http.GetAsync($"/api/evidence-files/{file.Id}");

        await byHr.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Equal(pdf, await byHr.Content.ReadAsByteArrayAsync());
        await byMentor.ShouldHaveStatus(HttpStatusCode.OK);
        Assert.Equal(pdf, await byMentor.Content.ReadAsByteArrayAsync());
        Assert.False((await hr.ReviewAsync(review.Id)).Can.UploadEvidence);
        await (await hr.UploadAsync(review.Id, pdf, "application/pdf")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await active.Mentor.UploadAsync(review.Id, pdf, "application/pdf")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Someone_outside_the_line_finds_no_review_and_no_file()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();
        var file = await (await active.Report.UploadAsync(review.Id, Evidence.Pdf(100), "application/pdf")).ReadAs<EvidenceFile>(HttpStatusCode.Created);
        var outsider = await factory.SignInAsync(active.Line.Outsider.Email);

        await (await outsider.UploadAsync(review.Id, Evidence.Pdf(100), "application/pdf")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await outsider.Http.GetAsync($"/api/evidence-files/{file.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await outsider.Http.DeleteAsync($"/api/evidence-files/{file.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await active.Report.Http.GetAsync($"/api/evidence-files/{file.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_uploader_removes_a_file_and_nobody_else_may()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();
        var file = await (await active.Report.UploadAsync(review.Id, Evidence.Pdf(100), "application/pdf")).ReadAs<EvidenceFile>(HttpStatusCode.Created);

        await (await active.Manager.Http.DeleteAsync($"/api/evidence-files/{file.Id}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await active.Mentor.Http.DeleteAsync($"/api/evidence-files/{file.Id}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        Assert.Single((await active.Report.ReviewAsync(review.Id)).Outcomes[0].Files);

        await (await active.Report.Http.DeleteAsync($"/api/evidence-files/{file.Id}")).ShouldHaveStatus(HttpStatusCode.NoContent);

        Assert.Empty((await active.Report.ReviewAsync(review.Id)).Outcomes.SelectMany(outcome => outcome.Files));
        await (await active.Report.Http.GetAsync($"/api/evidence-files/{file.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await active.Report.Http.DeleteAsync($"/api/evidence-files/{file.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Once_the_review_is_held_files_can_be_neither_attached_nor_removed()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();
        var file = await (await active.Report.UploadAsync(review.Id, Evidence.Pdf(100), "application/pdf")).ReadAs<EvidenceFile>(HttpStatusCode.Created);
        await active.Manager.PutReviewAsync(await active.Manager.ReviewAsync(review.Id), manager: ReviewArrange.Recorded()).ShouldSucceedAsync();

        var upload = await active.Report.UploadAsync(review.Id, Evidence.Pdf(100), "application/pdf");
        var delete = await active.Report.Http.DeleteAsync($"/api/evidence-files/{file.Id}");

        await upload.ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
        Assert.Contains("held", await upload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await delete.ShouldBeProblemOfType(HttpStatusCode.Conflict, "/problems/state-conflict");
        await (await active.Manager.Http.GetAsync($"/api/evidence-files/{file.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_review_holds_at_most_twenty_files()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();
        for (var i = 0; i < 20; i++)
        {
            await (await active.Report.UploadAsync(review.Id, Evidence.Png(50), "image/png", outcome: i % 2, fileName: $"page-{i}.png")).ShouldHaveStatus(HttpStatusCode.Created);
        }

        var errors = await (await active.Report.UploadAsync(review.Id, Evidence.Png(50), "image/png")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.Contains("file", errors.Keys);
        Assert.Equal(20, (await active.Report.ReviewAsync(review.Id)).Outcomes.Sum(outcome => outcome.Files.Length));
    }
}

/// <summary>Evidence files limited to 1 KB, so that the limit is cheap to cross.</summary>
public sealed class SmallEvidenceLimitFactory : WblFactory
{
    public const int MaxFileBytes = 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Wbl:Evidence:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class EvidenceFileLimitTests(SmallEvidenceLimitFactory factory) : IClassFixture<SmallEvidenceLimitFactory>
{
    [Fact]
    public async Task A_file_over_the_configured_limit_is_refused_with_413_and_nothing_is_stored()
    {
        var active = await factory.ActiveContractAsync();
        var review = await active.FirstReviewAsync();

        var atLimit = await active.Report.UploadAsync(review.Id, Evidence.Pdf(SmallEvidenceLimitFactory.MaxFileBytes), "application/pdf", fileName: "fits.pdf");
        var overLimit = await active.Report.UploadAsync(review.Id, Evidence.Pdf(SmallEvidenceLimitFactory.MaxFileBytes + 1), "application/pdf", fileName: "too-big.pdf");

        await atLimit.ShouldHaveStatus(HttpStatusCode.Created);
        await overLimit.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1 KB", await overLimit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["fits.pdf"], (await active.Report.ReviewAsync(review.Id)).Outcomes.SelectMany(outcome => outcome.Files).Select(file => file.FileName));
    }
}

internal static class Evidence
{
    public static byte[] Pdf(int length) => Bytes("%PDF-1.7\n"u8, length);

    public static byte[] Png(int length) => Bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], length);

    /// <summary>A file that starts with a signature and goes on with bytes that differ from block to block.</summary>
    public static byte[] Bytes(ReadOnlySpan<byte> start, int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        start[..Math.Min(start.Length, length)].CopyTo(bytes);
        return bytes;
    }

    public static async Task<HttpResponseMessage> UploadAsync(this ApiClient client, Guid reviewId, byte[] bytes, string contentType, int outcome = 0, string fileName = "evidence.pdf")
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await client.Http.PostAsync($"/api/progress-reviews/{reviewId}/evidence?outcome={outcome}&fileName={Uri.EscapeDataString(fileName)}", content);
    }
}

/// <summary>A body whose length the client cannot know in advance, so it is sent chunked without Content-Length.</summary>
internal sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
{
    public override bool CanSeek => false;
}
