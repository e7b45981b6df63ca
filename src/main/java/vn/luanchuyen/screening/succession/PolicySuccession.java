package vn.luanchuyen.screening.succession;

import java.time.YearMonth;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.policy.Policies;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.Retirement;
import vn.luanchuyen.policy.SuccessionRules;
import vn.luanchuyen.succession.SuccessionPolicy;

/**
 * The planning rules and retirement months of the current shipped policy, for planning pools (a
 * Spring bean outside the screening package, which stays plain Java).
 */
@Component
class PolicySuccession implements SuccessionPolicy {

  private final Policy policy;

  PolicySuccession() {
    this.policy = Policies.current();
  }

  @Override
  public SuccessionRules rules() {
    if (policy.succession() == null) {
      throw new IllegalStateException("policy " + policy.id() + " has no succession section");
    }
    return policy.succession();
  }

  @Override
  public Optional<YearMonth> retirementMonth(Cadre cadre) {
    return policy.retirement().retirementOf(cadre).map(Retirement::month);
  }
}
