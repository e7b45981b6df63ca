package vn.luanchuyen.approval.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.luanchuyen.approval.Actor;
import vn.luanchuyen.approval.ApprovalCase;
import vn.luanchuyen.approval.ApprovalMessages;
import vn.luanchuyen.approval.ApprovalRefused;
import vn.luanchuyen.approval.Approvals;
import vn.luanchuyen.approval.AttachmentDownload;
import vn.luanchuyen.approval.CadreMeeting;
import vn.luanchuyen.approval.CaseCadres;
import vn.luanchuyen.approval.Decision;
import vn.luanchuyen.approval.Meeting;
import vn.luanchuyen.approval.Procedure;
import vn.luanchuyen.approval.ProcedureProblem;
import vn.luanchuyen.approval.StepInput;
import vn.luanchuyen.approval.SubjectDescription;
import vn.luanchuyen.approval.Tally;
import vn.luanchuyen.approval.TallyResult;
import vn.luanchuyen.shared.ConcurrentEditException;
import vn.luanchuyen.shared.Reason;

/**
 * The case list with the open form, and a case's page: timeline, step form, send-back, tallies, the
 * moves taken out of the case.
 */
@Controller
class ApprovalPages {

  private final Approvals approvals;
  private final MessageSource messages;

  private final List<SubjectDescription> descriptions;

  ApprovalPages(
      Approvals approvals, MessageSource messages, List<SubjectDescription> descriptions) {
    this.approvals = approvals;
    this.messages = messages;
    this.descriptions = descriptions;
  }

  @GetMapping("/approval")
  String list(Model model) {
    List<ApprovalCase> cases = approvals.list();
    Map<String, String> procedureNames = new HashMap<>();
    Map<Long, SubjectDescription.Described> subjects = new HashMap<>();
    for (ApprovalCase c : cases) {
      procedureNames.computeIfAbsent(c.procedureId(), id -> approvals.procedure(id).name());
      describe(c).ifPresent(s -> subjects.put(c.id(), s));
    }
    model.addAttribute("cases", cases);
    model.addAttribute("procedureNames", procedureNames);
    model.addAttribute("subjects", subjects);
    return "approval/list";
  }

  /** The case's subject as the module owning it names it. */
  private Optional<SubjectDescription.Described> describe(ApprovalCase c) {
    return descriptions.stream()
        .map(d -> d.describe(c.subjectType(), c.subjectId()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  @PostMapping("/approval")
  String open(
      @RequestParam String procedure,
      @RequestParam String subjectType,
      @RequestParam String subjectId,
      @RequestParam String title,
      Authentication auth,
      RedirectAttributes redirect) {
    try {
      ApprovalCase c = approvals.open(procedure, subjectType, subjectId, title, Actor.of(auth));
      return "redirect:/approval/" + c.id();
    } catch (ApprovalRefused e) {
      redirect.addFlashAttribute(
          "refused", ApprovalMessages.render(e, LocaleContextHolder.getLocale()));
      return "redirect:/approval";
    } catch (ProcedureProblem e) {
      redirect.addFlashAttribute("refused", e.wording(LocaleContextHolder.getLocale()));
      return "redirect:/approval";
    }
  }

  @GetMapping("/approval/{id}")
  String show(@PathVariable long id, Model model, Authentication auth) {
    ApprovalCase c = approvals.get(id);
    Procedure p = approvals.procedure(c.procedureId());
    Actor actor = Actor.of(auth);
    model.addAttribute("mayAct", c.open() && p.step(c.currentStep()).mayAct(actor));
    model.addAttribute("mayTally", ApprovalCase.mayTally(p, actor));
    model.addAttribute("c", c);
    model.addAttribute("procedure", p);
    model.addAttribute("step", p.step(c.currentStep()));
    model.addAttribute("deciding", c.currentStep() == p.decidingIndex());
    model.addAttribute("timeline", approvals.timeline(id));
    model.addAttribute("tallies", approvals.tallies(id));
    model.addAttribute("attachments", approvals.attachments(id));
    model.addAttribute("subject", describe(c).orElse(null));
    CaseCadres cadres = approvals.cadres(id);
    List<SubjectDescription.Described> candidates =
        cadres.stillIn().stream()
            .map(code -> new SubjectDescription.Described(cadres.names().get(code), code))
            .toList();
    Set<String> voted = approvals.passedCandidates(id);
    model.addAttribute("candidates", candidates);
    model.addAttribute(
        "unvoted", candidates.stream().filter(x -> !voted.contains(x.href())).toList());
    model.addAttribute("cadres", cadres);
    model.addAttribute("withdrawals", approvals.withdrawals(id));
    Map<String, CadreMeeting> met = new HashMap<>();
    approvals.cadreMeetings(id).forEach(m -> met.put(m.candidate(), m));
    model.addAttribute("cadreMeetings", met);
    model.addAttribute("maxAttachmentMb", Approvals.MAX_ATTACHMENT_BYTES / (1024 * 1024));
    return "approval/case";
  }

  @PostMapping("/approval/{id}/steps/{step}")
  String complete(
      @PathVariable long id,
      @PathVariable String step,
      @RequestParam long version,
      @RequestParam(required = false) String comment,
      @RequestParam(required = false) String unitsConsulted,
      @RequestParam(required = false) String appraisal,
      @RequestParam(required = false) String cadreMeeting,
      @RequestParam(required = false) String cadreWishes,
      @RequestParam(required = false) String doneOn,
      Authentication auth,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        () ->
            approvals.complete(
                id,
                version,
                step,
                new StepInput(comment, unitsConsulted, appraisal, cadreMeeting, cadreWishes)
                    .on(day(doneOn, "approval.doneOn")),
                Actor.of(auth)));
  }

  @PostMapping("/approval/{id}/decision")
  String decide(
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam String outcome,
      @RequestParam(required = false) String comment,
      @RequestParam(required = false) String decisionNumber,
      @RequestParam(required = false) String signedOn,
      @RequestParam(required = false) String effectiveOn,
      @RequestParam(required = false) String doneOn,
      @RequestParam(required = false) String meetingStartsAt,
      @RequestParam(required = false) String meetingPlace,
      @RequestParam(required = false) String membersPresent,
      @RequestParam(required = false) String membersAbsent,
      @RequestParam(required = false) String countingCommittee,
      Authentication auth,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        () ->
            approvals.decide(
                id,
                version,
                outcome,
                StepInput.comment(comment)
                    .on(day(doneOn, "approval.meeting.day"))
                    .at(
                        new Meeting(
                            time(meetingStartsAt),
                            meetingPlace,
                            membersPresent,
                            membersAbsent,
                            countingCommittee)),
                new Decision(
                    decisionNumber,
                    day(signedOn, "approval.decision.signedOn"),
                    day(effectiveOn, "approval.decision.effectiveOn")),
                Actor.of(auth)));
  }

  @PostMapping("/approval/{id}/send-back")
  String sendBack(
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam String toStep,
      @RequestParam(required = false) String reason,
      Authentication auth,
      RedirectAttributes redirect) {
    return act(id, redirect, () -> approvals.sendBack(id, version, toStep, reason, Actor.of(auth)));
  }

  @PostMapping("/approval/{id}/tallies")
  String tally(
      @PathVariable long id,
      @RequestParam String candidate,
      @RequestParam int round,
      @RequestParam int members,
      @RequestParam int present,
      @RequestParam int agree,
      @RequestParam int disagree,
      @RequestParam int abstain,
      @RequestParam int invalid,
      Authentication auth,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        () -> {
          TallyResult r =
              approvals.enterTally(
                  id,
                  candidate,
                  round,
                  new Tally(members, present, agree, disagree, abstain, invalid),
                  Actor.of(auth));
          redirect.addFlashAttribute("tallyStatus", r.status().name());
        });
  }

