package vn.luanchuyen.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
    assertThatThrownBy(() -> ProcedureLoader.shipped("../etc"))
        .hasMessageContaining("Không có quy trình");
  }

  @Test
  void aStepWithoutRolesIsRejectedNamingTheField() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    id: x
                    name: X
                    ballot: {quorum: 2/3, passAbove: 1/2}
                    steps:
                      - {id: a, name: A, roles: [ADMIN]}
                      - {id: b, name: B}
                    """))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("steps[1].roles");
  }

  @Test
  void anUnknownRequirementOrRoleOrABadShareIsRejectedNamingIt() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    id: x
                    name: X
                    ballot: {quorum: 2/3, passAbove: 1/2}
                    steps:
                      - {id: a, name: A, roles: [ADMIN], requires: [signature]}
                    """))
        .hasMessageContaining("steps[0].requires")
        .hasMessageContaining("signature");
    assertThatThrownBy(
            () ->
                read(
                    """
                    id: x
                    name: X
                    ballot: {quorum: 2/3, passAbove: 1/2}
                    steps:
                      - {id: a, name: A, roles: [CHAIRMAN]}
                    """))
        .hasMessageContaining("steps[0].roles")
        .hasMessageContaining("CHAIRMAN");
    assertThatThrownBy(
            () ->
                read(
                    """
                    id: x
                    name: X
                    ballot: {quorum: two thirds, passAbove: 1/2}
                    steps:
                      - {id: a, name: A, roles: [ADMIN]}
                    """))
        .hasMessageContaining("ballot.quorum");
    assertThatThrownBy(() -> read("id: x\nname: X\nsteps: []\n")).hasMessageContaining("ballot");
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
        .hasMessageContaining("steps[0].requires");
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
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.yaml: steps[0].role");
  }
}
