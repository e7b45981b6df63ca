package vn.luanchuyen.importexport;

import java.util.regex.Pattern;

/** Recognises a message written in Vietnamese with its diacritics. */
final class Vietnamese {

  private static final Pattern DIACRITICS =
      Pattern.compile(
          "[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Vietnamese() {}

  static boolean isVietnamese(String message) {
    return message != null && DIACRITICS.matcher(message).find();
  }
}
