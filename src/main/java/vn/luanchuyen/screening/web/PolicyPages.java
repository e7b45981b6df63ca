package vn.luanchuyen.screening.web;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.luanchuyen.policy.Policies;
import vn.luanchuyen.policy.Policy;
import vn.luanchuyen.policy.PolicyDescription;
import vn.luanchuyen.screening.ScreeningRuns;

/**
 * The policies a Board can choose and each one's values with their legal basis; values the file
 * marks as unverified are flagged, so nobody applies them unchecked.
 */
@Controller
class PolicyPages {
  private final ScreeningRuns runs;

  private final Policies policies;

  PolicyPages(ScreeningRuns runs, Policies policies) {
    this.policies = policies;
    this.runs = runs;
  }

  /** A shipped policy as listed: the policy, whether it is the default, its unverified count. */
  record Listed(Policy policy, boolean current, int unverified) {}

  @GetMapping("/policies")
  String list(Model model) {
    String current = policies.currentId();
    model.addAttribute(
        "policies",
        runs.shippedPolicies().stream()
            .map(p -> new Listed(p, p.id().equals(current), p.unverified().size()))
            .toList());
    return "screening/policies";
  }

  @GetMapping("/policies/{id}")
  String detail(@PathVariable String id, Locale locale, Model model) {
    PolicyDescription description =
        runs.describe(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("policy", description.policy());
    model.addAttribute("current", id.equals(policies.currentId()));
    model.addAttribute("sections", description.render(locale));
    model.addAttribute("unverified", description.policy().unverified().size());
    return "screening/policy";
  }
}
