package vn.luanchuyen.reporting;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Prints a report page or a document, written as XHTML, to PDF with the fonts shipped in the
 * application, both with every Vietnamese letter and embedded in the file: DejaVu Sans for reports,
 * Liberation Serif (the metrics of Times New Roman) for documents, which may name it {@code 'Times
 * New Roman'} or {@code 'Liberation Serif'}.
 *
 * <p>Rendering fetches nothing: an uploaded template may name {@code http:}, {@code file:} or any
 * other address in {@code <img>}, {@code <link>}, {@code @import} or {@code url()}, and none is
 * opened; only images inside the document ({@code data:}) are drawn, and only the fonts above.
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
      builder.useExternalResourceAccessControl(
          ReportDocuments::inside, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl(
          ReportDocuments::inside, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.useProtocolsStreamImplementation(
          ReportDocuments::nothing, "http", "https", "file", "jar", "ftp", "classpath");
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Only what the document carries inside itself. */
  private static boolean inside(String uri, ExternalResourceType type) {
    return uri != null && uri.regionMatches(true, 0, "data:", 0, 5);
  }

  /** Should a fetch get past the access control, it reads nothing. */
  private static FSStream nothing(String uri) {
    return new FSStream() {
      @Override
      public InputStream getStream() {
        return null;
      }

      @Override
      public Reader getReader() {
        return null;
      }
    };
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
