using System.Globalization;
using CsvHelper;

namespace WbL.Modules.Insights.Reports;

/// <summary>A report as RFC 4180 CSV: a header of column labels, then the rows in the JSON's order with the same values.</summary>
internal static class ReportCsv
{
    public static string Write(ReportResponse report)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
        {
            foreach (var column in report.Columns)
            {
                csv.WriteField(column.Label);
            }
            csv.EndRecord();
            foreach (var row in report.Rows)
            {
                foreach (var column in report.Columns)
                {
                    csv.WriteField(Cell(column, row.GetValueOrDefault(column.Key)));
                }
                csv.EndRecord();
            }
        }
        return text.ToString();
    }

    private static string Cell(ReportColumn column, object? value) => value switch
    {
        null => "",
        string text when column.Kind == "text" => Defused(text),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // Department and provider names come from people's input; a spreadsheet would run one starting like a formula.
    private static string Defused(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;
}
