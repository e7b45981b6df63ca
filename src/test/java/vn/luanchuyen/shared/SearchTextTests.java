package vn.luanchuyen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

  @Test
  void wordsWithoutDiacriticsFindANameWrittenWithThem() {
    assertThat(SearchText.matches("dong mai", "UBND phường Đồng Mai")).isTrue();
    assertThat(SearchText.matches("ĐỒNG  mai", "UBND phường Đồng Mai")).isTrue();
  }

  @Test
  void everyWordMustBeFoundNotJustOne() {
    assertThat(SearchText.matches("dong nai", "UBND phường Đồng Mai")).isFalse();
  }

  @Test
  void aWordIsFoundAtTheStartOfAWordNotInsideOne() {
    assertThat(SearchText.matches("xa an duc", "UBND xã An Đức")).isTrue();
    assertThat(SearchText.matches("xa an duc", "Phòng Văn hóa - Xã hội phường Thanh Đức"))
        .isFalse();
    assertThat(SearchText.matches("cb00", "Nguyễn Văn An CB0012")).isTrue();
  }

  @Test
  void anEmptyQueryFindsEverything() {
    assertThat(SearchText.matches(" ", "UBND phường Đồng Mai")).isTrue();
    assertThat(SearchText.matches(null, "UBND phường Đồng Mai")).isTrue();
  }
}
