package vn.luanchuyen.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.luanchuyen.cadre.AssignmentForm;
import vn.luanchuyen.planning.Explanation;
import vn.luanchuyen.planning.PlannedMove;
import vn.luanchuyen.planning.RotationPlan;
import vn.luanchuyen.planning.SolveFigures;
import vn.luanchuyen.planning.TargetChange;

/**
 * Builds plans as the planner would hand them out, without solving: {@code
 * aPlan().with(aMove("C1").from("P1-TP").to("W1-CT").as(DIEU_DONG)).build()}. Everything a test
 * does not name is defaulted: policy {@code hadong-2022}, 30/06/2022, no penalty, no reasons.
 */
public final class Plans {

  private final List<PlannedMove> moves = new ArrayList<>();
  private final List<TargetChange> targets = new ArrayList<>();
  private LocalDate asOf = LocalDate.of(2022, 6, 30);

  private Plans() {}

  public static Plans aPlan() {
    return new Plans();
  }

  public static MoveBuilder aMove(String cadre) {
    return new MoveBuilder(cadre);
  }

  public Plans with(MoveBuilder move) {
    moves.add(move.build());
    return this;
  }

  public Plans with(TargetChange target) {
    targets.add(target);
    return this;
  }

  public Plans asOf(LocalDate day) {
    asOf = day;
    return this;
  }

  public RotationPlan build() {
    return new RotationPlan(
        "hadong-2022",
        asOf,
        0,
        0,
        0,
        moves,
        List.of(),
        List.of(),
        List.of(),
        targets,
        new SolveFigures(0, 0, 0, 0, 0, 0, 0.0, 0, List.of()));
  }

  /** A candidate's move; stays unless {@link #to} names a seat. */
  public static final class MoveBuilder {
    private final String cadre;
    private String cadreName;
    private String kind = "MUST_MOVE";
    private String fromSeat;
    private String toSeat;
    private AssignmentForm form = AssignmentForm.LUAN_CHUYEN;
    private Explanation formReason;
    private boolean locked;
    private final List<Explanation> grounds = new ArrayList<>();

    private MoveBuilder(String cadre) {
      this.cadre = cadre;
      this.cadreName = "Cán bộ " + cadre;
    }

    public MoveBuilder named(String name) {
      cadreName = name;
      return this;
    }

    public MoveBuilder kind(String kind) {
      this.kind = kind;
      return this;
    }

    public MoveBuilder from(String seat) {
      fromSeat = seat;
      return this;
    }

    public MoveBuilder to(String seat) {
      toSeat = seat;
      return this;
    }

    public MoveBuilder as(AssignmentForm form) {
      this.form = form;
      return this;
    }

    public MoveBuilder because(String code, String text) {
      formReason = new Explanation(code, text);
      return this;
    }

    public MoveBuilder locked() {
      locked = true;
      return this;
    }

    public MoveBuilder ground(String code, String text) {
      grounds.add(new Explanation(code, text));
      return this;
    }

    public PlannedMove build() {
      boolean moves = toSeat != null;
      return new PlannedMove(
          cadre,
          cadreName,
          kind,
          fromSeat,
          fromSeat == null ? null : "Chức danh " + fromSeat,
          fromSeat == null ? null : "Đơn vị của " + fromSeat,
          toSeat,
          moves ? "Chức danh " + toSeat : null,
          moves ? "Đơn vị của " + toSeat : null,
          moves ? form : null,
          moves ? formReason : null,
          locked,
          grounds,
          List.of(),
          List.of());
    }
  }
}
