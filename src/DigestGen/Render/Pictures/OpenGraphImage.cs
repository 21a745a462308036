using DigestGen.Model;
using SkiaSharp;

namespace DigestGen.Render.Pictures;

/// <summary>
/// The 1200×630 PNG that link previews show (Open Graph / Twitter cards): site name, a headline, a few lines
/// of detail and a footer, drawn with SkiaSharp. Same text in, same bytes out.
/// </summary>
public static class OpenGraphImage
{
    /// <summary>Raise when the drawing changes (layout, colours, fonts, encoding): cached pictures are named by it (<see cref="OpenGraphPictures"/>).</summary>
    public const int Version = 2;

    private const int Width = 1200;
    private const int Height = 630;
    private const float Margin = 72;

    /// <summary>
    /// The Sub filter alone suits flat colour and horizontal text: encoding takes 16 ms instead of 41 ms with
    /// every filter tried, for files 12 % larger (67 KB).
    /// </summary>
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Sub, 6);

    private static readonly SKColor Background = new(0x0f, 0x17, 0x2a);
    private static readonly SKColor Accent = new(0x38, 0xbd, 0xf8);
    private static readonly SKColor Text = new(0xf1, 0xf5, 0xf9);
    private static readonly SKColor Muted = new(0x94, 0xa3, 0xb8);

    /// <summary>The picture for a page; texts are drawn without the characters <see cref="TextCharacters"/> removes.</summary>
    public static byte[] Draw(string siteName, string headline, IReadOnlyList<string> lines, string footer)
    {
        (siteName, headline, footer) = (TextCharacters.Clean(siteName), TextCharacters.Clean(headline), TextCharacters.Clean(footer));
        lines = [.. lines.Select(TextCharacters.Clean)];
        // Opaque, so the PNG holds three channels, not four: a third less to compress.
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgb888x, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using var paint = new SKPaint { IsAntialias = true };

        paint.Color = Accent;
        canvas.DrawRect(0, 0, 16, Height, paint);

        using var bold = SKTypeface.FromFamilyName("DejaVu Sans", SKFontStyle.Bold) ?? SKTypeface.Default;
        using var regular = SKTypeface.FromFamilyName("DejaVu Sans", SKFontStyle.Normal) ?? SKTypeface.Default;
        using var small = new SKFont(bold, 30);
        using var big = new SKFont(bold, 58);
        using var body = new SKFont(regular, 30);

        paint.Color = Accent;
        canvas.DrawText(siteName.ToUpperInvariant(), Margin, 110, SKTextAlign.Left, small, paint);

        paint.Color = Text;
        var y = 190f;
        foreach (var line in Wrap(headline, big, Width - (2 * Margin)).Take(3))
        {
            canvas.DrawText(line, Margin, y, SKTextAlign.Left, big, paint);
            y += 70;
        }

        paint.Color = Muted;
        y += 14;
        foreach (var line in lines)
        {
            if (y > Height - 110)
            {
                break;
            }

            canvas.DrawText(Wrap(line, body, Width - (2 * Margin)).First(), Margin, y, SKTextAlign.Left, body, paint);
            y += 44;
        }

        paint.Color = Accent;
        canvas.DrawText(footer, Margin, Height - 56, SKTextAlign.Left, small, paint);

        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var data = pixels.Encode(PngOptions) ?? throw new InvalidOperationException("Skia could not encode a raster image as PNG.");
        return data.ToArray();
    }

    /// <summary>Greedy word wrap; a line that is still too wide is cut with an ellipsis.</summary>
    private static IEnumerable<string> Wrap(string text, SKFont font, float width)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(candidate) <= width || line.Length == 0)
            {
                line = candidate;
                continue;
            }

            yield return Fit(line, font, width);
            line = word;
        }

        if (line.Length > 0)
        {
            yield return Fit(line, font, width);
        }
    }

    private static string Fit(string line, SKFont font, float width)
    {
        if (font.MeasureText(line) <= width)
        {
            return line;
        }

        while (line.Length > 1 && font.MeasureText(line + "…") > width)
        {
            line = line[..^1];
        }

        return line + "…";
    }
}
