package vn.luanchuyen.shared;

import java.util.List;

/** One page of a longer list. Pages count from 0. */
public record PageOf<T>(List<T> items, int page, int size, long total) {
  public PageOf {
    items = List.copyOf(items);
  }

  public int pageCount() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }

  public boolean hasNext() {
    return page + 1 < pageCount();
  }

  public boolean hasPrevious() {
    return page > 0;
  }
}
