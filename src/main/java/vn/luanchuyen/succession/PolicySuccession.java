package vn.luanchuyen.succession;

import java.time.YearMonth;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.luanchuyen.cadre.Cadre;
import vn.luanchuyen.policy.Policies;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.Retirement;
import vn.luanchuyen.policy.SuccessionRules;

/**
 * The planning rules and retirement months of the policy in force (the {@link Policies} bean's
 * {@code current()}, property {@code luanchuyen.policy.current}), for the pools; tests may give the
 * pools other rules through {@link SuccessionPolicy}.
 */
@Component
class PolicySuccession implements SuccessionPolicy {

  private final Policy policy;

  PolicySuccession(Policies policies) {
    this.policy = policies.current();
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
