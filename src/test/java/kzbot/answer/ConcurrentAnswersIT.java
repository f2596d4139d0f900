package kzbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import kzbot.TestKzbot;
import kzbot.cli.DevSetEvaluation;

/** Eight threads asking ten thousand questions each get exactly the answers one thread gets. */
class ConcurrentAnswersIT {
    static final int THREADS = 8;
    static final int PER_THREAD = 10_000;

    @Test
    void eightThreadsGetTheSameAnswersAsOne() throws Exception {
        List<String> questions = TestKzbot.rows(TestKzbot.DEV).stream().map(DevSetEvaluation.Row::question).toList();
        Answerer answerer = TestKzbot.seeds();
        List<Map<String, Object>> expected = questions.stream().map(q -> AnswerJson.of(q, answerer.answer(q))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger wrong = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            int offset = t * 7;
            done.add(pool.submit(() -> {
                for (int i = 0; i < PER_THREAD; i++) {
                    int k = (offset + i) % questions.size();
                    try {
                        if (!expected.get(k).equals(AnswerJson.of(questions.get(k), answerer.answer(questions.get(k))))) {
                            wrong.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("concurrency: %d answers on %d threads in %d ms%n", THREADS * PER_THREAD, THREADS,
                (System.nanoTime() - t0) / 1_000_000);
        assertEquals(0, errors.get(), "errors");
        assertEquals(0, wrong.get(), "answers that differ from one thread's");
    }
}
