package kzbot.app;

import java.nio.file.Path;

/** Where kzbot's data and models live: $KZBOT_HOME (the launcher sets it), else the working folder. */
final class Home {
    private Home() {
    }

    static Path resolve(String relative) {
        String home = System.getenv("KZBOT_HOME");
        return home == null || home.isBlank() ? Path.of(relative) : Path.of(home).resolve(relative);
    }
}
