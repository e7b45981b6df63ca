package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeIndexTests {

  @Test
  void findsEveryCodeOfAMillionAtItsPositionAndNoOther() {
    int n = 1_000_000;
    CodeIndex index = new CodeIndex(n);
    for (int i = 0; i < n; i++) {
      assertThat(index.add("CB" + i)).isEqualTo(i);
    }

    for (int i = 0; i < n; i += 997) {
      assertThat(index.indexOf(new String("CB" + i))).isEqualTo(i);
    }
    assertThat(index.indexOf("CB" + n)).isEqualTo(-1);
    assertThat(index.indexOf("")).isEqualTo(-1);
  }

  @Test
  void aRepeatedCodeKeepsItsFirstPosition() {
    CodeIndex index = new CodeIndex(3);

    assertThat(index.add("U1")).isZero();
    assertThat(index.add("U2")).isEqualTo(1);
    assertThat(index.add(new String("U1"))).isEqualTo(-1);
    assertThat(index.indexOf("U1")).isZero();
  }

  @Test
  void aRecordWithoutCodeIsIndexedOnceLikeAnyOther() {
    CodeIndex index = new CodeIndex(2);

    assertThat(index.indexOf(null)).isEqualTo(-1);
    assertThat(index.add(null)).isZero();
    assertThat(index.add(null)).isEqualTo(-1);
    assertThat(index.indexOf(null)).isZero();
  }
}
