package vn.luanchuyen.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields a document template may use, the same for every document of a case: plain fields (e.g.
 * {@code issuer}) and the fields of the items of four lists (e.g. {@code moves.cadreName}; {@code
 * movesByForm} holds the same moves under a heading item per form). Each has a description under
 * {@code documents.field.<name>} in the message bundles.
 */
public final class DocumentFields {

  /** The plain fields. */
  public static final List<String> PLAIN =
      List.of(
          "issuerParent",
          "issuer",
          "issuerName",
          "board",
          "place",
          "date",
          "dateDay",
          "dateMonth",
          "dateYear",
          "signerTitle",
          "signerName",
          "boardSignerTitle",
          "boardSignerName",
          "caseNumber",
          "caseTitle",
          "procedureName",
          "decisionNumber",
          "signedOn",
          "effectiveOn",
          "moveCount",
          "forms",
          "formsCapitalised",
          "unitsConsulted",
          "appraisal",
          "cadreMeeting",
          "cadreWishes",
          "quorum",
          "threshold");

  /** The lists, each with its items' fields. */
  public static final Map<String, List<String>> LISTS = lists();

  private DocumentFields() {}

  private static Map<String, List<String>> lists() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    List<String> move =
        List.of(
            "index",
            "cadreCode",
            "cadreName",
            "birthDate",
            "fromSeat",
            "fromUnit",
            "toSeat",
            "toUnit",
            "form");
    m.put("moves", move);
    List<String> grouped = new ArrayList<>(List.of("heading"));
    grouped.addAll(move);
    m.put("movesByForm", List.copyOf(grouped));
    m.put("steps", List.of("index", "name", "doneOn", "actor", "details"));
    m.put(
        "tallies",
        List.of(
            "index",
            "cadreCode",
            "cadreName",
            "round",
            "members",
            "present",
            "agree",
            "disagree",
            "abstain",
            "invalid",
            "agreeShare",
            "result"));
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Every field name a template may use: the plain ones, then {@code list.field}. */
  public static List<String> all() {
    List<String> out = new ArrayList<>(PLAIN);
    LISTS.forEach((list, fields) -> fields.forEach(f -> out.add(list + "." + f)));
    return out;
  }

  /** The names a template uses that are neither fields nor lists, sorted. */
  public static Set<String> unknown(Set<String> used) {
    Set<String> known = new java.util.HashSet<>(all());
    known.addAll(LISTS.keySet());
    Set<String> out = new TreeSet<>();
    for (String name : used) {
      if (!known.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }
}
