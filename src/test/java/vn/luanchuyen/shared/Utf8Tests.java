package vn.luanchuyen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Tests {

  private static byte[] encoded(String text) {
    byte[] buffer = new byte[Utf8.maxBytes(text.length())];
    int n = Utf8.encode(text, 0, text.length(), buffer, 0);
    return Arrays.copyOf(buffer, n);
  }

  @Test
  void vietnameseTextEncodesAsTheJdkEncodesIt() {
    for (String text :
        new String[] {
          "", "Nguyễn Thị Hằng", "Bí thư Đảng ủy phường Vạn Phúc", "Huân chương 🏅 hạng Ba", "ASCII"
        }) {
      assertThat(encoded(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void anyCharsEncodeAsTheJdkEncodesThemLoneSurrogatesIncluded() {
    Random random = new Random(16);
    for (int k = 0; k < 2_000; k++) {
      char[] chars = new char[random.nextInt(40)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
      }
      String text = new String(chars);
      assertThat(encoded(text))
          .as("chars %s", text.chars().boxed().toList())
          .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void copyRowsAreEscapedTabSeparatedAndSentInChunksThatJoinUp() throws Exception {
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    int[] sends = {0};
    CopyText.Rows rows =
        new CopyText.Rows(
            (bytes, n) -> {
              sent.write(bytes, 0, n);
              sends[0]++;
            },
            16);
    rows.value("Đức").value(null).value("a\tb\\c\nd").endRow();
    rows.value(2021).value("Vạn Phúc").endRow();
    rows.flush();

    assertThat(sent.toString(StandardCharsets.UTF_8))
        .isEqualTo("Đức\t\\N\ta\\tb\\\\c\\nd\n2021\tVạn Phúc\n");
    assertThat(sends[0]).isEqualTo(2);
  }

  @Test
  void aCopyValueLongerThanAChunkWithEscapesAndAnyCharsIsSentWhole() throws Exception {
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    CopyText.Rows rows = new CopyText.Rows((bytes, n) -> sent.write(bytes, 0, n), 4);
    Random random = new Random(16);
    StringBuilder expected = new StringBuilder();
    for (int k = 0; k < 200; k++) {
      char[] chars = new char[random.nextInt(10_000)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] =
            random.nextInt(8) == 0
                ? "\\\t\n\r".charAt(random.nextInt(4))
                : (char) random.nextInt(Character.MAX_VALUE + 1);
      }
      String text = new String(chars);
      rows.value(text).value(k).endRow();
      expected
          .append(
              text.replace("\\", "\\\\")
                  .replace("\t", "\\t")
                  .replace("\n", "\\n")
                  .replace("\r", "\\r"))
          .append('\t')
          .append(k)
          .append('\n');
    }
    rows.flush();

    assertThat(sent.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
  }
}
