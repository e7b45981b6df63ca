package vn.luanchuyen.cadre;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.luanchuyen.shared.FieldProblem;
import vn.luanchuyen.shared.Plausibility;

/**
 * What a cadre's record typed through the API or a form must keep before it is stored, field by
 * field: a code that is a code, a name and sex, texts without hidden characters that fit their
 * columns, a plausible birth date and Party admission ({@link Plausibility}), full membership not
 * before admission. Every problem is reported, not only the first.
 */
public final class CadreChecks {
  private CadreChecks() {}

  /** The record's problems as of {@code today}; empty when it may be stored. */
  public static List<FieldProblem> problems(Cadre c, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (c.code() == null || c.code().isBlank()) {
      problems.add(new FieldProblem("code", "input.required"));
    }
    add(problems, Plausibility.code("code", c.code()));
    add(problems, Plausibility.length("code", c.code(), 64));
    if (c.fullName() == null || c.fullName().isBlank()) {
      problems.add(new FieldProblem("fullName", "input.required"));
    }
    if (c.sex() == null) {
      problems.add(new FieldProblem("sex", "input.required"));
    }
    text(problems, "fullName", c.fullName(), 200);
    text(problems, "birthplace", c.birthplace(), 300);
    text(problems, "hometown", c.hometown(), 300);
    text(problems, "permanentResidence", c.permanentResidence(), 300);
    text(problems, "ethnicity", c.ethnicity(), 100);
    text(problems, "religion", c.religion(), 100);
    text(problems, "education", c.education(), 300);
    text(problems, "politicalTheory", c.politicalTheory(), 100);
    text(problems, "stateManagement", c.stateManagement(), 100);
    text(problems, "foreignLanguage", c.foreignLanguage(), 200);
    text(problems, "itLevel", c.itLevel(), 200);
    text(problems, "otherNames", c.otherNames(), 200);
    text(problems, "generalEducation", c.generalEducation(), 50);
    text(problems, "awards", c.awards(), 2000);
    text(problems, "retirementOverrideReason", c.retirementOverrideReason(), 1000);
    add(problems, Plausibility.birthDate("birthDate", c.birthDate(), today));
    add(
        problems,
        Plausibility.partyJoinDate("partyJoinDate", c.partyJoinDate(), c.birthDate(), today));
    add(
        problems,
        Plausibility.period("partyOfficialDate", c.partyJoinDate(), c.partyOfficialDate()));
    if (c.retirementOverride() != null
        && (c.retirementOverrideReason() == null || c.retirementOverrideReason().isBlank())) {
      problems.add(new FieldProblem("retirementOverrideReason", "input.required"));
    }
    return problems;
  }

  private static void text(List<FieldProblem> problems, String field, String text, int max) {
    add(problems, Plausibility.text(field, text));
    add(problems, Plausibility.length(field, text, max));
  }

  private static void add(List<FieldProblem> problems, Optional<FieldProblem> problem) {
    problem.ifPresent(problems::add);
  }
}
