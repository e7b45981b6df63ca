package vn.luanchuyen.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.organisation.Block;
import vn.luanchuyen.policy.Policy.Category;
import vn.luanchuyen.policy.PolicyLoader;
import vn.luanchuyen.screening.LegalForms.Mover;
import vn.luanchuyen.screening.LegalForms.Post;

/** The form a move takes under the founding policy, condition by condition, with near misses. */
class LegalFormsTests {

  static final LegalForms HADONG =
      new LegalForms(PolicyLoader.fromClasspath("hadong-2022"), LocalDate.of(2022, 6, 30));

  static final Post HOME_AFFAIRS_HEAD =
      new Post("P-NV", "QUAN", Block.CHINH_QUYEN, "TRUONG_PHONG", 4);
  static final Post JUSTICE_HEAD = new Post("P-TP", "QUAN", Block.CHINH_QUYEN, "TRUONG_PHONG", 4);
  static final Post ORGANISATION_BOARD_HEAD = new Post("BTC", "QUAN", Block.DANG, "TRUONG_BAN", 4);
  static final Post WARD_CHAIR = new Post("W1", "PHUONG", Block.CHINH_QUYEN, "CHU_TICH_UBND", 4);
  static final Post WARD_SECRETARY = new Post("W1-DU", "PHUONG", Block.DANG, "BI_THU", 4);
  static final Post HOME_AFFAIRS_DEPUTY =
      new Post("P-NV", "QUAN", Block.CHINH_QUYEN, "PHO_TRUONG_PHONG", 3);
  static final Post JUSTICE_DEPUTY =
      new Post("P-TP", "QUAN", Block.CHINH_QUYEN, "PHO_TRUONG_PHONG", 3);
  static final Post WARD_VICE_CHAIR =
      new Post("W1", "PHUONG", Block.CHINH_QUYEN, "PHO_CHU_TICH_UBND", 3);

  static Mover head(Integer months, String... planned) {
    return new Mover(Category.HEAD_TENURE, Set.of(planned), months, true, false);
  }

  static Mover deputy(Integer months, String... planned) {
    return new Mover(Category.DEPUTY_TENURE, Set.of(planned), months, false, false);
  }

  @Test
  void aHeadInPlanningWithTwoTermsLeftIsRotated() {
    assertThat(HADONG.formOf(head(200, "TRUONG_PHONG"), HOME_AFFAIRS_HEAD, WARD_CHAIR))
        .isEqualTo(AssignmentForm.LUAN_CHUYEN);
  }

  @Test
  void aHeadNotInPlanningMovedWithinTheSectorAndLevelChangesPosition() {
    assertThat(HADONG.formOf(head(200), HOME_AFFAIRS_HEAD, JUSTICE_HEAD))
        .isEqualTo(AssignmentForm.CHUYEN_DOI);
  }

  @Test
  void aHeadNotInPlanningMovedToAWardIsTransferred() {
    assertThat(HADONG.formOf(head(200), HOME_AFFAIRS_HEAD, WARD_CHAIR))
        .isEqualTo(AssignmentForm.DIEU_DONG);
  }

  @Test
  void aHeadNotInPlanningMovedToAnotherBlockAtTheSameLevelIsTransferred() {
    assertThat(HADONG.formOf(head(200), HOME_AFFAIRS_HEAD, ORGANISATION_BOARD_HEAD))
        .isEqualTo(AssignmentForm.DIEU_DONG);
  }

  @Test
  void aDeputyWith120MonthsLeftIsRotatedAndWith119IsTransferred() {
    assertThat(
            HADONG.formOf(deputy(120, "PHO_CHU_TICH_UBND"), HOME_AFFAIRS_DEPUTY, WARD_VICE_CHAIR))
        .isEqualTo(AssignmentForm.LUAN_CHUYEN);
    assertThat(
            HADONG.formOf(deputy(119, "PHO_CHU_TICH_UBND"), HOME_AFFAIRS_DEPUTY, WARD_VICE_CHAIR))
        .isEqualTo(AssignmentForm.DIEU_DONG);
  }

  @Test
  void aTwoTermHeadWith60MonthsLeftIsRotatedUnderTheExceptionAndWith59IsTransferred() {
    assertThat(HADONG.formOf(head(60, "TRUONG_PHONG"), HOME_AFFAIRS_HEAD, WARD_CHAIR))
        .isEqualTo(AssignmentForm.LUAN_CHUYEN);
    assertThat(HADONG.formOf(head(59, "TRUONG_PHONG"), HOME_AFFAIRS_HEAD, WARD_CHAIR))
        .isEqualTo(AssignmentForm.DIEU_DONG);
  }

  @Test
  void theExceptionAlsoCoversAMoveIntoAPostTheNonLocalPolicyNames() {
    Mover planned = deputy(60, "BI_THU");
    Post wardDeputySecretary = new Post("W1-DU", "PHUONG", Block.DANG, "PHO_BI_THU", 3);

    assertThat(HADONG.enoughWorkingTime(60, false, "BI_THU")).isTrue();
    assertThat(HADONG.enoughWorkingTime(59, false, "BI_THU")).isFalse();
    assertThat(HADONG.enoughWorkingTime(60, false, "PHO_BI_THU")).isFalse();
    assertThat(HADONG.formOf(planned, HOME_AFFAIRS_DEPUTY, wardDeputySecretary))
        .isEqualTo(AssignmentForm.DIEU_DONG);
  }

