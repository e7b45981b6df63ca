package vn.luanchuyen.approval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cadres a case is about, as the module owning its subject names them (see {@link
 * SubjectDescription#candidates}), and those taken out of the case.
 *
 * @param described whether a module describes the case's subject at all; if none does, the case has
 *     no known cadres
 * @param names the cadres in the subject, code to name, in the owner's order
 * @param withdrawn the moves taken out of the case, by cadre code
 */
public record CaseCadres(
    boolean described, Map<String, String> names, Map<String, Withdrawal> withdrawn) {

  public CaseCadres {
    names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
    withdrawn = Map.copyOf(withdrawn);
  }

  /** The code as the subject spells it, for a code typed in any letter case. */
  public Optional<String> code(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String t = typed.trim();
    return names.keySet().stream().filter(c -> c.equalsIgnoreCase(t)).findFirst();
  }

  /** The cadres whose moves are still in the case, in the owner's order. */
  public List<String> stillIn() {
    return names.keySet().stream().filter(c -> !withdrawn.containsKey(c)).toList();
  }

  /**
   * "Nguyễn Văn An (C1)", or the code alone when neither the subject nor a withdrawal names the
   * cadre.
   */
  public String named(String code) {
    String name = names.get(code);
    if (name == null && withdrawn.containsKey(code)) {
      name = withdrawn.get(code).candidateName();
    }
    return name == null || name.equals(code) ? code : name + " (" + code + ")";
  }
}
