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
          "planTitle",
          "policyName",
          "procedureName",
          "proposalDate",
          "meetingDay",
          "meetingTime",
          "meetingPlace",
          "membersPresent",
          "membersAbsent",
          "countingCommittee",
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
          "cadreMeetingCount",
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
            "form",
            "grounds",
            "formReason");
    m.put("moves", move);
    List<String> grouped = new ArrayList<>(List.of("heading"));
    grouped.addAll(move);
    m.put("movesByForm", List.copyOf(grouped));
    m.put("steps", List.of("index", "name", "doneOn", "actor", "details"));
    m.put(
        "cadreMeetings", List.of("index", "cadreCode", "cadreName", "metOn", "content", "wishes"));
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

  /**
   * What each kind of document must print to be a paper the Board can sign, each requirement met by
   * any one of its fields (e.g. the date whole or as its day): the proposal its date, the plan's
   * title, each cadre and the reasons for each move, the signer; the decision its number, date, the
   * "căn cứ" of the committee's own plan and of the vote, the plan's title, each cadre, the
   * effective day and the signer; the minutes their date, the meeting's time, place, members
   * present and absent, the vote-counting committee, and each cadre's result.
   */
  public static final Map<DocumentKind, List<List<String>>> REQUIRED = required();

  private static Map<DocumentKind, List<List<String>>> required() {
    List<String> date = List.of("date", "dateDay");
    List<String> cadre = List.of("moves.cadreName", "movesByForm.cadreName");
    Map<DocumentKind, List<List<String>>> m = new java.util.EnumMap<>(DocumentKind.class);
    m.put(
        DocumentKind.PROPOSAL,
        List.of(
            date,
            List.of("planTitle"),
            cadre,
            List.of("moves.grounds", "movesByForm.grounds"),
            List.of("moves.formReason", "movesByForm.formReason"),
            List.of("boardSignerTitle")));
    m.put(
        DocumentKind.DECISION,
        List.of(
            List.of("decisionNumber"),
            date,
            List.of("policyName"),
            List.of("meetingDay"),
            List.of("planTitle"),
            cadre,
            List.of("effectiveOn"),
            List.of("signerTitle")));
    m.put(
        DocumentKind.VOTE_MINUTES,
        List.of(
            date,
            List.of("meetingTime"),
            List.of("meetingPlace"),
            List.of("membersPresent"),
            List.of("membersAbsent"),
            List.of("countingCommittee"),
            List.of("tallies.cadreName"),
            List.of("tallies.result")));
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The requirements of a kind of document that a template's fields do not meet, each as its
   * fields; empty when the template prints everything required.
   */
  public static List<List<String>> missing(DocumentKind kind, Set<String> used) {
    return REQUIRED.get(kind).stream()
        .filter(any -> any.stream().noneMatch(used::contains))
        .toList();
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
