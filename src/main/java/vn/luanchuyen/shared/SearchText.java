package vn.luanchuyen.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ as d, single spaces. "Nguyễn Văn
 * Đức" and "nguyen van duc" fold to the same key.
 */
public final class SearchText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final String NOT_A_WORD = "[^\\p{L}\\p{N}]+";

  private SearchText() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
    String stripped =
        MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    return SPACES.matcher(stripped).replaceAll(" ").strip();
  }

  /**
   * Whether every word of the query begins a word of the text, both folded: "dong mai" finds "UBND
   * phường Đồng Mai", "cb00" finds "CB0012", but "an" does not find "Thanh". An empty query finds
   * everything.
   */
  public static boolean matches(String query, String text) {
    List<String> words = List.of(fold(text).split(NOT_A_WORD));
    return Arrays.stream(fold(query).split(NOT_A_WORD))
        .filter(w -> !w.isEmpty())
        .allMatch(w -> words.stream().anyMatch(word -> word.startsWith(w)));
  }
}
