package vn.luanchuyen.screening;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import vn.luanchuyen.shared.Reason;

/** Writes a reason as {@code {"code": ..., "message": ...}}, the message rendered. */
final class ReasonObjectSerializer extends StdSerializer<Reason> {

  ReasonObjectSerializer() {
    super(Reason.class);
  }

  @Override
  public void serialize(Reason reason, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("code", reason.code());
    out.writeStringField(
        "message", ScreeningMessages.render(reason, ReasonSentenceSerializer.locale(provider)));
    out.writeEndObject();
  }
}
