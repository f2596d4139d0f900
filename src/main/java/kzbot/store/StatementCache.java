package kzbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thread's connection with the statements it has prepared, kept for reuse: compiling a
 * statement costs more than running most of kzbot's queries. Confined to its thread; a statement's
 * result set must be closed before the same SQL is run again.
 */
final class StatementCache implements AutoCloseable {
    /** Far more than the distinct statements one answer runs, so none is evicted while in use. */
    private static final int CAPACITY = 128;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(64, 0.75f, true);

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
            if (statements.size() > CAPACITY) {
                Iterator<PreparedStatement> eldest = statements.values().iterator();
                eldest.next().close();
                eldest.remove();
            }
        }
        return ps;
    }

    @Override
    public void close() throws SQLException {
        try {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            statements.clear();
        } finally {
            connection.close();
        }
    }
}
