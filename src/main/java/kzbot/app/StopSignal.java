package kzbot.app;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Waits for SIGTERM or SIGINT (Ctrl-C) and then stops a long-running command gracefully, so that the
 * process exits 0, as a service manager expects of a requested stop. A JVM shutdown hook cannot do
 * this: the JVM has already chosen 143 or 130 when its hooks run. The handlers are installed through
 * {@code sun.misc.Signal} (module jdk.unsupported, in every JDK and JRE), reached by reflection
 * because javac warns on any direct use of it; where it is missing, a shutdown hook stops the command
 * and the exit code is the JVM's.
 */
final class StopSignal {
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Runnable stop;

    private StopSignal(Runnable stop) {
        this.stop = () -> {
            synchronized (stopped) {
                if (stopped.getCount() > 0) {
                    stop.run();
                    stopped.countDown();
                }
            }
        };
    }

    /** From now on a stop signal runs {@code stop} (once). Install it before starting what it stops. */
    static StopSignal install(Runnable stop) {
        StopSignal s = new StopSignal(stop);
        if (!s.handle(List.of("TERM", "INT"))) {
            Runtime.getRuntime().addShutdownHook(new Thread(s.stop, "kzbot-stop"));
        }
        return s;
    }

    /** Blocks until a stop signal has arrived and the stop has run. */
    void await() throws InterruptedException {
        stopped.await();
    }

    private boolean handle(List<String> names) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Object onSignal = Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] {handler}, (proxy, method, args) -> {
                if (method.getName().equals("handle")) {
                    stop.run();
                    return null;
                }
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "kzbot stop signal handler";
                };
            });
            for (String name : names) {
                signal.getMethod("handle", signal, handler).invoke(null, signal.getConstructor(String.class).newInstance(name), onSignal);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
