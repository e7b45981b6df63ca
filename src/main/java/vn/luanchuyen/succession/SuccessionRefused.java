package vn.luanchuyen.succession;

import java.util.List;
import vn.luanchuyen.shared.Reason;

/** Thrown when a cadre fails one or more planning gates; carries every failed gate's reason. */
public class SuccessionRefused extends RuntimeException {
  private final transient List<Reason> reasons;

  public SuccessionRefused(List<Reason> reasons) {
    super("planning refused: " + reasons.stream().map(Reason::code).toList());
    this.reasons = List.copyOf(reasons);
  }

  public List<Reason> reasons() {
    return reasons;
  }
}