  @Test
  void aDisciplinedCadreIsNotRotated() {
    Mover disciplined = new Mover(Category.HEAD_TENURE, Set.of("TRUONG_PHONG"), 200, true, true);

    assertThat(HADONG.formOf(disciplined, HOME_AFFAIRS_HEAD, WARD_CHAIR))
        .isEqualTo(AssignmentForm.DIEU_DONG);
  }

  @Test
  void onlyARotationOfACadrePlannedForThePostGoesOneGradeUp() {
    Post wardSecretaryGradeUp = new Post("W1-DU", "PHUONG", Block.DANG, "BI_THU", 4);

    assertThat(HADONG.formOf(deputy(200, "BI_THU"), HOME_AFFAIRS_DEPUTY, wardSecretaryGradeUp))
        .isEqualTo(AssignmentForm.LUAN_CHUYEN);
    assertThat(
            HADONG.formOf(deputy(200, "TRUONG_PHONG"), HOME_AFFAIRS_DEPUTY, wardSecretaryGradeUp))
        .isNull();
    assertThat(HADONG.formOf(deputy(50, "BI_THU"), HOME_AFFAIRS_DEPUTY, wardSecretaryGradeUp))
        .as("a transfer never promotes")
        .isNull();
  }

  @Test
  void aLowerPostIsNoLawfulMove() {
    assertThat(HADONG.formOf(head(200, "TRUONG_PHONG"), HOME_AFFAIRS_HEAD, JUSTICE_DEPUTY))
        .isNull();
  }

  @Test
  void anEligibleCadreMovedWithinTheUnitChangesPositionButAMustMoveCadreMayNot() {
    Mover eligible = new Mover(Category.ELIGIBILITY, Set.of("CHU_TICH_UBND"), 200, false, false);
    Post wardSecretaryOfTheSameUnit = new Post("W1", "PHUONG", Block.CHINH_QUYEN, "BI_THU", 4);

    assertThat(HADONG.formOf(eligible, WARD_CHAIR, wardSecretaryOfTheSameUnit))
        .isEqualTo(AssignmentForm.CHUYEN_DOI);
    assertThat(
            LegalForms.staysInUnitThoughMustMove(eligible, WARD_CHAIR, wardSecretaryOfTheSameUnit))
        .isFalse();
    assertThat(
            LegalForms.staysInUnitThoughMustMove(head(200), WARD_CHAIR, wardSecretaryOfTheSameUnit))
        .isTrue();
  }

  @Test
  void theSamePostInTheSameUnitIsNoMove() {
    Mover eligible = new Mover(Category.ELIGIBILITY, Set.of(), 200, false, false);

    assertThat(HADONG.formOf(eligible, HOME_AFFAIRS_DEPUTY, HOME_AFFAIRS_DEPUTY)).isNull();
  }

  @Test
  void aYoungCadreForTheGrassrootsIsOnlyRotated() {
    Mover young =
        new Mover(Category.YOUNG_GRASSROOTS, Set.of("PHO_CHU_TICH_UBND"), 300, false, false);
    Mover youngWithoutPlanning = new Mover(Category.YOUNG_GRASSROOTS, Set.of(), 300, false, false);

    assertThat(HADONG.formOf(young, HOME_AFFAIRS_DEPUTY, WARD_VICE_CHAIR))
        .isEqualTo(AssignmentForm.LUAN_CHUYEN);
    assertThat(HADONG.formOf(youngWithoutPlanning, HOME_AFFAIRS_DEPUTY, WARD_VICE_CHAIR)).isNull();
  }

  @Test
  void theRetirementFloorIsEighteenMonths() {
    assertThat(HADONG.retiring(17)).isTrue();
    assertThat(HADONG.retiring(18)).isFalse();
    assertThat(HADONG.retiring(null)).isFalse();
  }

  @Test
  void theGroundsOfATransferSayWhyNotARotation() {
    Mover notPlanned = head(200);

    assertThat(ScreeningMessages.render(HADONG.grounds(notPlanned, HOME_AFFAIRS_HEAD, WARD_CHAIR)))
        .isEqualTo(
            "Điều động: chức danh tương đương ở đơn vị khác theo yêu cầu nhiệm vụ. Không áp dụng"
                + " luân chuyển: không trong quy hoạch; chuyển đổi vị trí công tác: nơi đến phải"
                + " là chức danh khác trong cùng đơn vị, đơn vị khác cùng khối, cùng cấp");
  }

  @Test
  void theGroundsOfAMoveNoFormAllowsNameEveryForm() {
    assertThat(HADONG.grounds(head(200, "TRUONG_PHONG"), HOME_AFFAIRS_HEAD, JUSTICE_DEPUTY).code())
        .isEqualTo("move-form-none");
  }
}
