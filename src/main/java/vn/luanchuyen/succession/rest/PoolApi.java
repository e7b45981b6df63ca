package vn.luanchuyen.succession.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.luanchuyen.shared.Reason;
import vn.luanchuyen.shared.Term;
import vn.luanchuyen.succession.PoolEntry;
import vn.luanchuyen.succession.SuccessionEntry;
import vn.luanchuyen.succession.SuccessionMessages;
import vn.luanchuyen.succession.SuccessionRefused;
import vn.luanchuyen.succession.TermPools;

/** A term's planning pool as JSON: entries, adding with the gates, removing, structure, bench. */
@RestController
@RequestMapping("/api/v1/succession")
class PoolApi {

  private final TermPools pools;
  private final MessageSource messages;
  private final Clock clock;

  PoolApi(TermPools pools, MessageSource messages, Clock clock) {
    this.pools = pools;
    this.messages = messages;
    this.clock = clock;
  }

  record NewEntry(String cadreCode, String roleKey, String unitCode) {}

  record ReasonJson(String code, String message) {}

  record EntryJson(
      long id,
      long version,
      String cadreCode,
      String cadreName,
      String roleKey,
      String unitCode,
      String term,
      Integer ageYears,
      YearMonth retirementMonth,
      List<ReasonJson> failing) {}

  @GetMapping("/{term}/entries")
  List<EntryJson> entries(@PathVariable String term) {
    Locale locale = LocaleContextHolder.getLocale();
    return pools.pool(Term.parse(term), LocalDate.now(clock)).stream()
        .map(
            r ->
                new EntryJson(
                    r.entry().id(),
                    r.entry().version(),
                    r.entry().entry().cadreCode(),
                    r.cadreName(),
                    r.entry().entry().roleKey(),
                    r.entry().entry().unitCode(),
                    r.entry().entry().term().code(),
                    r.ageYears(),
                    r.retirement(),
                    reasons(r.failing(), locale)))
        .toList();
  }

  @GetMapping("/{term}/structure")
  TermPools.Structure structure(@PathVariable String term) {
    return pools.structure(Term.parse(term), LocalDate.now(clock));
  }

  record SeatJson(
      String position,
      String positionName,
      String unit,
      String holder,
      YearMonth holderRetires,
      List<String> successors) {}

  record BenchJson(List<SeatJson> withoutSuccessor, List<SeatJson> holderRetiresInTerm) {}

  @GetMapping("/{term}/bench-strength")
  BenchJson bench(@PathVariable String term) {
    TermPools.BenchStrength bench = pools.benchStrength(Term.parse(term), LocalDate.now(clock));
    return new BenchJson(
        bench.withoutSuccessor().stream().map(PoolApi::seat).toList(),
        bench.holderRetiresInTerm().stream().map(PoolApi::seat).toList());
  }

  @PostMapping("/{term}/entries")
  ResponseEntity<PoolEntry> add(@PathVariable String term, @RequestBody NewEntry body) {
    PoolEntry added =
        pools.add(
            new SuccessionEntry(
                body.cadreCode(), body.roleKey(), body.unitCode(), Term.parse(term)),
            LocalDate.now(clock));
    return ResponseEntity.created(URI.create("/api/v1/succession/entries/" + added.id()))
        .body(added);
  }

  @DeleteMapping("/entries/{id}")
  ResponseEntity<Void> remove(@PathVariable long id, @RequestParam long version) {
    pools.remove(id, version);
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(SuccessionRefused.class)
  ProblemDetail refused(SuccessionRefused e) {
    Locale locale = LocaleContextHolder.getLocale();
    List<ReasonJson> reasons = reasons(e.reasons(), locale);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_ENTITY,
            String.join(" ", reasons.stream().map(ReasonJson::message).toList()));
    problem.setTitle(messages.getMessage("succession.refused", null, locale));
    problem.setProperty("reasons", reasons);
    return problem;
  }

  private List<ReasonJson> reasons(List<Reason> reasons, Locale locale) {
    return reasons.stream()
        .map(r -> new ReasonJson(r.code(), SuccessionMessages.render(messages, r, locale)))
        .toList();
  }

  private static SeatJson seat(TermPools.Seat s) {
    return new SeatJson(
        s.position().code(),
        s.position().name(),
        s.unit().code(),
        s.holder() == null ? null : s.holder().code(),
        s.holderRetires(),
        s.successors());
  }
}
