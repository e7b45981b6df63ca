package vn.luanchuyen.screening;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list filled by one thread and then read, kept in chunks of 1,024 elements instead of one array:
 * a screening's lists of a registry's size (a target's seats, its units) would otherwise be arrays
 * that G1 allocates as humongous, which on a heap well filled by the snapshot starts a concurrent
 * marking (see {@link ScreenedCadres#CHUNK}). {@link #frozen()} gives the list read-only, as a
 * result keeps it.
 */
final class ChunkedList<T> extends AbstractList<T> implements RandomAccess {
  private static final int SHIFT = 10;
  private static final int CHUNK = 1 << SHIFT;

  private Object[][] chunks = new Object[4][];
  private int size;

  @Override
  public boolean add(T element) {
    int chunk = size >> SHIFT;
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, 2 * chunk);
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new Object[CHUNK];
    }
    chunks[chunk][size & (CHUNK - 1)] = element;
    size++;
    modCount++;
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    Objects.checkIndex(index, size);
    return (T) chunks[index >> SHIFT][index & (CHUNK - 1)];
  }

  @Override
  public int size() {
    return size;
  }

  /** This list, read-only from now on; nothing may be added to it after. */
  List<T> frozen() {
    return new Frozen<>(this);
  }

  /** A read-only view of a list no longer filled, kept as it is by a result's copy. */
  static final class Frozen<T> extends AbstractList<T> implements RandomAccess {
    private final ChunkedList<T> list;

    private Frozen(ChunkedList<T> list) {
      this.list = list;
    }

    @Override
    public T get(int index) {
      return list.get(index);
    }

    @Override
    public int size() {
      return list.size();
    }
  }

  /**
   * The list as a result keeps it: a frozen chunked list as it is, any other copied as {@link
   * List#copyOf} copies it.
   */
  static <T> List<T> kept(List<T> list) {
    return list instanceof Frozen<T> ? list : List.copyOf(list);
  }
}
