package se.finsam.samverkansbot.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The förbund's kommuner and roles, as configured: who is admin, who coordinates which
 * kommun. Every module asks here; nothing trusts a role a card or message claims.
 */
@Service
public class Organisation {

    private final Map<String, Kommun> kommuner = new LinkedHashMap<>();

    private final Set<UserId> admins;

    private final Map<UserId, OrganisationProperties.Coordinator> coordinators = new LinkedHashMap<>();

    private final Map<String, OrganisationProperties.MailDomain> mailDomains = new LinkedHashMap<>();

    public Organisation(OrganisationProperties properties) {
        properties.kommuner().stream().map(Kommun::new).forEach((kommun) -> this.kommuner.put(kommun.key(), kommun));
        this.admins = properties.admins().stream().map(UserId::of).collect(Collectors.toUnmodifiableSet());
        for (OrganisationProperties.Coordinator coordinator : properties.coordinators()) {
            for (String name : coordinator.kommuner()) {
                if (kommun(name).isEmpty()) {
                    throw new IllegalStateException("Coordinator " + coordinator.userId() + " coordinates " + name
                            + ", which is not in samverkansbot.organisation.kommuner");
                }
            }
            this.coordinators.put(UserId.of(coordinator.userId()), coordinator);
        }
        for (OrganisationProperties.MailDomain domain : properties.mailDomains()) {
            if (domain.kommun() != null && kommun(domain.kommun()).isEmpty()) {
                throw new IllegalStateException("Mail domain " + domain.domain() + " belongs to " + domain.kommun()
                        + ", which is not in samverkansbot.organisation.kommuner");
            }
            this.mailDomains.put(domain.domain().strip().toLowerCase(Locale.ROOT), domain);
        }
        for (Kommun kommun : this.kommuner.values()) {
            String own = kommun.key().replace(" ", "") + ".se";
            this.mailDomains.putIfAbsent(own, new OrganisationProperties.MailDomain(own, kommun.name(), null));
        }
    }

    /** The förbund's kommuner, in configured order. */
    public List<Kommun> kommuner() {
        return List.copyOf(this.kommuner.values());
    }

    /**
     * The kommun with this name, however it is cased or accented ("osby", "Ostra
     * Goinge").
     */
    public Optional<Kommun> kommun(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(this.kommuner.get(Kommun.fold(name)));
    }

    /** The admins. */
    public Set<UserId> admins() {
        return this.admins;
    }

    public boolean isAdmin(UserId user) {
        return this.admins.contains(user);
    }

    public boolean isCoordinator(UserId user) {
        return this.coordinators.containsKey(user);
    }

    /**
     * The kommuner this person coordinates; empty for someone who is not a coordinator.
     */
    public List<Kommun> coordinatedBy(UserId user) {
        OrganisationProperties.Coordinator coordinator = this.coordinators.get(user);
        if (coordinator == null) {
            return List.of();
        }
        if (coordinator.kommuner().isEmpty()) {
            return kommuner();
        }
        return coordinator.kommuner().stream().map(this::kommun).flatMap(Optional::stream).toList();
    }

    /** The coordinators of a kommun, in configured order. */
    public List<UserId> coordinatorsOf(Kommun kommun) {
        return this.coordinators.keySet().stream().filter((user) -> coordinatedBy(user).contains(kommun)).toList();
    }

    /**
     * The kommun whose staff have this e-mail address's domain (or a domain above it), if
     * the förbund's configuration says.
     */
    public Optional<Kommun> kommunOfAddress(String address) {
        return mailDomain(address).map(OrganisationProperties.MailDomain::kommun).flatMap(this::kommun);
    }

    /** The agency whose staff have this e-mail address's domain, if known. */
    public Optional<Agency> agencyOfAddress(String address) {
        return mailDomain(address).map(OrganisationProperties.MailDomain::agency);
    }

    private Optional<OrganisationProperties.MailDomain> mailDomain(String address) {
        if (address == null) {
            return Optional.empty();
        }
        int at = address.lastIndexOf('@');
        String domain = address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        if (at < 0 || domain.isEmpty()) {
            return Optional.empty();
        }
        // anna@socialtjansten.osby.se: osby.se's
        for (String candidate = domain; candidate
            .contains("."); candidate = candidate.substring(candidate.indexOf('.') + 1)) {
            OrganisationProperties.MailDomain known = this.mailDomains.get(candidate);
            if (known != null) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    /** The name a coordinator is shown by, if they are one. */
    public Optional<String> coordinatorName(UserId user) {
        return Optional.ofNullable(this.coordinators.get(user)).map(OrganisationProperties.Coordinator::name);
    }

}
