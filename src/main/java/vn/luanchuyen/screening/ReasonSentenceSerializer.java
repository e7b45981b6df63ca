package vn.luanchuyen.screening;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;
import vn.luanchuyen.shared.Reason;

/**
 * Writes a reason as its rendered sentence, in the language set by {@link ScreeningJson} (the
 * {@link ScreeningJson#LOCALE_ATTRIBUTE} attribute), Vietnamese otherwise.
 */
final class ReasonSentenceSerializer extends StdSerializer<Reason> {

  ReasonSentenceSerializer() {
    super(Reason.class);
  }

  @Override
  public void serialize(Reason reason, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    out.writeString(ScreeningMessages.render(reason, locale(provider)));
  }

  static Locale locale(SerializerProvider provider) {
    Object chosen = provider.getAttribute(ScreeningJson.LOCALE_ATTRIBUTE);
    return chosen instanceof Locale l ? l : ScreeningMessages.VIETNAMESE;
  }
}
