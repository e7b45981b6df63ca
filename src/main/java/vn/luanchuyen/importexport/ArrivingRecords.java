package vn.luanchuyen.importexport;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import vn.luanchuyen.registry.RegistryContent;

/**
 * A workbook's records handed from the thread that reads the workbook to the one that writes them,
 * kind by kind: the writer can store the units, seats and cadres while the reader is still on the
 * assignments. Records already in memory arrive all at once ({@link #all}).
 *
 * <p>Once the reader has found a problem, what the writer asks for next is {@link Abandoned}: the
 * workbook will be refused, and nothing more is worth writing.
 */
final class ArrivingRecords implements WorkbookReader.KindsRead {

  /** The records of a kind, and everything read before them. */
  private record Arrival(RegistryContent soFar, boolean clean, long order) {}

  /** The read found a problem: the import will be refused, so the writer stops. */
  static final class Abandoned extends RuntimeException {
    Abandoned() {
      super("the workbook has problems; the import will be refused", null, false, false);
    }
  }

  private final Map<RecordKind, CompletableFuture<Arrival>> arrivals =
      new EnumMap<>(RecordKind.class);
  private final CompletableFuture<WorkbookRead> whole = new CompletableFuture<>();
  private final AtomicLong order = new AtomicLong();
  private long waitedNanos;

  ArrivingRecords() {
    for (RecordKind kind : RecordKind.values()) {
      arrivals.put(kind, new CompletableFuture<>());
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
  public void read(RecordKind kind, RegistryContent soFar, boolean clean) {
    arrivals.get(kind).complete(new Arrival(soFar, clean, order.incrementAndGet()));
  }

  /** The read is over: every kind not told yet arrives with the read's records. */
  void readDone(WorkbookRead read) {
    arrivals.forEach(
        (kind, arrival) ->
            arrival.complete(
                new Arrival(read.content(), read.readCleanly(), order.incrementAndGet())));
    whole.complete(read);
  }

  /** The read failed: whoever waits gets the failure. */
  void readFailed(Throwable failure) {
    arrivals.values().forEach(a -> a.completeExceptionally(failure));
    whole.completeExceptionally(failure);
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
