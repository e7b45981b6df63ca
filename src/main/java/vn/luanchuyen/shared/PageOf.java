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

  /**
   * The pages to offer a link to, counted from 0: the first, the last and those within {@code
   * radius} of this one, in order; {@code -1} stands for the pages left out between two of them.
   */
  public List<Integer> pageLinks(int radius) {
    List<Integer> links = new java.util.ArrayList<>();
    for (int p = 0; p < pageCount(); p++) {
      if (p == 0 || p == pageCount() - 1 || Math.abs(p - page) <= radius) {
        links.add(p);
      } else if (links.get(links.size() - 1) != -1) {
        links.add(-1);
      }
    }
    return links;
  }
}
