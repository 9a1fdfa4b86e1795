package se.finsam.samverkansbot.teams.edge;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSetUnavailableException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.ResourceRetriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bot Framework's signing keys that are endorsed for Microsoft Teams. Each fetch
 * reads the OpenID metadata for its {@code jwks_uri} and then the key set; every key
 * there lists the channels it signs for in an {@code endorsements} array, which Nimbus'
 * {@link JWK} does not keep, so it is read from the raw JSON here and keys not endorsed
 * for {@code msteams} (or not endorsed at all) are left out: a token they signed finds no
 * key. Caching, refetching on an unknown key id and its rate limit are Nimbus' (see
 * {@link BotFrameworkTokens}).
 */
final class TeamsSigningKeys implements JWKSetSource<SecurityContext> {

    static final String TEAMS_CHANNEL = "msteams";

    private static final Logger log = LoggerFactory.getLogger(TeamsSigningKeys.class);

    private final URI metadata;

    private final ResourceRetriever retriever;

    TeamsSigningKeys(URI metadata, ResourceRetriever retriever) {
        this.metadata = metadata;
        this.retriever = retriever;
    }

    @Override
    public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refreshEvaluator, long currentTime, SecurityContext context)
            throws KeySourceException {
        try {
            Map<String, Object> configuration = JSONObjectUtils.parse(fetch(metadata.toURL()));
            String jwksUri = JSONObjectUtils.getString(configuration, "jwks_uri");
            if (jwksUri == null) {
                throw new JWKSetUnavailableException("The Bot Framework's OpenID metadata names no jwks_uri");
            }
            Map<String, Object> keySet = JSONObjectUtils.parse(fetch(metadata.resolve(jwksUri).toURL()));
            Map<String, Object>[] keys = JSONObjectUtils.getJSONObjectArray(keySet, "keys");
            if (keys == null) {
                throw new JWKSetUnavailableException("The Bot Framework's key set has no keys");
            }
            List<JWK> endorsed = new ArrayList<>();
            for (Map<String, Object> key : keys) {
                endorsedForTeams(key).ifPresent(endorsed::add);
            }
            log.info("Read {} Bot Framework signing keys endorsed for Teams ({} published)", endorsed.size(),
                    keys.length);
            return new JWKSet(endorsed);
        }
        catch (IOException | ParseException | IllegalArgumentException ex) {
            throw new JWKSetUnavailableException("Could not read the Bot Framework's signing keys", ex);
        }
    }

    private String fetch(URL url) throws IOException {
        return retriever.retrieveResource(url).getContent();
    }

    private static Optional<JWK> endorsedForTeams(Map<String, Object> key) {
        try {
            List<String> endorsements = JSONObjectUtils.getStringList(key, "endorsements");
            if (endorsements == null || !endorsements.contains(TEAMS_CHANNEL)) {
                return Optional.empty();
            }
            return Optional.of(JWK.parse(key));
        }
        catch (ParseException malformed) {
            log.warn("Skipped a malformed key in the Bot Framework's key set");
            return Optional.empty();
        }
    }

    @Override
    public void close() {
    }

}
