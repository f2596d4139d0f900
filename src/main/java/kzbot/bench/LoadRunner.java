package kzbot.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Asks questions round-robin from several threads for a fixed time and records each one's latency.
 * Each thread starts at its own place in the list, so threads do not ask the same question in step.
 */
public final class LoadRunner {
    private final LongSupplier nanoTime;
    private final LongSupplier threadCpuTime;

    /**
     * {@code nanoTime} is the clock latencies are read from ({@code System::nanoTime}),
     * {@code threadCpuTime} the CPU time of the calling thread in nanoseconds.
     */
    public LoadRunner(LongSupplier nanoTime, LongSupplier threadCpuTime) {
        this.nanoTime = nanoTime;
        this.threadCpuTime = threadCpuTime;
    }

    /** Runs {@code threads} threads for {@code nanos} and returns what they measured. */
    public Latencies run(Function<String, ?> answer, List<String> questions, int threads, long nanos) {
        if (questions.isEmpty() || threads < 1) {
            throw new IllegalArgumentException("need questions and at least one thread");
        }
        CountDownLatch start = new CountDownLatch(1);
        Worker[] workers = new Worker[threads];
        List<Thread> running = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int t = 0; t < threads; t++) {
            Worker w = new Worker(answer, questions, t * questions.size() / threads, start);
            workers[t] = w;
            Thread th = new Thread(w, "bench-" + t);
            th.setUncaughtExceptionHandler((x, e) -> failure.compareAndSet(null, e));
            th.start();
            running.add(th);
        }
        long t0 = nanoTime.getAsLong();
        for (Worker w : workers) {
            w.deadline = t0 + nanos;
        }
        start.countDown();
        for (Thread th : running) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring", e);
            }
        }
        long elapsed = nanoTime.getAsLong() - t0;
        if (failure.get() != null) {
            throw new IllegalStateException("a question failed while measuring: " + failure.get(), failure.get());
        }
        long[] all = Arrays.stream(workers).flatMapToLong(w -> Arrays.stream(w.latencies, 0, w.count)).toArray();
        return Latencies.of(threads, all, elapsed, Arrays.stream(workers).mapToLong(w -> w.cpu).sum());
    }

    private final class Worker implements Runnable {
        private final Function<String, ?> answer;
        private final List<String> questions;
        private final CountDownLatch start;
        private int next;
        volatile long deadline;
        long[] latencies = new long[1 << 14];
        int count;
        long cpu;

        Worker(Function<String, ?> answer, List<String> questions, int first, CountDownLatch start) {
            this.answer = answer;
            this.questions = questions;
            this.next = first;
            this.start = start;
        }

        @Override
        public void run() {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long end = deadline;
            long cpu0 = threadCpuTime.getAsLong();
            for (long now = nanoTime.getAsLong(); now < end; ) {
                String q = questions.get(next);
                next = next + 1 == questions.size() ? 0 : next + 1;
                answer.apply(q);
                long after = nanoTime.getAsLong();
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = after - now;
                now = after;
            }
            cpu = threadCpuTime.getAsLong() - cpu0;
        }
    }
}
