package kzbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kzbot.TestKzbot;

/** A broken database or model: a clear line and the documented exit code, for every command that needs them. */
class FailureExitCodesTest {
    @TempDir
    Path tmp;

    private static void assertFails(int code, String says, String... args) {
        IngestCommandTest.Result r = IngestCommandTest.run(args);
        assertEquals(code, r.code(), r.err());
        assertTrue(r.err().contains(says), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception:"), r.err());
    }

    @Test
    void aMissingDatabaseIsNoInput() {
        String db = tmp.resolve("none.db").toString();
        assertFails(ExitCodes.NO_INPUT, "kzbot ingest", "ask", "--db", db, "hello");
        assertFails(ExitCodes.NO_INPUT, "kzbot ingest", "eval", "--db", db, "data/eval/dev.tsv");
        assertFails(ExitCodes.NO_INPUT, "kzbot ingest", "serve", "--db", db, "--port", "0");
    }

    @Test
    void optionsGivenBeforeTheSubCommandCount() {
        String db = tmp.resolve("none.db").toString();
        assertFails(ExitCodes.NO_INPUT, "no database at " + db, "--db", db, "ask", "kz pakistan trade 2023");
        assertFails(ExitCodes.NO_INPUT, "no database at " + db, "--db", db, "facts");
        String models = tmp.resolve("no-models").toString();
        assertFails(ExitCodes.NO_INPUT, models, "--models", models, "ask", "--db", TestKzbot.seedDatabase().toString(), "hello");
    }

    @Test
    void anEmptyOrCorruptDatabaseIsBadData() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.db"));
        assertFails(ExitCodes.DATA, "not a kzbot database", "ask", "--db", empty.toString(), "hello");
        Path junk = Files.write(tmp.resolve("junk.db"), "this is not sqlite at all, just text".repeat(100).getBytes());
        assertFails(ExitCodes.DATA, "not a kzbot database", "ask", "--db", junk.toString(), "hello");
    }

    @Test
    void aLockedDatabaseIsAnIoError() throws Exception {
        Path db = tmp.resolve("locked.db");
        Files.copy(TestKzbot.database(TestKzbot.SEEDS), db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA locking_mode = EXCLUSIVE");
            st.execute("BEGIN EXCLUSIVE");
            assertFails(ExitCodes.IO, "locked", "ask", "--db", db.toString(), "hello");
            st.execute("ROLLBACK");
        }
    }

    @Test
    void missingOrCorruptModelsStopTheCommand() throws IOException {
        Path db = TestKzbot.database(TestKzbot.SEEDS);
        Path none = Files.createDirectory(tmp.resolve("nomodels"));
        assertFails(ExitCodes.NO_INPUT, "kzbot train", "ask", "--db", db.toString(), "--models", none.toString(), "hello");
        Path bad = Files.createDirectory(tmp.resolve("badmodels"));
        for (String f : new String[] {"intent.bin", "names.bin", "words.txt"}) {
            Files.write(bad.resolve(f), "garbage".getBytes());
        }
        assertFails(ExitCodes.DATA, "corrupt", "ask", "--db", db.toString(), "--models", bad.toString(), "hello");
    }
}
