package se.finsam.samverkansbot.contacts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;

/**
 * Finds the entries not verified within the configured period and tells the coordinators
 * who keep them.
 */
final class ContactStaleness {

    private static final Logger log = LoggerFactory.getLogger(ContactStaleness.class);

    private final Organisation organisation;

    private final Clock clock;

    private final ContactsProperties properties;

    private final ApplicationEventPublisher events;

    private final Predicate<UserId> mayMaintain;

    ContactStaleness(Organisation organisation, Clock clock, ContactsProperties properties,
            ApplicationEventPublisher events, Predicate<UserId> mayMaintain) {
        this.organisation = organisation;
        this.clock = clock;
        this.properties = properties;
        this.events = events;
        this.mayMaintain = mayMaintain;
    }

    boolean isStale(ContactPath path) {
        return path.isStale(properties.staleAfter(), clock);
    }

    /**
     * Publishes one {@link ContactPathsStale} per coordinator for the stale ones among
     * the entries in force.
     * @return how many coordinators were told
     */
    int reportStale(List<ContactPath> inForce) {
        Map<UserId, List<ContactPathsStale.Stale>> byCoordinator = new LinkedHashMap<>();
        for (ContactPath path : inForce) {
            if (!isStale(path)) {
                continue;
            }
            ContactPathsStale.Stale stale = new ContactPathsStale.Stale(path.id(), path.agency().messageKey(),
                    path.unit(), path.lastVerified());
            for (UserId coordinator : keepersOf(path)) {
                byCoordinator.computeIfAbsent(coordinator, c -> new ArrayList<>()).add(stale);
            }
        }
        byCoordinator.forEach((coordinator, stale) -> events.publishEvent(new ContactPathsStale(coordinator, stale)));
        log.info("Stale contact paths listed to {} coordinators", byCoordinator.size());
        return byCoordinator.size();
    }

    /**
     * Who keeps an entry: its maintainer while they are a coordinator or admin, otherwise
     * the coordinators of the kommuner it covers.
     */
    List<UserId> keepersOf(ContactPath path) {
        if (path.maintainer() != null && mayMaintain.test(UserId.of(path.maintainer()))) {
            return List.of(UserId.of(path.maintainer()));
        }
        List<Kommun> covered = path.kommuner().isEmpty() ? organisation.kommuner()
                : path.kommuner().stream().map(organisation::kommun).flatMap(Optional::stream).toList();
        Set<UserId> keepers = new LinkedHashSet<>();
        covered.forEach(kommun -> keepers.addAll(organisation.coordinatorsOf(kommun)));
        return List.copyOf(keepers);
    }

}
