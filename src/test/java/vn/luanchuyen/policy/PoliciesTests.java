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

/** Where a policy comes from: a shipped one read once and kept, a user's file read as it is now. */
class PoliciesTests {

  @Test
  void aShippedPolicyIsReadOnceAndKept() {
    String id = Policies.shippedIds().get(0);

    Policy first = Policies.byId(id);

    assertThat(Policies.byId(id)).isSameAs(first);
    assertThat(Policies.isShipped(first)).isTrue();
  }

  @Test
  void namingNothingMeansThePolicyInForce() {
    assertThat(Policies.idOrFile(null)).isSameAs(Policies.current());
    assertThat(Policies.idOrFile(" ")).isSameAs(Policies.current());
    assertThat(Policies.current().id()).isEqualTo(Policies.currentId());
  }

  @Test
  void aUsersFileIsReadFromDiskAndNotTakenForTheShippedPolicyOfItsId(@TempDir Path dir)
      throws IOException {
    String id = Policies.currentId();
    Path file = dir.resolve("chinh-sach.yaml");
    try (InputStream shipped =
        Policies.class.getClassLoader().getResourceAsStream("policies/" + id + ".yaml")) {
      Files.copy(shipped, file);
    }

    Policy own = Policies.idOrFile(file.toString());

    assertThat(own.id()).isEqualTo(id);
    assertThat(own).isNotSameAs(Policies.byId(id));
    assertThat(Policies.isShipped(own)).isFalse();
  }

  @Test
  void everyShippedPolicyNamesAShippedProcedureByItsOwnId() {
    for (String id : Policies.shippedIds()) {
      String procedure = Policies.byId(id).procedure();

      assertThat(ProcedureLoader.shipped(procedure).id()).as(id).isEqualTo(procedure);
    }
  }

  @Test
  void anIdNoShippedPolicyHasIsNotFound() {
    assertThatThrownBy(() -> Policies.byId("khong-co-2099"))
        .isInstanceOfSatisfying(
            PolicyException.class,
            e -> assertThat(e.reason().code()).isEqualTo("policy-not-found"));
  }
}
