package org.diaban.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diaban.persistence.DataLocation;

/**
 * Plain SQL on the database file of open services, for tests that count rows independently of
 * the code under test (same JVM, so the embedded database is shared).
 */
public final class SqlProbe implements AutoCloseable {

    private final Connection connection;

    public SqlProbe(DataLocation location) {
        try {
            connection = DriverManager.getConnection("jdbc:h2:file:" + location.databaseBase()
                    + ";AUTO_SERVER=FALSE;LOCK_TIMEOUT=10000", "sa", "");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as a number (count queries). */
    public long number(String sql, Object... params) {
        List<List<Object>> rows = rows(sql, params);
        return rows.isEmpty() || rows.get(0).get(0) == null ? 0 : ((Number) rows.get(0).get(0)).longValue();
    }

    public List<List<Object>> rows(String sql, Object... params) {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<List<Object>> out = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(rs.getObject(c));
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Rows per table of the application schema (Flyway's history left out). */
    public Map<String, Long> tableCounts() {
        Map<String, Long> out = new TreeMap<>();
        for (List<Object> t : rows("select table_name from information_schema.tables where table_schema = 'PUBLIC'"
                + " and table_type = 'BASE TABLE'")) {
            String table = (String) t.get(0);
            if (!table.equalsIgnoreCase("flyway_schema_history")) {
                out.put(table.toLowerCase(), number("select count(*) from \"" + table + "\""));
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
