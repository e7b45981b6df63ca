package vn.luanchuyen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {
  static final String OFFICE = "10.0.0.7";
  static final String HOME = "203.0.113.9";

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-03-02T01:00:00Z");

    void pass(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Ho_Chi_Minh");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final MovingClock clock = new MovingClock();
  final LoginThrottle throttle = new LoginThrottle(clock);

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      assertThat(throttle.begin(user, address)).as("attempt %d of %s", i + 1, user).isPresent();
    }
  }

  private boolean succeeds(String user, String address) {
    Optional<LoginThrottle.Attempt> attempt = throttle.begin(user, address);
    attempt.ifPresent(LoginThrottle.Attempt::succeeded);
    return attempt.isPresent();
  }

  @Test
  void fiveFailuresLockTheUserAtThatAddressEvenWithTheRightPassword() {
    fail("an", OFFICE, LoginThrottle.MAX_FAILURES);

    assertThat(throttle.begin("an", OFFICE)).isEmpty();
    assertThat(throttle.locked("an", OFFICE)).isTrue();
  }

  @Test
  void fourFailuresDoNotLock() {
    fail("an", OFFICE, LoginThrottle.MAX_FAILURES - 1);

    assertThat(succeeds("an", OFFICE)).isTrue();
  }

  @Test
  void attemptsStillBeingCheckedCountAsFailures() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      throttle.begin("an", OFFICE);
    }

    assertThat(throttle.begin("an", OFFICE))
        .as("a sixth login arriving while five are checked is refused")
        .isEmpty();
  }

  @Test
  void failuresAreCountedInASlidingWindowNotForever() {
    fail("an", OFFICE, 4);
    clock.pass(LoginThrottle.WINDOW.plusSeconds(1));
    fail("an", OFFICE, 4);

    assertThat(throttle.locked("an", OFFICE))
        .as("eight typos over two windows, four in each")
        .isFalse();
  }

  @Test
  void theLockEndsWhenTheOldestFailureLeavesTheWindow() {
    fail("an", OFFICE, 1);
    clock.pass(Duration.ofMinutes(10));
    fail("an", OFFICE, 4);
    assertThat(throttle.locked("an", OFFICE)).isTrue();

    clock.pass(Duration.ofMinutes(5).plusSeconds(1));

    assertThat(throttle.locked("an", OFFICE)).isFalse();
    assertThat(throttle.begin("an", OFFICE)).isPresent();
    assertThat(throttle.locked("an", OFFICE)).as("the window still holds five").isTrue();
  }

  @Test
  void oneColleaguesTyposDoNotLockTheOthersBehindTheSameOfficeAddress() {
    fail("an", OFFICE, LoginThrottle.MAX_FAILURES);

    assertThat(succeeds("binh", OFFICE)).isTrue();
    assertThat(succeeds("chi", OFFICE)).isTrue();
  }

  @Test
  void anAddressTryingManyUserNamesIsLocked() {
    for (int i = 0; i < LoginThrottle.MAX_ADDRESS_FAILURES; i++) {
      throttle.begin("nguoi" + i, HOME);
    }

    assertThat(throttle.begin("nguoi-khac", HOME)).isEmpty();
    assertThat(succeeds("an", OFFICE)).isTrue();
  }

  @Test
  void strangersCannotLockAUserOutOfTheAddressTheyWorkFrom() {
    assertThat(succeeds("an", OFFICE)).isTrue();
    for (int i = 0; i < LoginThrottle.MAX_STRANGER_FAILURES + 10; i++) {
      throttle.begin("an", "198.51.100." + i);
    }

    assertThat(throttle.begin("an", "198.51.100.250"))
        .as("guessing spread over many machines is stopped")
        .isEmpty();
    assertThat(succeeds("an", OFFICE)).as("but the owner still logs in at work").isTrue();
  }

  @Test
  void aSuccessForgivesItsOwnAttempt() {
    fail("an", OFFICE, LoginThrottle.MAX_FAILURES - 1);
    assertThat(succeeds("an", OFFICE)).isTrue();

    fail("an", OFFICE, LoginThrottle.MAX_FAILURES - 1);

    assertThat(throttle.locked("an", OFFICE)).isFalse();
  }

  @Test
  void userNamesAreCountedWhateverTheirCaseAndSpaces() {
    fail("An", OFFICE, 3);
    fail(" an ", OFFICE, 2);

    assertThat(throttle.locked("AN", OFFICE)).isTrue();
  }
}
