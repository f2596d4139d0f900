package kzbot.telegram;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands updates to a small pool of workers, one chat's updates in order on one worker, so a slow
 * reply in one chat never holds up another. An exception in one update is logged and forgotten;
 * the bot goes on.
 */
public final class KzbotUpdates implements LongPollingUpdateConsumer {
    private final UpdateHandler handler;
    private final BotLog log;
    private final ExecutorService[] lanes;

    public KzbotUpdates(UpdateHandler handler, BotLog log, int workers) {
        this.handler = handler;
        this.log = log;
        this.lanes = new ExecutorService[workers];
        for (int i = 0; i < workers; i++) {
            int n = i;
            lanes[i] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "kzbot-updates-" + n);
                t.setDaemon(false);
                return t;
            });
        }
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update u : updates) {
            lanes[Math.floorMod(Long.hashCode(key(u)), lanes.length)].execute(() -> handleSafely(u));
        }
    }

    /** Handles one update now, on the calling thread (the webhook endpoint and tests use this). */
    public void handleSafely(Update u) {
        try {
            handler.handle(u);
        } catch (RuntimeException e) {
            log.warn("update " + u.getUpdateId() + " failed: " + e);
        }
    }

    private static long key(Update u) {
        if (u.getMessage() != null) {
            return u.getMessage().getChatId();
        }
        if (u.getCallbackQuery() != null && u.getCallbackQuery().getMessage() != null) {
            return u.getCallbackQuery().getMessage().getChatId();
        }
        return u.getUpdateId() == null ? 0 : u.getUpdateId();
    }

    /** Lets queued and running replies finish, up to a bound. */
    public void drain(long seconds) {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes) {
            try {
                if (!lane.awaitTermination(seconds, TimeUnit.SECONDS)) {
                    lane.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lane.shutdownNow();
            }
        }
    }
}
