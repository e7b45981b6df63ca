package vn.luanchuyen.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.luanchuyen.cadre.AssignmentForm.CHUYEN_DOI;
import static vn.luanchuyen.cadre.AssignmentForm.DIEU_DONG;
import static vn.luanchuyen.cadre.AssignmentForm.LUAN_CHUYEN;
import static vn.luanchuyen.testing.Plans.aMove;
import static vn.luanchuyen.testing.Plans.aPlan;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.luanchuyen.audit.AuditTrail;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.FieldProblem;
import vn.luanchuyen.shared.InvalidInput;
import vn.luanchuyen.shared.NotFoundException;
import vn.luanchuyen.testing.DatabaseCleaner;

/** Saving plan versions, optimistic locking and the diff, on H2 and PostgreSQL. */
@SpringBootTest
@Tag("database")
class PlanVersionsIntegrationTests {

  @Autowired PlanVersions versions;
  @Autowired JdbcClient jdbc;
  @Autowired AuditTrail trail;

  @BeforeEach
  void clean() {
    DatabaseCleaner.clean(jdbc);
  }

  static RotationPlan plan() {
    return new RotationPlanner()
        .propose(
            SmallDistrict.standard().snapshot(),
            RotationPlannerTests.POLICY,
            new PlanRequest(SmallDistrict.AS_OF, Set.of(), null, 200L, List.of(), List.of(), false),
            p -> {});
  }

