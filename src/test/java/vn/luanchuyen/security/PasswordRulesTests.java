package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.luanchuyen.shared.Reason;

class PasswordRulesTests {
  static final String SIXTY_VIETNAMESE_LETTERS = "Đường".repeat(12);

  private static List<String> codes(String username, String password) {
    return PasswordRules.problems(username, password).stream().map(Reason::code).toList();
  }

  @Test
  void sixtyVietnameseLettersAreAPasswordThoughTheyTakeMoreThan72Bytes() {
    assertThat(SIXTY_VIETNAMESE_LETTERS.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);

    assertThat(codes("an", SIXTY_VIETNAMESE_LETTERS)).isEmpty();
  }

  @Test
  void lengthIsCountedInCharactersNotBytes() {
    assertThat(codes("an", "Đường-đi-9")).isEmpty();
    assertThat(codes("an", "Đường-đi9")).containsExactly("too-short");
    assertThat(PasswordRules.problems("an", "Đường-đi9").get(0).args())
        .containsEntry("0", 10)
        .containsEntry("1", 9);
  }

  @Test
  void sixtyFiveCharactersAreTooLong() {
    assertThat(codes("an", SIXTY_VIETNAMESE_LETTERS + "Thắng")).containsExactly("too-long");
  }

  @Test
  void tenOfTheSameLetterAreNoPassword() {
    assertThat(codes("an", "aaaaaaaaaa")).containsExactly("repetitive");
    assertThat(codes("an", "abababab12")).containsExactly("repetitive");
  }

  @Test
  void aRunOnTheKeyboardOrInTheAlphabetIsNoPassword() {
    assertThat(codes("an", "1234567890")).containsExactly("sequence");
    assertThat(codes("an", "qwertyuiop")).containsExactly("sequence");
    assertThat(codes("an", "jihgfedcba")).containsExactly("sequence");
    assertThat(codes("an", "12345-67890")).isEmpty();
  }

  @Test
  void thePasswordMayNotContainTheUserName() {
    assertThat(codes("bantochuc", "Bantochuc-2026")).contains("contains-username");
  }

  @Test
  void commonWordsWithDigitsAddedAreRefused() {
    assertThat(codes("an", "matkhau123!")).containsExactly("common");
    assertThat(codes("an", "Password2026")).containsExactly("common");
  }

  @Test
  void everyBrokenRuleIsReportedNotOnlyTheFirst() {
    assertThat(codes("admin", "admin1")).contains("too-short", "contains-username", "common");
  }

  @Test
  void aLetterTypedComposedOrDecomposedIsTheSamePassword() {
    PasswordEncoder encoder = new Passwords().passwordEncoder();
    String composed = Normalizer.normalize(SIXTY_VIETNAMESE_LETTERS, Normalizer.Form.NFC);
    String decomposed = Normalizer.normalize(SIXTY_VIETNAMESE_LETTERS, Normalizer.Form.NFD);

    String hash = encoder.encode(composed);

    assertThat(encoder.matches(decomposed, hash)).isTrue();
    assertThat(encoder.matches(composed.substring(0, 59), hash))
        .as("every character counts, also past bcrypt's 72 bytes")
        .isFalse();
  }

  @Test
  void hashesStoredBeforeStillVerify() {
    String old =
        new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
            .encode("mat-khau-dai-1");

    assertThat(new Passwords().passwordEncoder().matches("mat-khau-dai-1", old)).isTrue();
  }
}
