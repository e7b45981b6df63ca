package vn.luanchuyen.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.approval.ProcedureLoader;

/**
 * Where a policy comes from: a shipped one read once and kept, a user's file read as it is now, the
 * one in force as the deployment chose it.
 */
class PoliciesTests {

  private final Policies shipped = Policies.asShipped();

  @Test
  void aShippedPolicyIsReadOnceAndKept() {
    String id = shipped.shippedIds().get(0);

    Policy first = shipped.byId(id);

    assertThat(shipped.byId(id)).isSameAs(first);
    assertThat(shipped.isShipped(first)).isTrue();
    assertThat(Policies.withCurrent("qd65-2022").byId(id)).isSameAs(first);
  }

  @Test
  void namingNothingMeansThePolicyInForce() {
    assertThat(shipped.idOrFile(null)).isSameAs(shipped.current());
    assertThat(shipped.idOrFile(" ")).isSameAs(shipped.current());
    assertThat(shipped.current().id()).isEqualTo(shipped.currentId());
  }

  @Test
  void theDeploymentChoosesThePolicyInForceAmongTheShippedOnes() {
    String other =
        shipped.shippedIds().stream()
            .filter(id -> !id.equals(shipped.currentId()))
            .findFirst()
            .orElseThrow();

    Policies chosen = Policies.withCurrent(" " + other + " ");

    assertThat(chosen.currentId()).isEqualTo(other);
    assertThat(chosen.current().id()).isEqualTo(other);
    assertThat(chosen.idOrFile(null)).isSameAs(shipped.byId(other));
    assertThat(chosen.orCurrent("")).isEqualTo(other);
    assertThat(chosen.orCurrent("qd65-2022")).isEqualTo("qd65-2022");
    assertThat(shipped.currentId()).as("the index's choice is unchanged").isNotEqualTo(other);
  }

  @Test
  void choosingNothingKeepsTheIndexsChoice() {
    assertThat(Policies.withCurrent(null).currentId()).isEqualTo(shipped.currentId());
    assertThat(Policies.withCurrent("  ").currentId()).isEqualTo(shipped.currentId());
  }

  @Test
  void aPolicyInForceThatIsNotShippedIsRefusedNamingThePropertyAndTheChoices() {
    assertThatThrownBy(() -> Policies.withCurrent("hadong-2099"))
        .isInstanceOfSatisfying(
            PolicyException.class,
            e -> {
              assertThat(e.reason().code()).isEqualTo("policy-current-not-shipped");
              assertThat(e.field()).isEqualTo(Policies.CURRENT_PROPERTY);
              assertThat(e.getMessage())
                  .contains("luanchuyen.policy.current", "hadong-2099", "qd65-2022")
                  .contains("không phải");
            });
  }

  @Test
  void aUsersFileIsReadFromDiskAndNotTakenForTheShippedPolicyOfItsId(@TempDir Path dir)
      throws IOException {
    String id = shipped.currentId();
    Path file = dir.resolve("chinh-sach.yaml");
    try (InputStream source =
        Policies.class.getClassLoader().getResourceAsStream("policies/" + id + ".yaml")) {
      Files.copy(source, file);
    }

    Policy own = shipped.idOrFile(file.toString());

    assertThat(own.id()).isEqualTo(id);
    assertThat(own).isNotSameAs(shipped.byId(id));
    assertThat(shipped.isShipped(own)).isFalse();
  }

  @Test
  void everyShippedPolicyNamesAShippedProcedureByItsOwnId() {
    for (String id : shipped.shippedIds()) {
      String procedure = shipped.byId(id).procedure();

      assertThat(ProcedureLoader.shipped(procedure).id()).as(id).isEqualTo(procedure);
    }
  }

  @Test
  void anIdNoShippedPolicyHasIsNotFound() {
    assertThatThrownBy(() -> shipped.byId("khong-co-2099"))
        .isInstanceOfSatisfying(
            PolicyException.class,
            e -> assertThat(e.reason().code()).isEqualTo("policy-not-found"));
  }
}
