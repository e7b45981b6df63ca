package vn.luanchuyen.succession;

import java.time.YearMonth;
import java.util.Optional;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.policy.SuccessionRules;

/**
 * What planning needs from the policy in force: its planning rules and each cadre's retirement
 * month. The screening module, which keeps the policies, provides it; planning depends only on this
 * interface.
 */
public interface SuccessionPolicy {

  SuccessionRules rules();

  /** The cadre's retirement month, empty when it cannot be computed (no birth date or sex). */
  Optional<YearMonth> retirementMonth(Cadre cadre);
}
