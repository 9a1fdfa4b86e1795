package se.finsam.samverkansbot.core;

import java.sql.DatabaseMetaData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Inserts a row or updates the one with the same key in one statement, inside the
 * caller's transaction: {@code INSERT … ON CONFLICT … DO UPDATE} on PostgreSQL,
 * {@code MERGE … KEY} on H2. An insert that fails on a duplicate key and is then caught
 * cannot work on PostgreSQL, which aborts the whole transaction on the error.
 * <p>
 * Table and column names come from code, never from input.
 */
@Component
public class Upserts {

    private final JdbcClient jdbc;

    private final boolean postgres;

    public Upserts(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.postgres = isPostgres(dataSource);
    }

    /**
     * Writes {@code values} (column → value, the key columns among them) into
     * {@code table}: a new row, or, when a row with the same key exists, only the
     * {@code updated} columns of it.
     * @return the number of rows written (1)
     */
    public int upsert(String table, List<String> keys, Map<String, ?> values, List<String> updated) {
        Map<String, Object> params = new LinkedHashMap<>(values);
        String columns = String.join(", ", values.keySet());
        String placeholders = values.keySet().stream().map((column) -> ":" + column).collect(Collectors.joining(", "));
        if (postgres) {
            String set = updated.stream()
                .map((column) -> column + " = EXCLUDED." + column)
                .collect(Collectors.joining(", "));
            return jdbc
                .sql("INSERT INTO %s (%s) VALUES (%s) ON CONFLICT (%s) DO UPDATE SET %s".formatted(table, columns,
                        placeholders, String.join(", ", keys), set))
                .params(params)
                .update();
        }
        return h2Merge(table, keys, values, updated, params, placeholders);
    }

    /**
     * Adds {@code delta} to the counter column of the row with this key in {@code table},
     * or inserts the row with {@code delta} when there is none; concurrent additions to
     * one row all count.
     * @param key the key columns and their values, none null
     */
    public void add(String table, Map<String, ?> key, String counter, long delta) {
        Map<String, Object> params = new LinkedHashMap<>(key);
        params.put(counter, delta);
        String columns = String.join(", ", params.keySet());
        String placeholders = params.keySet().stream().map((column) -> ":" + column).collect(Collectors.joining(", "));
        String sql;
        if (postgres) {
            sql = "INSERT INTO %1$s (%2$s) VALUES (%3$s) ON CONFLICT (%4$s) DO UPDATE SET %5$s = %1$s.%5$s + EXCLUDED.%5$s"
                .formatted(table, columns, placeholders, String.join(", ", key.keySet()), counter);
            jdbc.sql(sql).params(params).update();
            return;
        }
        String on = key.keySet()
            .stream()
            .map((column) -> "t." + column + " = v." + column)
            .collect(Collectors.joining(" AND "));
        String source = params.keySet().stream().map((column) -> "v." + column).collect(Collectors.joining(", "));
        sql = """
                MERGE INTO %1$s t USING (VALUES (%2$s)) v(%3$s) ON %4$s
                WHEN MATCHED THEN UPDATE SET %5$s = t.%5$s + v.%5$s
                WHEN NOT MATCHED THEN INSERT (%3$s) VALUES (%6$s)
                """.formatted(table, placeholders, columns, on, counter, source);
        try {
            jdbc.sql(sql).params(params).update();
        }
        catch (ConcurrencyFailureException | DataIntegrityViolationException raced) {
            // As in upsert: the other transaction's row is there now.
            jdbc.sql(sql).params(params).update();
        }
    }

    /**
     * A row from alternating column names and values, in that order; values may be null.
     */
    public static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    private int h2Merge(String table, List<String> keys, Map<String, ?> values, List<String> updated,
            Map<String, Object> params, String placeholders) {
        // MERGE ... KEY would overwrite every column; MERGE ... USING keeps the others.
        String source = values.keySet().stream().map((column) -> "v." + column).collect(Collectors.joining(", "));
        String on = keys.stream().map((key) -> "t." + key + " = v." + key).collect(Collectors.joining(" AND "));
        String set = updated.stream().map((column) -> column + " = v." + column).collect(Collectors.joining(", "));
        String sql = """
                MERGE INTO %s t USING (VALUES (%s)) v(%s) ON %s
                WHEN MATCHED THEN UPDATE SET %s
                WHEN NOT MATCHED THEN INSERT (%s) VALUES (%s)
                """.formatted(table, placeholders, String.join(", ", values.keySet()), on, set,
                String.join(", ", values.keySet()), source);
        try {
            return jdbc.sql(sql).params(params).update();
        }
        catch (ConcurrencyFailureException | DataIntegrityViolationException raced) {
            // H2 inserted while another transaction inserted the same key and lost; H2
            // keeps the transaction alive after a failed statement, and now the row is
            // there to update.
            return jdbc.sql(sql).params(params).update();
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equalsIgnoreCase(product);
        }
        catch (MetaDataAccessException e) {
            throw new IllegalStateException("The database's product name could not be read", e);
        }
    }

}