  @Test
  void eachSaveUnderANameIsItsNextDraftVersionWithItsMovesAndForbiddenMoves() {
    RotationPlan plan = plan();

    SavedPlan first = versions.save("Phương án 2022", plan, List.of());
    SavedPlan second =
        versions.save("Phương án 2022", plan, List.of(new PlanRequest.Forbidden("C3", "W1-PCT")));

    assertThat(first.number()).isEqualTo(1);
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.status().name()).isEqualTo("DRAFT");
    assertThat(second.asOf()).isEqualTo(SmallDistrict.AS_OF);
    assertThat(versions.moves(first.id()))
        .extracting(SavedPlan.Move::cadre)
        .containsAll(plan.movesOnly().stream().map(PlannedMove::cadre).toList());
    assertThat(versions.moves(second.id()))
        .filteredOn(SavedPlan.Move::forbidden)
        .extracting(SavedPlan.Move::toSeat)
        .containsExactly("W1-PCT");
    assertThat(versions.list()).extracting(SavedPlan::id).containsExactly(second.id(), first.id());
  }

  @Test
  void savingAVersionIsWrittenToTheAuditTrail() {
    SavedPlan saved = versions.save("Phương án 2022", plan(), List.of());

    assertThat(trail.historyOf("plan-version", String.valueOf(saved.id())))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("CREATE");
              assertThat(e.after()).contains("\"name\":\"Phương án 2022\"", "\"number\":1");
            });
  }

  @Test
  void aStaleRenameIsRefused() {
    SavedPlan saved = versions.save("Phương án", plan(), List.of());

    SavedPlan renamed = versions.rename(saved.id(), "Phương án đợt 1", saved.version());

    assertThat(renamed.name()).isEqualTo("Phương án đợt 1");
    assertThatThrownBy(() -> versions.rename(saved.id(), "Khác", saved.version()))
        .isInstanceOf(ConcurrentEditException.class);
  }

  @Test
  void theBoardGivesAVersionAnOfficialTitleOnTheVersionItReadAndMayClearIt() {
    SavedPlan saved = versions.save("Phương án 2 – khóa Loan", plan(), List.of());
    assertThat(saved.officialTitle()).isNull();

    SavedPlan titled =
        versions.setOfficialTitle(
            saved.id(),
            "  Phương án luân chuyển, điều động cán bộ   đợt 1 năm 2022 ",
            saved.version());

    assertThat(titled.officialTitle())
        .isEqualTo("Phương án luân chuyển, điều động cán bộ đợt 1 năm 2022");
    assertThat(titled.name()).as("the working name stays").isEqualTo("Phương án 2 – khóa Loan");
    assertThatThrownBy(() -> versions.setOfficialTitle(saved.id(), "Khác", saved.version()))
        .isInstanceOf(ConcurrentEditException.class);
    assertThatThrownBy(
            () -> versions.setOfficialTitle(saved.id(), "x".repeat(501), titled.version()))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.field()).isEqualTo("officialTitle");
                          assertThat(p.messageKey())
                              .isEqualTo("plans.input.official-title.too-long");
                          assertThat(p.args()).containsExactly(501, PlanVersions.TITLE_MAX);
                        }));
    assertThat(versions.setOfficialTitle(saved.id(), " ", titled.version()).officialTitle())
        .isNull();
  }

  @Test
  void aVersionIsSavedOnlyUnderAName() {
    assertThatThrownBy(() -> versions.save(" ", plan(), List.of()))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple("name", "plans.input.name.required")));
    assertThat(versions.list()).isEmpty();
  }

  @Test
  void anEditNamesTheNameOrTheOfficialTitle() {
    SavedPlan saved = versions.save("Phương án", plan(), List.of());

    assertThatThrownBy(() -> versions.edit(saved.id(), null, null, saved.version()))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::messageKey)
                    .containsExactly("plans.input.name-or-title.required"));
  }

  @Test
  void anUnknownVersionIsNotFoundAsAPlanVersion() {
    assertThatThrownBy(() -> versions.get(999_999))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("plan-version");
              assertThat(e.wording(Locale.forLanguageTag("vi")))
                  .isEqualTo("Không có bản ghi phiên bản phương án mã 999999.");
              assertThat(e.wording(Locale.ENGLISH))
                  .isEqualTo("There is no plan version record with code 999999.");
            });
  }

  @Test
  void anEditRenamesAndTitlesInOneChange() {
    SavedPlan saved = versions.save("Phương án", plan(), List.of());

    SavedPlan edited = versions.edit(saved.id(), "Phương án A", "Phương án đợt 1", saved.version());

    assertThat(edited.name()).isEqualTo("Phương án A");
    assertThat(edited.officialTitle()).isEqualTo("Phương án đợt 1");
    assertThatThrownBy(() -> versions.edit(saved.id(), "B", null, saved.version()))
        .isInstanceOf(ConcurrentEditException.class);
  }

  @Test
  void eachSavedMoveKeepsItsGroundsAndTheReasonForItsFormAsThePlanGaveThem() {
    RotationPlan plan = plan();
    PlannedMove move =
        plan.movesOnly().stream().filter(m -> !m.grounds().isEmpty()).findFirst().orElseThrow();

    SavedPlan saved = versions.save("Phương án", plan, List.of());

    SavedPlan.Move kept =
        versions.moves(saved.id()).stream()
            .filter(m -> m.cadre().equals(move.cadre()) && !m.forbidden())
            .findFirst()
            .orElseThrow();
    assertThat(kept.grounds())
        .containsExactlyElementsOf(move.grounds().stream().map(Explanation::text).toList());
    assertThat(kept.formReason()).isEqualTo(move.formReason().text());
  }

  @Test
  void aSavedVersionKeepsTheTargetsBeforeAndAfterAndWhoIsLeftWithoutASeat() {
    RotationPlan plan = plan();
    RotationPlan withUnplaced =
        new RotationPlan(
            plan.policy(),
            plan.asOf(),
            plan.hardPenalty(),
            plan.mediumPenalty() + 1,
            plan.softPenalty(),
            plan.moves(),
            plan.constraints(),
            plan.broken(),
            List.of(
                new BrokenRule(
                    "mustMoveCadreIsPlaced",
                    List.of("C9"),
                    "S9",
                    "Cán bộ phải luân chuyển chưa có vị trí phù hợp: Đỗ Văn Chín (C9) — điều động:"
                        + " các chức danh phù hợp đã dành cho cán bộ khác")),
            plan.targets(),
            plan.figures());

    SavedOutcome outcome =
        versions.outcome(versions.save("Có kết quả", withUnplaced, List.of()).id());

    assertThat(outcome.targets()).isEqualTo(plan.targets());
    assertThat(outcome.targets()).isNotEmpty();
    assertThat(outcome.unplaced()).containsExactly(withUnplaced.unplaced().get(0).text());
    assertThat(outcome.broken()).isEmpty();
  }

  @Test
  void theDiffListsMovesAddedRemovedAndChanged() {
    RotationPlan plan = plan();
    SavedPlan a = versions.save("A", plan, List.of());
    PlannedMove first = plan.movesOnly().get(0);
    RotationPlan edited =
        new RotationPlan(
            plan.policy(),
            plan.asOf(),
            plan.hardPenalty(),
            plan.mediumPenalty(),
            plan.softPenalty(),
            plan.movesOnly().subList(1, plan.movesOnly().size()),
            plan.constraints(),
            plan.broken(),
            plan.unplaced(),
            plan.targets(),
            plan.figures());
    SavedPlan b = versions.save("A", edited, List.of());

    PlanDiff diff = versions.diff(a.id(), b.id());

    assertThat(diff.changes())
        .containsExactly(
            new PlanDiff.Change(
                first.cadre(),
                PlanDiff.Kind.REMOVED,
                first.fromSeat(),
                first.toSeat(),
                null,
                first.form(),
                null));
    assertThat(diff.unchanged()).isEqualTo(plan.movesOnly().size() - 1);
  }

  @Test
  void eachSavedMoveKeepsItsFormALockedOneToo() {
    RotationPlan plan =
        aPlan()
            .with(aMove("C1").from("P1-TP").to("W1-CT").as(LUAN_CHUYEN))
            .with(aMove("C2").from("W2-CT").to("P2-TP").as(DIEU_DONG).locked())
            .with(aMove("C3").from("P2-PTP1").to("P2-PTP2").as(CHUYEN_DOI))
            .with(aMove("C4").from("P1-PTP1"))
            .build();

    SavedPlan saved =
        versions.save("Hỗn hợp", plan, List.of(new PlanRequest.Forbidden("C4", "W1-PCT")));

    assertThat(versions.moves(saved.id()))
        .extracting(m -> m.cadre() + " " + m.toSeat() + " " + m.form() + " " + m.locked())
        .containsExactly(
            "C1 W1-CT LUAN_CHUYEN false",
            "C2 P2-TP DIEU_DONG true",
            "C3 P2-PTP2 CHUYEN_DOI false",
            "C4 W1-PCT null false");
  }

  @Test
  void theDiffShowsAMoveToTheSameSeatInAnotherForm() {
    SavedPlan a =
        versions.save(
            "B",
            aPlan()
                .with(aMove("C1").from("P1-TP").to("W1-CT").as(LUAN_CHUYEN))
                .with(aMove("C2").from("W2-CT").to("P2-TP").as(DIEU_DONG))
                .build(),
            List.of());
    SavedPlan b =
        versions.save(
            "B",
            aPlan()
                .with(aMove("C1").from("P1-TP").to("W1-CT").as(DIEU_DONG))
                .with(aMove("C2").from("W2-CT").to("P2-TP").as(DIEU_DONG))
                .build(),
            List.of());

    PlanDiff diff = versions.diff(a.id(), b.id());

    assertThat(diff.changes())
        .containsExactly(
            new PlanDiff.Change(
                "C1",
                PlanDiff.Kind.FORM_CHANGED,
                "P1-TP",
                "W1-CT",
                "W1-CT",
                LUAN_CHUYEN,
                DIEU_DONG));
    assertThat(diff.changes().get(0).formChanged()).isTrue();
    assertThat(diff.unchanged()).isEqualTo(1);
  }
}
