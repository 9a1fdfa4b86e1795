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
