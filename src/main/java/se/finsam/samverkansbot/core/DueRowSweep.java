package se.finsam.samverkansbot.core;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.LongToIntFunction;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through the rows of a table whose due time (a UTC timestamp column) has come: an
 * indexed range query, page by page in id order so memory stays bounded, and each row in
 * a transaction of its own that first locks the row with {@code FOR UPDATE SKIP LOCKED}
 * and checks it is still due. So two instances never handle one row's due work twice, and
 * what the handler writes (the row, its events' outbox messages) commits with the claim.
 */
public final class DueRowSweep {

    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final String table;

    private final String dueColumn;

    private final int pageSize;

    /**
     * @param table the table (a fixed identifier of the module's own, never input)
     * @param dueColumn its indexed due-time column
     */
    public DueRowSweep(JdbcClient jdbc, TransactionTemplate transactions, String table, String dueColumn,
            int pageSize) {
        if (!NAME.matcher(table).matches() || !NAME.matcher(dueColumn).matches()) {
            throw new IllegalArgumentException("Not a table and column name: " + table + "." + dueColumn);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("Page size must be at least 1");
        }
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.table = table;
        this.dueColumn = dueColumn;
        this.pageSize = pageSize;
    }

    /**
     * Hands every row due at {@code now} to the handler, inside the transaction that
     * claimed it; returns the sum of what the handler returned (such as messages sent).
     */
    public int run(Instant now, LongToIntFunction handler) {
        int total = 0;
        long after = 0;
        while (true) {
            List<Long> due = dueIds(now, after);
            for (Long id : due) {
                Integer done = transactions.execute((status) -> claim(id, now) ? handler.applyAsInt(id) : 0);
                total += (done == null) ? 0 : done;
            }
            if (due.size() < pageSize) {
                return total;
            }
            after = due.get(due.size() - 1);
        }
    }

    private List<Long> dueIds(Instant now, long after) {
        return jdbc
            .sql("SELECT id FROM " + table + " WHERE " + dueColumn
                    + " <= :now AND id > :after ORDER BY id LIMIT :limit")
            .param("now", utc(now))
            .param("after", after)
            .param("limit", pageSize)
            .query(Long.class)
            .list();
    }

    private boolean claim(long id, Instant now) {
        return jdbc
            .sql("SELECT id FROM " + table + " WHERE id = :id AND " + dueColumn + " <= :now FOR UPDATE SKIP LOCKED")
            .param("id", id)
            .param("now", utc(now))
            .query(Long.class)
            .optional()
            .isPresent();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
