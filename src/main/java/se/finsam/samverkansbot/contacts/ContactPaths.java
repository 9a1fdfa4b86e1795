package se.finsam.samverkansbot.contacts;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ContactPaths extends ListCrudRepository<ContactPath, Long> {

    Optional<ContactPath> findByPathKey(String pathKey);

    /**
     * Changes whenever an entry is added or changed anywhere (versions only grow), so
     * instances can tell their index is behind.
     */
    @Query("SELECT COUNT(*) + COALESCE(SUM(version), 0) FROM contact_path")
    long revision();

}
