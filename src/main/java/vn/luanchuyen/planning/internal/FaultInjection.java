package vn.luanchuyen.planning.internal;

/**
 * A checkpoint inside the writing of a decision, for the tests of atomicity and crash safety only
 * (internal to the planning module: nothing outside it may call it). When the system property
 * {@value #PAUSE_AFTER} names a number N, the process prints {@value #PAUSED} after the N-th
 * written change and waits, so that a test can kill it in the middle of the transaction; when
 * {@value #FAIL_AFTER} names N, the N-th change is followed by a failure. Without these properties
 * it does nothing.
 */
public final class FaultInjection implements Runnable {
  public static final String PAUSE_AFTER = "luanchuyen.fault.pause-after-changes";
  public static final String FAIL_AFTER = "luanchuyen.fault.fail-after-changes";
  public static final String PAUSED = "FAULT-INJECTION: PAUSED";

  private final long pauseAfter;
  private final long failAfter;
  private long written;

  private FaultInjection(long pauseAfter, long failAfter) {
    this.pauseAfter = pauseAfter;
    this.failAfter = failAfter;
  }

  public static Runnable fromSystemProperties() {
    String pause = System.getProperty(PAUSE_AFTER);
    String fail = System.getProperty(FAIL_AFTER);
    if (pause == null && fail == null) {
      return () -> {};
    }
    return new FaultInjection(
        pause == null ? -1 : Long.parseLong(pause), fail == null ? -1 : Long.parseLong(fail));
  }

  @Override
  public void run() {
    written++;
    if (written == failAfter) {
      throw new IllegalStateException("fault injected after " + written + " written changes");
    }
    if (written == pauseAfter) {
      System.out.println(PAUSED);
      System.out.flush();
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
