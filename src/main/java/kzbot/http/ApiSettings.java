package kzbot.http;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the API listens and whom it lets in. The app reads these from flags and the environment;
 * the API itself reads neither.
 *
 * @param address    host and port to listen on; port 0 picks a free one
 * @param token      when present, every request but {@code /healthz} needs {@code Authorization: Bearer <token>}
 * @param corsOrigin when present, the one origin (scheme://host[:port]) that browsers may call the API from
 * @param threads    requests answered at once; more wait in a bounded queue
 */
public record ApiSettings(InetSocketAddress address, Optional<String> token, Optional<String> corsOrigin, int threads) {
    public static final int DEFAULT_THREADS = 8;
    public static final int MAX_THREADS = 64;
    private static final Pattern ORIGIN = Pattern.compile("https?://([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*|\\[[0-9A-Fa-f:.]+\\])(:\\d{1,5})?");

    public ApiSettings {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(corsOrigin, "corsOrigin");
        if (token.isPresent() && token.get().isBlank()) {
            throw new IllegalArgumentException("the API token is blank");
        }
        if (corsOrigin.isPresent() && !ORIGIN.matcher(corsOrigin.get()).matches()) {
            throw new IllegalArgumentException("the CORS origin must be one origin such as https://news.example.kz"
                    + " (scheme://host[:port], no path, no wildcard)");
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS);
        }
    }

    /** Open to this machine only, on a port of the system's choosing: what tests and local tools want. */
    public static ApiSettings loopback(int port) {
        return new ApiSettings(new InetSocketAddress("127.0.0.1", port), Optional.empty(), Optional.empty(), DEFAULT_THREADS);
    }

    public ApiSettings withToken(String t) {
        return new ApiSettings(address, Optional.of(t), corsOrigin, threads);
    }

    public ApiSettings withCorsOrigin(String origin) {
        return new ApiSettings(address, token, Optional.of(origin), threads);
    }
}
