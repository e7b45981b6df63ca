package vn.luanchuyen.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.DisciplineForm;
import vn.luanchuyen.policy.Policy.Comparison;
import vn.luanchuyen.policy.Policy.TargetKind;

/** The policies in force after the two-tier local government of 1 July 2025, as shipped. */
class PoliciesAfter2025Tests {

  @Test
  void theProvincePolicyMakesProvincialLeadersNonLocalByMidDecember2025() {
    Policy policy = PolicyLoader.fromClasspath("province-2025");

    var provincial = policy.target("non-local-provincial-leaders").orElseThrow();
    assertThat(provincial.kind()).isEqualTo(TargetKind.NON_LOCAL_SHARE);
    assertThat(provincial.roles())
        .containsExactlyInAnyOrder("BI_THU", "CHU_TICH_UBND", "CHU_NHIEM_UBKT", "CHANH_THANH_TRA");
    assertThat(provincial.levels()).containsExactly("TINH");
    assertThat(provincial.goal()).isEqualTo(1.0);
    assertThat(provincial.deadline()).isEqualTo(LocalDate.of(2025, 12, 15));
    assertThat(provincial.basis()).contains("201-KL/TW");
    assertThat(policy.effective().from()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(policy.effective().to()).isNull();
  }

  @Test
  void theCommuneLeadersTargetCoversWardsAndCommunesAndIsMarkedUnverified() {
    Policy policy = PolicyLoader.fromClasspath("province-2025");

    var communes = policy.target("non-local-commune-leaders").orElseThrow();
    assertThat(communes.coversUnit("PHUONG", "PHUONG")).isTrue();
    assertThat(communes.coversUnit("XA", "XA")).isTrue();
    assertThat(communes.coversUnit("TINH", "UBND")).isFalse();
    assertThat(communes.countsSeat("BI_THU", "XA", "XA")).isTrue();
    assertThat(communes.countsSeat("PHO_BI_THU", "XA", "XA")).isFalse();
    assertThat(communes.verified()).isFalse();
    assertThat(policy.unverified())
        .extracting(Policy.Source::key)
        .contains("targets.non-local-commune-leaders");
    assertThat(policy.planning().nonLocalTarget()).isEqualTo("non-local-commune-leaders");
    assertThat(policy.planning().nonLocalRequired()).isTrue();
  }

  @Test
  void vicechairsAverageAtMostTwoAndAHalfPerCommuneOverTheProvince() {
    var target =
        PolicyLoader.fromClasspath("province-2025").target("vice-chairs-per-commune").orElseThrow();

    assertThat(target.kind()).isEqualTo(TargetKind.SEATS_PER_UNIT);
    assertThat(target.comparison()).isEqualTo(Comparison.AT_MOST);
    assertThat(target.goal()).isEqualTo(2.5);
    assertThat(target.coversUnit("XA", "UBND")).isTrue();
    assertThat(target.coversUnit("XA", "PHONG_CHUYEN_MON")).isFalse();
  }

  @Test
  void planningFollows377WithoutShareNumbersAndWithDisciplineWaitingPeriods() {
    var succession = PolicyLoader.fromClasspath("province-2025").succession();

    assertThat(succession.maxCadresPerPost()).isEqualTo(3);
    assertThat(succession.maxPostsPerLevel()).isEqualTo(3);
    assertThat(succession.youngShareGoal()).isNull();
    assertThat(succession.womenShareGoal()).isNull();
    assertThat(succession.disciplineWaitingMonths())
        .containsEntry(DisciplineForm.KHIEN_TRACH, 24)
        .containsEntry(DisciplineForm.CANH_CAO, 36)
        .containsEntry(DisciplineForm.CACH_CHUC, 60);
    assertThat(succession.waitingEnds(DisciplineForm.CANH_CAO, LocalDate.of(2025, 3, 1)))
        .isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void theCommunePolicyAveragesTwoDeputiesOverItsDepartmentsAndCentre() {
    Policy policy = PolicyLoader.fromClasspath("commune-2025");

    var deputies = policy.target("deputies-per-commune-department").orElseThrow();
    assertThat(deputies.goal()).isEqualTo(2.0);
    assertThat(deputies.coversUnit("XA", "TRUNG_TAM_HANH_CHINH_CONG")).isTrue();
    assertThat(deputies.coversUnit("PHUONG", "PHONG_CHUYEN_MON")).isTrue();
    assertThat(deputies.countsSeat("PHO_GIAM_DOC", "XA", "TRUNG_TAM_HANH_CHINH_CONG")).isTrue();
    assertThat(policy.planning().deputiesTarget()).isEqualTo("deputies-per-commune-department");
    assertThat(policy.forms().enabled().get(0).form().name()).isEqualTo("CHUYEN_DOI");
  }

  @Test
  void everyShippedPolicyLoadsAndTheIndexListsTheNewOnes() {
    assertThat(Policies.asShipped().shippedIds()).contains("province-2025", "commune-2025");
    for (String id : Policies.asShipped().shippedIds()) {
      assertThat(PolicyLoader.fromClasspath(id).id()).isEqualTo(id);
    }
  }

  @Test
  void refusesARoleOutsideTheCodeListInATarget() {
    assertRejected(
        province().replace("roles: [PHO_CHU_TICH_UBND]", "roles: [PHO_CHU_TICH_XA]"),
        "targets[2].roles",
        "PHO_CHU_TICH_XA");
  }

  @Test
  void refusesALevelOutsideTheCodeListInATarget() {
    assertRejected(
        province().replace("    level: TINH\n", "    level: HUYEN\n"), "targets[0].level", "HUYEN");
  }

  @Test
  void refusesAnUnknownTargetKind() {
    assertRejected(
        commune().replace("kind: SEATS_PER_UNIT", "kind: SEATS_PER_COMMUNE"),
        "targets[0].kind",
        "SEATS_PER_COMMUNE");
  }

  @Test
  void refusesASourceForAValueTheFileDoesNotHave() {
    assertRejected(
        commune().replace("key: targets.council-vice-chairs", "key: targets.council-chairs"),
        "sources[3].key",
        "targets.council-chairs");
  }

  @Test
  void refusesAWaitingPeriodForAnUnknownDisciplineForm() {
    assertRejected(
        commune().replace("    CANH_CAO: 36\n", "    PHE_BINH: 36\n"),
        "succession.disciplineWaitingMonths.PHE_BINH",
        "PHE_BINH");
  }

  @Test
  void refusesATargetGivingBothOneLevelAndALevelList() {
    assertRejected(
        province().replace("    level: TINH\n", "    level: TINH\n    levels: [TINH]\n"),
        "targets[0].levels",
        "levels");
  }

  @Test
  void loadsTheAgeGatesOfChiThi45WithTheirReferenceMonths() {
    var gates = PolicyLoader.fromClasspath("province-2025").succession().ageGates();

    assertThat(gates.firstEntryMonths()).isEqualTo(60);
    assertThat(gates.reElectionMonths()).isEqualTo(48);
    assertThat(gates.posts())
        .extracting(g -> g.id() + " " + g.referenceMonth())
        .containsExactly(
            "council-and-committee-leaders 2026-03",
            "grassroots-party-committees 2025-04",
            "commune-committees 2025-07",
            "province-committees 2025-09");
    assertThat(gates.gateFor("BI_THU", "XA", "CAP_UY").orElseThrow().id())
        .isEqualTo("commune-committees");
    assertThat(PolicyLoader.fromClasspath("commune-2025").succession().ageGates().posts())
        .extracting(g -> g.id())
        .contains("commune-committees")
        .doesNotContain("province-committees");
  }

  @Test
  void underTheProvincePolicyAWardSecretaryRetiringInMay2029IsNotPlannedForTheCommuneCongress() {
    var rules = PolicyLoader.fromClasspath("province-2025").succession();
    var term = vn.luanchuyen.shared.Term.parse("2025-2030");

    var failed =
        vn.luanchuyen.succession.SuccessionGates.check(
            rules,
            new vn.luanchuyen.succession.SuccessionGates.Candidate(
                new vn.luanchuyen.succession.SuccessionEntry("CB1", "BI_THU", "P-DM", term),
                java.time.YearMonth.of(2029, 5),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.Map.of("P-DM", "PHUONG"),
                java.util.Map.of("P-DM", "CAP_UY"),
                java.util.List.of(),
                null),
            java.time.LocalDate.of(2025, 3, 1));

    assertThat(failed)
        .filteredOn(r -> r.code().equals("age-gate"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.args())
                    .containsEntry("referenceMonth", java.time.YearMonth.of(2025, 7))
                    .containsEntry("years", 3L)
                    .containsEntry("months", 10L)
                    .containsEntry("required", 60));
  }

  @Test
  void refusesAnAgeGateForARoleOutsideTheCodeList() {
    assertRejected(
        commune().replace("roles: [BI_THU, PHO_BI_THU]\n", "roles: [BI_THU, PHO_BI_THU_XA]\n"),
        "succession.ageGates.posts[1].roles",
        "PHO_BI_THU_XA");
  }

  @Test
  void refusesAReferenceMonthThatIsNotAMonth() {
    assertRejected(
        province().replace("referenceMonth: 2025-07", "referenceMonth: 07/2025"),
        "succession.ageGates.posts[2].referenceMonth",
        "phải là tháng dạng yyyy-MM");
  }

  @Test
  void refusesAReElectionNeedingMoreTimeThanAFirstEntry() {
    assertRejected(
        province().replace("reElectionMonths: 48", "reElectionMonths: 72"),
        "succession.ageGates.reElectionMonths",
        "không được lớn hơn");
  }

  private static void assertRejected(String yaml, String field, String messagePart) {
    try {
      PolicyLoader.fromYaml(yaml, "test.yaml");
    } catch (PolicyException e) {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains(field).contains(messagePart);
      return;
    }
    throw new AssertionError("the policy was accepted");
  }

  private static String province() {
    return shipped("province-2025");
  }

  private static String commune() {
    return shipped("commune-2025");
  }

  private static String shipped(String id) {
    try (InputStream in =
        PoliciesAfter2025Tests.class
            .getClassLoader()
            .getResourceAsStream("policies/" + id + ".yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