  @PostMapping("/approval/{id}/withdrawals")
  String withdraw(
      @PathVariable long id,
      @RequestParam long version,
      @RequestParam String candidate,
      @RequestParam(required = false) String reason,
      Authentication auth,
      RedirectAttributes redirect) {
    return act(
        id, redirect, () -> approvals.withdraw(id, version, candidate, reason, Actor.of(auth)));
  }

  @PostMapping("/approval/{id}/cadre-meetings")
  String recordCadreMeeting(
      @PathVariable long id,
      @RequestParam String candidate,
      @RequestParam(required = false) String metOn,
      @RequestParam(required = false) String content,
      @RequestParam(required = false) String wishes,
      Authentication auth,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        () ->
            approvals.recordCadreMeeting(
                id,
                candidate,
                day(metOn, "approval.cadreMeeting.metOn"),
                content,
                wishes,
                Actor.of(auth)));
  }

  @PostMapping("/approval/{id}/attachments")
  String attach(
      @PathVariable long id,
      @RequestParam("file") MultipartFile file,
      Authentication auth,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        () -> {
          try {
            approvals.attach(
                id,
                file.getOriginalFilename(),
                file.getContentType(),
                file.getBytes(),
                Actor.of(auth));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @GetMapping("/approval/{id}/attachments/{attachment}")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachment) {
    return AttachmentDownload.of(approvals, id, attachment);
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /** A day typed as dd/MM/yyyy, or null when left empty; a malformed one is refused by name. */
  private LocalDate day(String text, String labelKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim(), DAY.withResolverStyle(ResolverStyle.STRICT));
    } catch (DateTimeParseException e) {
      throw new ApprovalRefused(
          ApprovalMessages.reason("input.bad-day", "field", label(labelKey), "value", text.trim()));
    }
  }

  /** A field's label as a fact of a reason: rendered in the reader's language with the reason. */
  private static Reason label(String key) {
    return new Reason(key, key, Map.of());
  }

  /** A time of day as the form's time field sends it (HH:mm). */
  private LocalTime time(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new ApprovalRefused(
          ApprovalMessages.reason(
              "input.bad-time", "field", label("approval.meeting.startsAt"), "value", text.trim()));
    }
  }

  private String act(long id, RedirectAttributes redirect, Runnable action) {
    Locale locale = LocaleContextHolder.getLocale();
    try {
      action.run();
      redirect.addFlashAttribute("done", messages.getMessage("approval.done", null, locale));
    } catch (ApprovalRefused e) {
      redirect.addFlashAttribute("refused", ApprovalMessages.render(e, locale));
    } catch (ConcurrentEditException e) {
      redirect.addFlashAttribute("refused", messages.getMessage("approval.conflict", null, locale));
    }
    return "redirect:/approval/" + id;
  }
}
