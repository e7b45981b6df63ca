package vn.luanchuyen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageOfTests {

  static PageOf<String> pageOf(int page, long total) {
    return new PageOf<>(List.of(), page, 25, total);
  }

  @Test
  void aShortListOffersEveryPage() {
    assertThat(pageOf(1, 100).pageLinks(2)).containsExactly(0, 1, 2, 3);
  }

  @Test
  void aLongListOffersTheFirstTheLastAndTheNeighboursWithGapsBetween() {
    assertThat(pageOf(10, 25 * 40).pageLinks(2)).containsExactly(0, -1, 8, 9, 10, 11, 12, -1, 39);
  }

  @Test
  void aGapOfNoPageIsNotShown() {
    assertThat(pageOf(3, 25 * 7).pageLinks(2)).containsExactly(0, 1, 2, 3, 4, 5, 6);
  }
}
