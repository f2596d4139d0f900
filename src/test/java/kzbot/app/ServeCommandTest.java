package kzbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import kzbot.TestKzbot;

class ServeCommandTest {
    @Test
    void refusesAPortOutOfRangeAsAUsageError() {
        IngestCommandTest.Result r = IngestCommandTest.run("serve", "--port", "65536");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--port must be between 0 and 65535"), r.err());
    }

    @Test
    void refusesAThreadCountOutOfRangeAsAUsageError() {
        IngestCommandTest.Result r = IngestCommandTest.run("serve", "--threads", "0");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--threads must be between 1 and 64"), r.err());
    }

    @Test
    void saysWhichAddressItCannotListenOn() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            IngestCommandTest.Result r = IngestCommandTest.run("serve", "--port", String.valueOf(taken.getLocalPort()),
                    "--db", TestKzbot.seedDatabase().toString(), "--models", TestKzbot.MODELS.toString());
            assertEquals(ExitCodes.IO, r.code(), r.err());
            assertTrue(r.err().startsWith("kzbot: cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }
}
