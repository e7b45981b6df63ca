package vn.luanchuyen.reporting;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Prints a report page or a document, written as XHTML, to PDF with the fonts shipped in the
 * application, both with every Vietnamese letter and embedded in the file: DejaVu Sans for reports,
 * Liberation Serif (the metrics of Times New Roman) for documents, which may name it {@code 'Times
 * New Roman'} or {@code 'Liberation Serif'}.
 */
@Component
public class ReportDocuments {

  static final String FONT_FAMILY = "DejaVu Sans";

  public byte[] pdf(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(
          () -> font("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
      for (String family : new String[] {"Times New Roman", "Liberation Serif", "serif"}) {
        serif(builder, family);
      }
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void serif(PdfRendererBuilder builder, String family) {
    builder.useFont(
        () -> font("fonts/LiberationSerif-Regular.ttf"), family, 400, FontStyle.NORMAL, true);
    builder.useFont(
        () -> font("fonts/LiberationSerif-Bold.ttf"), family, 700, FontStyle.NORMAL, true);
    builder.useFont(
        () -> font("fonts/LiberationSerif-Italic.ttf"), family, 400, FontStyle.ITALIC, true);
    builder.useFont(
        () -> font("fonts/LiberationSerif-BoldItalic.ttf"), family, 700, FontStyle.ITALIC, true);
  }

  private static InputStream font(String path) {
    InputStream in = ReportDocuments.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing font " + path);
    }
    return in;
  }
}
