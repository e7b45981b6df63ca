package vn.luanchuyen.approval;

import java.util.Locale;
import vn.luanchuyen.shared.Reason;

/**
 * A procedure that cannot be used: no shipped procedure has the id, or its YAML file is malformed.
 * It carries a reason with its code, under {@code approval.procedure.<code>} in {@code
 * i18n/approval}, naming the file and the field; its message is the Vietnamese sentence.
 */
public class ProcedureProblem extends IllegalArgumentException {

  private final transient Reason reason;

  ProcedureProblem(Reason reason, Throwable cause) {
    super(ApprovalMessages.render(java.util.List.of(reason), ApprovalMessages.VIETNAMESE), cause);
    this.reason = reason;
  }

  /** The problem {@code code} with its named facts ({@code name, value, …}). */
  static ProcedureProblem of(String code, Object... namesAndValues) {
    return new ProcedureProblem(reason(code, namesAndValues), null);
  }

  /** The problem {@code code}, found because of {@code cause}. */
  static ProcedureProblem of(Throwable cause, String code, Object... namesAndValues) {
    return new ProcedureProblem(reason(code, namesAndValues), cause);
  }

  private static Reason reason(String code, Object... namesAndValues) {
    Reason r = ApprovalMessages.reason(code, namesAndValues);
    return new Reason(code, "approval.procedure." + code, r.args());
  }

  public Reason reason() {
    return reason;
  }

  /** The problem's code, e.g. {@code unknown-role}. */
  public String code() {
    return reason.code();
  }

  /** The problem in the reader's language. */
  public String wording(Locale locale) {
    return ApprovalMessages.render(java.util.List.of(reason), locale);
  }
}
