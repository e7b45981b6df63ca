package vn.luanchuyen.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ProcedureLoaderTests {

  static Procedure read(String yaml) {
    return ProcedureLoader.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void theFoundingProcedureHasFourStepsAndFoldsSixtyFivesStepsThreeAndFour() {
    Procedure four = ProcedureLoader.shipped("hadong-4-steps");
    Procedure five = ProcedureLoader.shipped("qd65-5-steps");

    assertThat(four.steps()).hasSize(4);
    assertThat(five.steps()).hasSize(5);
    assertThat(four.step(2).requires())
        .containsAll(five.step(2).requires())
        .containsAll(five.step(3).requires());
    assertThat(four.step(3).requires()).contains(Requirement.BALLOT_PASSED);
    assertThat(five.step(4).requires()).contains(Requirement.BALLOT_PASSED);
    assertThat(five.quorum()).isEqualTo(new Share(2, 3));
    assertThat(five.passAbove()).isEqualTo(new Share(1, 2));
  }

  @Test
  void theProceduresThePoliciesNameAreShipped() {
    assertThat(ProcedureLoader.shipped("hadong-4-steps").id()).isEqualTo("hadong-4-steps");
    assertThat(ProcedureLoader.shipped("qd65-5-steps").id()).isEqualTo("qd65-5-steps");
    assertThat(problem(() -> ProcedureLoader.shipped("../etc")).code()).isEqualTo("unknown");
    assertThat(problem(() -> ProcedureLoader.shipped("no-such-procedure")).code())
        .isEqualTo("unknown");
  }

  @Test
  void aStepWithoutRolesIsRejectedNamingTheField() {
    ProcedureProblem p =
        problem(
            () ->
                read(
                    """
                    id: x
                    name: X
                    ballot: {quorum: 2/3, passAbove: 1/2}
                    steps:
                      - {id: a, name: A, roles: [ADMIN]}
                      - {id: b, name: B}
                    """));
    assertThat(p.code()).isEqualTo("missing-field");
    assertThat(p.reason().args()).containsEntry("field", "steps[1].roles");
  }

  @Test
  void anUnknownRequirementOrRoleOrABadShareIsRejectedNamingIt() {
    ProcedureProblem requirement =
        problem(
            () ->
                read(
                    """
                    id: x
                    name: X
                    ballot: {quorum: 2/3, passAbove: 1/2}
                    steps:
                      - {id: a, name: A, roles: [ADMIN], requires: [signature]}
                    """));
    assertThat(requirement.code()).isEqualTo("unknown-requirement");
    assertThat(requirement.reason().args())
        .containsEntry("field", "steps[0].requires")
        .containsEntry("value", "signature");
    ProcedureProblem role =
        problem(
            () ->
                read(
                    """
                    id: x
                    name: X
                    ballot: {quorum: 2/3, passAbove: 1/2}
                    steps:
                      - {id: a, name: A, roles: [CHAIRMAN]}
                    """));
    assertThat(role.code()).isEqualTo("unknown-role");
    assertThat(role.reason().args())
        .containsEntry("field", "steps[0].roles")
        .containsEntry("role", "CHAIRMAN");
    ProcedureProblem share =
        problem(
            () ->
                read(
                    """
                    id: x
                    name: X
                    ballot: {quorum: two thirds, passAbove: 1/2}
                    steps:
                      - {id: a, name: A, roles: [ADMIN]}
                    """));
    assertThat(share.code()).isEqualTo("share-format");
    assertThat(share.reason().args()).containsEntry("field", "ballot.quorum");
    ProcedureProblem ballot = problem(() -> read("id: x\nname: X\nsteps: []\n"));
    assertThat(ballot.code()).isEqualTo("missing-field");
    assertThat(ballot.reason().args()).containsEntry("field", "ballot");
  }

  @Test
  void aBallotBeforeTheDecidingStepIsRejected() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    id: x
                    name: X
                    ballot: {quorum: 2/3, passAbove: 1/2}
                    steps:
                      - {id: a, name: A, roles: [ADMIN], requires: [ballotPassed]}
                      - {id: b, name: B, roles: [ADMIN]}
                    """))
        .isInstanceOfSatisfying(
            ProcedureProblem.class,
            p -> {
              assertThat(p.code()).isEqualTo("ballot-not-last");
              assertThat(p.reason().args()).containsEntry("field", "steps[0].requires");
            });
  }

  @Test
  void anUnknownKeyIsRejectedNamingIt() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    id: x
                    name: X
                    ballot: {quorum: 2/3, passAbove: 1/2}
                    steps:
                      - {id: a, name: A, role: [ADMIN]}
                    """))
        .isInstanceOfSatisfying(
            ProcedureProblem.class,
            p -> {
              assertThat(p.code()).isEqualTo("unknown-field");
              assertThat(p.getMessage())
                  .isEqualTo("test.yaml: steps[0].role: trường không thuộc định dạng quy trình");
              assertThat(p.wording(Locale.ENGLISH))
                  .isEqualTo("test.yaml: steps[0].role: not a field of the procedure format");
            });
  }

  private static ProcedureProblem problem(ThrowingCallable reading) {
    return catchThrowableOfType(ProcedureProblem.class, reading);
  }
}
