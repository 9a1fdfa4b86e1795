package se.finsam.samverkansbot.cases;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case references {@code K-<year>-<4 digits>}, numbered per year. The counter
 * row is updated in the caller's transaction, so concurrent raises wait on its row lock
 * and never share a number; a new year's row is created by whoever comes first.
 */
@Component
class CaseReferences {

    private final JdbcClient jdbc;

    private final TransactionTemplate separately;

    CaseReferences(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(int year) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc
                .sql("UPDATE case_reference_counter SET last_number = last_number + 1 WHERE case_year = ?")
                .param(year)
                .update();
            if (updated == 1) {
                int number = jdbc.sql("SELECT last_number FROM case_reference_counter WHERE case_year = ?")
                    .param(year)
                    .query(Integer.class)
                    .single();
                return format(year, number);
            }
            try {
                createYear(year);
            }
            catch (DuplicateKeyException raced) {
                // Another raise created the year's counter first; update it as usual.
            }
        }
        throw new IllegalStateException("No case reference could be taken for " + year);
    }

    /**
     * In a transaction of its own, so that a lost race for the first case of a year does
     * not spoil the caller's transaction (PostgreSQL aborts it on the error).
     */
    private void createYear(int year) {
        separately.executeWithoutResult(
                (status) -> jdbc.sql("INSERT INTO case_reference_counter (case_year, last_number) VALUES (?, 0)")
                    .param(year)
                    .update());
    }

    static String format(int year, int number) {
        return "K-%d-%04d".formatted(year, number);
    }

}
