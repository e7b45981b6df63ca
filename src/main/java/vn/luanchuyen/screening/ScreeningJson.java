package vn.luanchuyen.screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Writes a {@link ScreeningReport} as the JSON of the exchange format: ISO dates, months as {@code
 * yyyy-MM}, reasons as rendered sentences (Vietnamese unless another language is asked for).
 */
public final class ScreeningJson {

  /** The Jackson attribute holding the {@link Locale} reasons are rendered in. */
  public static final String LOCALE_ATTRIBUTE = "vn.luanchuyen.screening.locale";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

  private ScreeningJson() {}

  /** The report as indented JSON with Vietnamese reasons. */
  public static String write(ScreeningReport report) {
    return write(report, ScreeningMessages.VIETNAMESE);
  }

  /** The report as indented JSON with reasons in the given language. */
  public static String write(ScreeningReport report, Locale locale) {
    try {
      return writer(locale).writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Streams the report to {@code out} (left open), reasons in the given language. */
  public static void write(ScreeningReport report, Locale locale, OutputStream out) {
    try {
      writer(locale).writeValue(new NonClosingStream(out), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectWriter writer(Locale locale) {
    return MAPPER.writerWithDefaultPrettyPrinter().withAttribute(LOCALE_ATTRIBUTE, locale);
  }

  private static final class NonClosingStream extends java.io.FilterOutputStream {
    NonClosingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
