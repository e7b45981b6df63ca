package vn.luanchuyen.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.luanchuyen.planning.SavedPlan.Status;

/** Where a saved plan version stands in the procedure, and where it may go. */
class PlanVersionStatusTests {

  @Test
  void onlyADraftMayBeSubmitted() {
    assertThat(Status.DRAFT.submittable()).isTrue();
    assertThat(Status.DECIDED.submittable()).isFalse();
    assertThat(Status.REJECTED.submittable()).isFalse();
  }

  @Test
  void aDraftWhoseEveryMoveWasCarriedOutIsDecided() {
    assertThat(Status.DRAFT.everyMoveCarriedOut()).isEqualTo(Status.DECIDED);
  }

  @Test
  void aDraftTheCollectiveRejectsIsNotApproved() {
    assertThat(Status.DRAFT.wholeVersionRejected()).isEqualTo(Status.REJECTED);
  }

  @Test
  void aVersionDecidedMoveByMoveStaysDecidedWhenTheWholeVersionIsRejectedLater() {
    assertThat(Status.DECIDED.wholeVersionRejected()).isEqualTo(Status.DECIDED);
  }
}
