package vn.luanchuyen.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.cadre.AssessmentGrade;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.policy.Policy.Comparison;
import vn.luanchuyen.policy.Policy.LocalEvidence;
import vn.luanchuyen.policy.Policy.TargetKind;

class PolicyLoaderTests {

  @Test
  void loadsTheFoundingHaDongPolicy() {
    Policy policy = PolicyLoader.fromClasspath("hadong-2022");

    assertThat(policy.id()).isEqualTo("hadong-2022");
    assertThat(policy.name()).contains("Hà Đông").contains("2022–2025");
    assertThat(policy.version()).isEqualTo(1);
    assertThat(policy.effective().from()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(policy.effective().to()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(policy.procedure()).isEqualTo("hadong-4-steps");
    assertThat(policy.thresholds().headTenureMonths()).isEqualTo(96);
    assertThat(policy.thresholds().deputyTenureMonths()).isEqualTo(60);
    assertThat(policy.thresholds().remainingTimeMonths()).isEqualTo(120);
    assertThat(policy.thresholds().remainingTimeException().enabled()).isTrue();
    assertThat(policy.thresholds().remainingTimeException().months()).isEqualTo(60);
    assertThat(policy.thresholds().youngAgeYears()).isEqualTo(40);
    assertThat(policy.thresholds().maxGapDays()).isEqualTo(31);
    assertThat(policy.eligibility().requirePlanning()).isTrue();
    assertThat(policy.eligibility().disciplineMinimumForm()).isEqualTo(DisciplineForm.KHIEN_TRACH);
    assertThat(policy.eligibility().failedGrade()).isEqualTo(AssessmentGrade.KHTNV);
    assertThat(policy.eligibility().failedAssessmentYears()).isEqualTo(2);
    assertThat(policy.local().evidence())
        .containsExactlyInAnyOrder(LocalEvidence.HOMETOWN, LocalEvidence.PERMANENT_RESIDENCE);
    assertThat(policy.grassrootsLevels()).containsExactlyInAnyOrder("PHUONG", "XA");
    assertThat(policy.retirement().men().requiredAgeMonths(2028)).isEqualTo(744);
    assertThat(policy.retirement().women().requiredAgeMonths(2035)).isEqualTo(720);

    var wards = policy.target("non-local-ward-leaders").orElseThrow();
    assertThat(wards.kind()).isEqualTo(TargetKind.NON_LOCAL_SHARE);
    assertThat(wards.roles()).containsExactlyInAnyOrder("BI_THU", "CHU_TICH_UBND");
    assertThat(wards.levels()).containsExactly("PHUONG");
    assertThat(wards.goal()).isEqualTo(0.5);
    assertThat(wards.comparison()).isEqualTo(Comparison.AT_LEAST);
    assertThat(wards.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
    var deputies = policy.target("deputies-per-department").orElseThrow();
    assertThat(deputies.kind()).isEqualTo(TargetKind.SEATS_PER_UNIT);
    assertThat(deputies.roles()).containsExactly("PHO_TRUONG_PHONG");
    assertThat(deputies.unitTypes()).containsExactly("PHONG_CHUYEN_MON");
    assertThat(deputies.goal()).isEqualTo(2.0);
  }

  @Test
  void limitsTheDeputyRuleToItsPhaseInTheFoundingPolicy() {
    Policy policy = PolicyLoader.fromClasspath("hadong-2022");

    assertThat(policy.ruleInForce(RuleId.DEPUTY_TENURE, LocalDate.of(2022, 1, 1))).isTrue();
    assertThat(policy.ruleInForce(RuleId.DEPUTY_TENURE, LocalDate.of(2023, 12, 31))).isTrue();
    assertThat(policy.ruleInForce(RuleId.DEPUTY_TENURE, LocalDate.of(2024, 1, 1))).isFalse();
    assertThat(policy.ruleInForce(RuleId.HEAD_TENURE, LocalDate.of(2025, 6, 30))).isTrue();
  }

  @Test
  void loadsTheCentralQd65Policy() {
    Policy policy = PolicyLoader.fromClasspath("qd65-2022");

    assertThat(policy.procedure()).isEqualTo("qd65-5-steps");
    assertThat(policy.effective().from()).isEqualTo(LocalDate.of(2022, 4, 28));
    assertThat(policy.effective().to()).isNull();
    assertThat(policy.thresholds().headTenureMonths()).isEqualTo(96);
    assertThat(policy.thresholds().remainingTimeMonths()).isEqualTo(120);
    assertThat(policy.thresholds().deputyTenureMonths()).isNull();
    assertThat(policy.thresholds().remainingTimeException().enabled()).isFalse();
    assertThat(policy.ruleEnabled(RuleId.DEPUTY_TENURE)).isFalse();
    assertThat(policy.targets()).isEmpty();
  }

  @Test
  void loadsAUsersPolicyFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, founding().replace("id: hadong-2022", "id: my-district-2026"));

    assertThat(PolicyLoader.fromFile(file).id()).isEqualTo("my-district-2026");
  }

  @Test
  void rejectsAMissingFieldNamingIt() {
    assertRejected(
        founding().replace("  headTenureMonths: 96\n", ""),
        "thresholds.headTenureMonths",
        "Thiếu trường bắt buộc \"thresholds.headTenureMonths\"");
  }

  @Test
  void rejectsAThresholdOfTheWrongType() {
    assertRejected(
        founding().replace("headTenureMonths: 96", "headTenureMonths: tám năm"),
        "thresholds.headTenureMonths",
        "phải là số nguyên");
  }

  @Test
  void rejectsAQuotedNumber() {
    assertRejected(
        founding().replace("maxGapDays: 31", "maxGapDays: \"31\""),
        "thresholds.maxGapDays",
        "phải là số nguyên");
  }

  @Test
  void rejectsANegativeThreshold() {
    assertRejected(
        founding().replace("deputyTenureMonths: 60", "deputyTenureMonths: -60"),
        "thresholds.deputyTenureMonths",
        "không được âm");
  }

  @Test
  void rejectsAnUnknownRuleId() {
    assertRejected(
        founding().replace("  head-tenure:\n", "  head-tenur:\n"),
        "rules.head-tenur",
        "Mã quy tắc \"head-tenur\"");
  }

  @Test
  void rejectsAnEffectiveRangeThatEndsBeforeItStarts() {
    assertRejected(
        founding()
            .replace(
                "  from: 2022-01-01\n  to: 2025-12-31", "  from: 2026-01-01\n  to: 2025-12-31"),
        "effective.from",
        "sau ngày kết thúc");
  }

  @Test
  void rejectsAPhaseThatEndsBeforeItStarts() {
    assertRejected(
        founding().replace("    from: 2024-01-01\n", "    from: 2026-01-01\n"),
        "phases[1].from",
        "sau ngày kết thúc");
  }

  @Test
  void rejectsADateThatIsNotADate() {
    assertRejected(
        founding().replace("deadline: 2025-12-31", "deadline: 31/12/2025"),
        "targets[0].deadline",
        "ngày dạng yyyy-MM-dd");
  }

  @Test
  void rejectsAnUnknownField() {
    assertRejected(
        founding().replace("  maxGapDays: 31\n", "  maxGapDays: 31\n  maxGapDay: 30\n"),
        "thresholds.maxGapDay",
        "không thuộc định dạng chính sách");
  }

  @Test
  void rejectsANumberWhereTextIsExpected() {
    assertRejected(
        founding().replace("procedure: hadong-4-steps", "procedure: 4"),
        "procedure",
        "phải là chuỗi ký tự");
  }

  @Test
  void rejectsAQuotedSwitch() {
    assertRejected(
        founding()
            .replace(
                "  requirePlanning: true\n  excludeDiscipline",
                "  requirePlanning: \"true\"\n  excludeDiscipline"),
        "eligibility.requirePlanning",
        "phải là giá trị đúng/sai");
  }

  @Test
  void namesTheListItemOfAValueOfTheWrongType() {
    assertRejected(founding().replace("goal: 2.0", "goal: hai"), "targets[1].goal", "phải là số");
  }

  @Test
  void rejectsAnUnknownKeyInAListItem() {
    assertRejected(
        founding().replace("    promotion: true\n", "    promotions: true\n"),
        "forms[0].promotions",
        "không thuộc định dạng chính sách");
  }

  @Test
  void rejectsOneValueWhereAListIsExpected() {
    assertRejected(
        founding().replace("grassrootsLevels: [PHUONG, XA]", "grassrootsLevels: PHUONG"),
        "grassrootsLevels",
        "phải là danh sách");
  }

  @Test
  void rejectsARuleLimitedToAnUndeclaredPhase() {
    assertRejected(
        founding().replace("phases: [\"2022-2023\"]", "phases: [\"2022-2024\"]"),
        "rules.deputy-tenure.phases[0]",
        "chưa được khai báo");
  }

  @Test
  void rejectsAnUnknownLocalEvidence() {
    assertRejected(
        founding()
            .replace(
                "evidence: [HOMETOWN, PERMANENT_RESIDENCE]", "evidence: [HOMETOWN, WORKPLACE]"),
        "local.evidence[1]",
        "\"WORKPLACE\"");
  }

  @Test
  void rejectsANegativeGoal() {
    assertRejected(
        founding().replace("goal: 0.5", "goal: -0.5"), "targets[0].goal", "không được âm");
  }

  @Test
  void rejectsTextThatIsNotYaml() {
    assertThatThrownBy(() -> PolicyLoader.fromYaml("id: [unclosed", "broken.yaml"))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("broken.yaml")
        .hasMessageContaining("không phải YAML hợp lệ");
  }

  @Test
  void reportsAnUnknownShippedPolicy() {
    assertThatThrownBy(() -> PolicyLoader.fromClasspath("../secrets"))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("Không tìm thấy chính sách");
    assertThatThrownBy(() -> PolicyLoader.fromClasspath("hanoi-2099"))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("hanoi-2099");
  }

  @Test
  void explainsTheProblemInEnglishOnRequest() {
    PolicyException e = catchPolicyException(founding().replace("  headTenureMonths: 96\n", ""));

    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("Required field \"thresholds.headTenureMonths\" is missing in policy test.yaml");
  }

  @Test
  void loadsTheFormsOfAMoveInThePolicysOrder() {
    Policy policy = PolicyLoader.fromClasspath("hadong-2022");

    assertThat(policy.forms().enabled())
        .extracting(Policy.FormRule::form)
        .containsExactly(
            vn.luanchuyen.cadre.AssignmentForm.LUAN_CHUYEN,
            vn.luanchuyen.cadre.AssignmentForm.CHUYEN_DOI,
            vn.luanchuyen.cadre.AssignmentForm.DIEU_DONG);
    Policy.FormRule rotation = policy.forms().enabled().get(0);
    assertThat(rotation.requirePlanning()).isTrue();
    assertThat(rotation.requireRemainingTime()).isTrue();
    assertThat(rotation.promotion()).isTrue();
    assertThat(policy.thresholds().retirementFloorMonths()).isEqualTo(18);
  }

  @Test
  void aPolicyMayDisableAForm() {
    Policy policy =
        PolicyLoader.fromYaml(
            founding()
                .replace(
                    "  - form: DIEU_DONG\n    enabled: true",
                    "  - form: DIEU_DONG\n    enabled: false"),
            "test.yaml");

    assertThat(policy.forms().enabled())
        .extracting(Policy.FormRule::form)
        .doesNotContain(vn.luanchuyen.cadre.AssignmentForm.DIEU_DONG);
  }

  @Test
  void rejectsAnUnknownForm() {
    assertRejected(
        founding().replace("  - form: DIEU_DONG", "  - form: BIET_PHAI"),
        "forms[2].form",
        "BIET_PHAI");
  }

  @Test
  void rejectsAFormThatIsNotAMove() {
    assertRejected(
        founding().replace("  - form: DIEU_DONG", "  - form: BO_NHIEM"),
        "forms[2].form",
        "BO_NHIEM");
  }

  @Test
  void rejectsAFormGivenTwice() {
    assertRejected(
        founding().replace("  - form: DIEU_DONG", "  - form: LUAN_CHUYEN"),
        "forms[2].form",
        "bị trùng");
  }

  @Test
  void rejectsAnUnknownLevelInAForm() {
    assertRejected(
        founding()
            .replace(
                "    destinations: [SAME_UNIT, SAME_SECTOR]\n",
                "    destinations: [SAME_UNIT, SAME_SECTOR]\n    levels: [HUYEN]\n"),
        "forms[1].levels",
        "Cấp \"HUYEN\"");
  }

  @Test
  void rejectsAnUnknownRoleInAForm() {
    assertRejected(
        founding()
            .replace(
                "    destinations: [SAME_UNIT, SAME_SECTOR]\n",
                "    destinations: [SAME_UNIT, SAME_SECTOR]\n    roles: [THU_TRUONG]\n"),
        "forms[1].roles",
        "Chức danh \"THU_TRUONG\"");
  }

  @Test
  void rejectsAnUnknownDestination() {
    assertRejected(
        founding()
            .replace(
                "destinations: [OTHER_UNIT]\n    promotion",
                "destinations: [ANYWHERE]\n    promotion"),
        "forms[0].destinations[0]",
        "ANYWHERE");
  }

  @Test
  void rejectsAMustMoveRuleThatNoFormCanMove() {
    assertRejected(
        founding()
            .replace(
                "appliesTo: [head-tenure, deputy-tenure, young-grassroots, eligibility]",
                "appliesTo: [deputy-tenure, young-grassroots, eligibility]")
            .replace(
                "appliesTo: [head-tenure, deputy-tenure, eligibility]",
                "appliesTo: [deputy-tenure, eligibility]")
            .replace("appliesTo: [head-tenure, deputy-tenure]", "appliesTo: [deputy-tenure]"),
        "forms",
        "head-tenure");
  }

  @Test
  void theShippedPoliciesAreVersionsThatDoNotOverlap() {
    assertThat(PolicyLoader.shipped())
        .extracting(Policy::family)
        .containsExactly("province", "commune", "hadong", "qd65");
  }

  @Test
  void refusesTwoVersionsOfOnePolicyInForceOnTheSameDay(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("hadong-2022.yaml");
    Path second = dir.resolve("hadong-2025.yaml");
    Files.writeString(first, founding());
    Files.writeString(
        second,
        founding()
            .replace("id: hadong-2022", "id: hadong-2025")
            .replace("version: 1", "version: 2")
            .replace(
                "  from: 2022-01-01\n  to: 2025-12-31", "  from: 2025-12-31\n  to: 2030-12-31"));

    assertThatThrownBy(() -> PolicyLoader.fromFiles(List.of(first, second)))
        .isInstanceOfSatisfying(
            PolicyException.class, e -> assertThat(e.field()).isEqualTo("effective"))
        .hasMessageContaining(first.toString())
        .hasMessageContaining(second.toString())
        .hasMessageContaining("31/12/2025 – 31/12/2030")
        .hasMessageContaining("chồng lên nhau");
  }

  @Test
  void acceptsTheNextVersionFromTheDayAfterThePreviousEnds(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("hadong-2022.yaml");
    Path second = dir.resolve("hadong-2026.yaml");
    Files.writeString(first, founding());
    Files.writeString(
        second,
        founding()
            .replace("id: hadong-2022", "id: hadong-2026")
            .replace("version: 1", "version: 2")
            .replace(
                "  from: 2022-01-01\n  to: 2025-12-31", "  from: 2026-01-01\n  to: 2030-12-31"));

    assertThat(PolicyLoader.fromFiles(List.of(first, second)))
        .extracting(Policy::version)
        .containsExactly(1, 2);
  }

  @Test
  void versionsOfDifferentPoliciesMayOverlap(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("hadong-2022.yaml");
    Path second = dir.resolve("thanhxuan-2022.yaml");
    Files.writeString(first, founding());
    Files.writeString(
        second,
        founding()
            .replace("id: hadong-2022", "id: thanhxuan-2022")
            .replace("family: hadong", "family: thanhxuan"));

    assertThat(PolicyLoader.fromFiles(List.of(first, second))).hasSize(2);
  }

  private static void assertRejected(String yaml, String field, String messagePart) {
    PolicyException e = catchPolicyException(yaml);
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).contains(field).contains(messagePart);
  }

  private static PolicyException catchPolicyException(String yaml) {
    try {
      PolicyLoader.fromYaml(yaml, "test.yaml");
    } catch (PolicyException e) {
      return e;
    }
    throw new AssertionError("the policy was accepted");
  }

  static String founding() {
    try (InputStream in =
        PolicyLoaderTests.class.getClassLoader().getResourceAsStream("policies/hadong-2022.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
