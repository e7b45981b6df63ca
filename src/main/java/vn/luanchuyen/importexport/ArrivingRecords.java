package vn.luanchuyen.importexport;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import vn.luanchuyen.registry.RegistryContent;

/**
 * A workbook's records handed from the thread that reads the workbook to the one that writes them,
 * kind by kind: the writer can store the units, seats and cadres while the reader is still on the
 * assignments. The rows of a kind of history (assignments, planning, assessments, discipline) also
 * arrive in parts of {@link WorkbookReader.KindsRead#CHUNK} rows as they are read ({@link
 * #nextRows}), so the writer can store them while the reader is still on the sheet. Records already
 * in memory arrive all at once ({@link #all}).
 *
 * <p>Once the reader has found a problem, what the writer asks for next is {@link Abandoned}: the
 * workbook will be refused, and nothing more is worth writing.
 */
final class ArrivingRecords implements WorkbookReader.KindsRead {

  /** The records of a kind, and everything read before them. */
  private record Arrival(RegistryContent soFar, boolean clean, long order) {}

  /** A part of a kind's rows, or the end of them (null rows), or the read's failure. */
  private record Part(List<?> rows, boolean clean, Throwable failure) {}

  /** The read found a problem: the import will be refused, so the writer stops. */
  static final class Abandoned extends RuntimeException {
    Abandoned() {
      super("the workbook has problems; the import will be refused", null, false, false);
    }
  }

  private final Map<RecordKind, CompletableFuture<Arrival>> arrivals =
      new EnumMap<>(RecordKind.class);
  private final CompletableFuture<WorkbookRead> whole = new CompletableFuture<>();
  private final Map<RecordKind, BlockingQueue<Part>> parts = new EnumMap<>(RecordKind.class);
  private final AtomicLong order = new AtomicLong();
  private long waitedNanos;

  // kept by the reading side alone: how many rows of each kind it handed over, and which kinds
  // it ended
  private final Map<RecordKind, Integer> handedOver = new EnumMap<>(RecordKind.class);
  private final Set<RecordKind> ended = EnumSet.noneOf(RecordKind.class);

  ArrivingRecords() {
    for (RecordKind kind : RecordKind.values()) {
      arrivals.put(kind, new CompletableFuture<>());
      parts.put(kind, new LinkedBlockingQueue<>());
      handedOver.put(kind, 0);
    }
  }

  /** Records already read: every kind has arrived. */
  static ArrivingRecords all(WorkbookRead read) {
    ArrivingRecords records = new ArrivingRecords();
    records.readDone(read);
    return records;
  }

  /** Records made in memory, with no workbook rows. */
  static ArrivingRecords all(RegistryContent content) {
    return all(new WorkbookRead(content, SourceRows.none(), java.util.List.of()));
  }

  @Override
  public void rowsRead(RecordKind kind, List<?> rows, boolean clean) {
    handedOver.merge(kind, rows.size(), Integer::sum);
    parts.get(kind).add(new Part(rows, clean, null));
  }

  @Override
  public void read(RecordKind kind, RegistryContent soFar, boolean clean) {
    if (ended.add(kind)) {
      parts.get(kind).add(new Part(null, clean, null));
    }
    arrivals.get(kind).complete(new Arrival(soFar, clean, order.incrementAndGet()));
  }

  /**
   * The read is over: every kind not told yet arrives with the read's records, the rows not handed
   * over yet in parts.
   */
  void readDone(WorkbookRead read) {
    boolean clean = read.readCleanly();
    for (RecordKind kind : RecordKind.values()) {
      if (ended.add(kind)) {
        List<?> rows = rowsOf(read.content(), kind);
        int from = handedOver.get(kind);
        if (clean) {
          for (int at = from; at < rows.size(); at += WorkbookReader.KindsRead.CHUNK) {
            rowsRead(
                kind,
                rows.subList(at, Math.min(rows.size(), at + WorkbookReader.KindsRead.CHUNK)),
                true);
          }
        }
        parts.get(kind).add(new Part(null, clean, null));
      }
    }
    arrivals.forEach(
        (kind, arrival) ->
            arrival.complete(new Arrival(read.content(), clean, order.incrementAndGet())));
    whole.complete(read);
  }

  /** The read failed: whoever waits gets the failure. */
  void readFailed(Throwable failure) {
    parts.values().forEach(p -> p.add(new Part(null, false, failure)));
    arrivals.values().forEach(a -> a.completeExceptionally(failure));
    whole.completeExceptionally(failure);
  }

  private static List<?> rowsOf(RegistryContent content, RecordKind kind) {
    return switch (kind) {
      case UNIT -> content.units();
      case POSITION -> content.positions();
      case CADRE -> content.cadres();
      case ASSIGNMENT -> content.assignments();
      case PLANNING -> content.planning();
      case ASSESSMENT -> content.assessments();
      case DISCIPLINE -> content.disciplines();
      case CODE -> content.codes();
    };
  }

  /**
   * Waits for the next part of a kind's rows, in the order they were read.
   *
   * @param type the class of the kind's records
   * @return the part, or null once every row of the kind has come
   * @throws Abandoned if the reader found a problem before the part was handed over
   */
  <T> List<T> nextRows(RecordKind kind, Class<T> type) {
    long start = System.nanoTime();
    Part part;
    try {
      part = parts.get(kind).take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the workbook", e);
    } finally {
      waitedNanos += System.nanoTime() - start;
    }
    if (part.failure() != null) {
      // later calls see the failure too
      parts.get(kind).add(part);
      if (part.failure() instanceof Error error) {
        throw error;
      }
      throw part.failure() instanceof RuntimeException r
          ? r
          : new CompletionException(part.failure());
    }
    if (!part.clean()) {
      parts.get(kind).add(part);
      throw new Abandoned();
    }
    if (part.rows() == null) {
      parts.get(kind).add(part);
      return null;
    }
    if (!part.rows().isEmpty()) {
      type.cast(part.rows().get(0));
    }
    @SuppressWarnings("unchecked")
    List<T> rows = (List<T>) part.rows();
    return rows;
  }

  /** The records read by the time a kind was wholly read, once it is, whether cleanly or not. */
  CompletableFuture<RegistryContent> whenRead(RecordKind kind) {
    return arrivals.get(kind).thenApply(Arrival::soFar);
  }

  /**
   * Waits until every given kind (at least one) has been read; returns the records read by then.
   *
   * @throws Abandoned if the reader found a problem before the last of them arrived
   */
  RegistryContent awaiting(RecordKind... kinds) {
    Arrival latest = null;
    for (RecordKind kind : kinds) {
      Arrival arrival = waitFor(arrivals.get(kind));
      if (!arrival.clean()) {
        throw new Abandoned();
      }
      if (latest == null || arrival.order() > latest.order()) {
        latest = arrival;
      }
    }
    return latest.soFar();
  }

  /**
   * Waits for the whole workbook.
   *
   * @throws Abandoned if the reader found a problem
   */
  RegistryContent whole() {
    WorkbookRead read = waitFor(whole);
    if (!read.readCleanly()) {
      throw new Abandoned();
    }
    return read.content();
  }

  /** How long the writer waited for the reader, in milliseconds. */
  long waitedMs() {
    return waitedNanos / 1_000_000;
  }

  private <T> T waitFor(CompletableFuture<T> arrival) {
    long start = System.nanoTime();
    try {
      return arrival.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    } finally {
      waitedNanos += System.nanoTime() - start;
    }
  }
}
