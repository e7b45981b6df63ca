package vn.luanchuyen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseOrderTests {

  static List<String> sorted(String... names) {
    List<String> list = new ArrayList<>(List.of(names));
    list.sort(VietnameseOrder.names());
    return list;
  }

  @Test
  void dWithAStrokeIsALetterOfItsOwnAfterD() {
    assertThat(sorted("Đặng", "Dương", "Đinh", "Dung", "Em"))
        .containsExactly("Dung", "Dương", "Đặng", "Đinh", "Em");
  }

  @Test
  void aBreveAndACircumflexFollowAAndTonesFollowTheBaseLetter() {
    assertThat(sorted("Ân", "Ăn", "Án", "An", "Anh", "Bình"))
        .containsExactly("An", "Án", "Anh", "Ăn", "Ân", "Bình");
  }

  @Test
  void oAndUWithHornsFollowTheirBaseLetters() {
    assertThat(sorted("Ư", "Ơ", "Uy", "Ô", "Oanh", "Yến"))
        .containsExactly("Oanh", "Ô", "Ơ", "Uy", "Ư", "Yến");
  }

  @Test
  void fullNamesSortWordByWordAndNamesDifferingInCaseOnlyKeepOneOrder() {
    assertThat(sorted("Đỗ Văn Bình", "Dương Thị Hà", "Dương thị Hà", "Đặng Minh"))
        .containsExactly("Dương thị Hà", "Dương Thị Hà", "Đặng Minh", "Đỗ Văn Bình");
  }

  @Test
  void aLongListSortedWithCollationKeysIsInTheSameOrderAsNameByName() {
    List<String> names =
        new ArrayList<>(
            List.of(
                "Phường Đồng Mai",
                "Phường Dương Nội",
                "Xã An Đức",
                "Xã Ân Thi",
                "xã an đức",
                "Phường Ơn",
                "Phường Ô Chợ Dừa",
                "Phường Yên Nghĩa",
                "Phường Hà Đông"));
    List<String> byName = new ArrayList<>(names);
    byName.sort(VietnameseOrder.by(n -> n));

    assertThat(VietnameseOrder.sorted(names, n -> n)).containsExactlyElementsOf(byName);
  }
}
