package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkedListTests {

  @Test
  void aListOfManyChunksReadsAsTheSameListKeptInOneArray() {
    ChunkedList<String> chunked = new ChunkedList<>();
    List<String> plain = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      chunked.add("CB" + i);
      plain.add("CB" + i);
    }

    assertThat(chunked).hasSize(5_000).isEqualTo(plain);
    assertThat(chunked.get(1_023)).isEqualTo("CB1023");
    assertThat(chunked.get(1_024)).isEqualTo("CB1024");
    assertThat(chunked.frozen()).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThatThrownBy(() -> chunked.get(5_000)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aResultKeepsAFrozenListAsItIsAndCannotChangeIt() {
    ChunkedList<String> chunked = new ChunkedList<>();
    chunked.add("CB1");
    List<String> frozen = chunked.frozen();

    assertThat(ChunkedList.kept(frozen)).isSameAs(frozen);
    assertThatThrownBy(() -> frozen.add("CB2")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.set(0, "CB2"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aResultCopiesAnyOtherList() {
    List<String> plain = new ArrayList<>(List.of("CB1"));
    List<String> kept = ChunkedList.kept(plain);
    plain.add("CB2");

    assertThat(kept).containsExactly("CB1");
  }
}
