package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.policy.RuleId;
import vn.luanchuyen.shared.Reason;

class ScreeningMessagesTests {

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    assertThat(keys("i18n/screening_en.properties")).isEqualTo(keys("i18n/screening.properties"));
  }

  @Test
  void everyMessageKeyUsedInTheCodeExists() throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern literal =
        Pattern.compile(
            "\"((?:head-tenure|deputy-tenure|remaining-time|"
                + "young-grassroots|eligibility|warning|policy\\.error)\\.[A-Za-z]+)\"");
    // the screening rules' keys, and the policy files' refusals (policy.error.*) in the policy
    // module
    for (String module : new String[] {"screening", "policy"}) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/luanchuyen", module))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = literal.matcher(Files.readString(file));
          while (m.find()) {
            used.add(m.group(1));
          }
        }
      }
    }

    assertThat(used).hasSizeGreaterThan(20);
    assertThat(keys("i18n/screening.properties")).containsAll(used);
  }

  @Test
  void everyRuleUndecidedKeyExists() throws IOException {
    Set<String> keys = keys("i18n/screening.properties");
    for (RuleId rule : new RuleId[] {RuleId.HEAD_TENURE, RuleId.DEPUTY_TENURE}) {
      assertThat(keys).contains(rule.id() + ".undecided");
    }
  }

  @Test
  void writesMonthCountsAsYearsAndMonths() {
    var vi = ScreeningMessages.VIETNAMESE;
    var en = Locale.ENGLISH;

    assertThat(ScreeningMessages.duration(111, vi)).isEqualTo("9 năm 3 tháng");
    assertThat(ScreeningMessages.duration(96, vi)).isEqualTo("8 năm");
    assertThat(ScreeningMessages.duration(5, vi)).isEqualTo("5 tháng");
    assertThat(ScreeningMessages.duration(13, en)).isEqualTo("1 year 1 month");
  }

  @Test
  void theOneRendererWritesAPlannedRoleByItsNameAndMonthCountsAsYears() {
    Reason reason =
        new Reason(
            "remaining-time.exceptionRole",
            "remaining-time.exceptionRole",
            Map.of(
                "remainingMonths", 70L,
                "retirementMonth", java.time.YearMonth.of(2031, 3),
                "thresholdMonths", 120L,
                "exceptionMonths", 60L,
                "exceptionBasis", "BI_THU"));

    assertThat(ScreeningMessages.render(reason))
        .isEqualTo(
            "Còn 5 năm 10 tháng công tác đến khi nghỉ hưu (tháng 03/2031), chưa đủ 10 năm nhưng đủ"
                + " 5 năm theo ngoại lệ bố trí cán bộ không là người địa phương (quy hoạch chức"
                + " danh Bí thư)");
  }

  @Test
  void vietnameseIsTheDefaultWhateverTheMachineLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      Reason reason = new Reason("x", "data-quality.missing-birth-date", Map.of("cadre", "CB1"));
      assertThat(ScreeningMessages.render(reason)).contains("thiếu ngày sinh");
      assertThat(ScreeningMessages.render(reason, Locale.FRENCH)).contains("thiếu ngày sinh");
    } finally {
      Locale.setDefault(before);
    }
  }

  private static Set<String> keys(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        ScreeningMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }
}
