package se.finsam.samverkansbot.teams.edge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Serialization;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.samverkansbot.teams.chat.SamverkansBot;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.TenantOf;

/**
 * The Bot Framework messaging endpoint. Order of checks: the Bot Framework token
 * ({@link BotEndpointSecurity}, 401) before the body is read, then size and shape of the
 * body (a conversation type Teams uses among them), in the dev profile a serviceUrl on
 * this machine, then the token's {@code serviceurl} against the activity's (401), then
 * the tenant allow-list (403), then redelivery; only then does the bot see the activity.
 * A refused request changes nothing.
 */
@RestController
class BotEndpoint {

    private static final Logger log = LoggerFactory.getLogger(BotEndpoint.class);

    private final TeamsAdapter adapter;

    private final SamverkansBot bot;

    private final TeamsProperties properties;

    private final ProcessedActivities processedActivities;

    private final MeterRegistry meters;

    private final boolean dev;

    private final boolean authenticates;

    private final String appId;

    BotEndpoint(TeamsAdapter adapter, SamverkansBot bot, TeamsProperties properties,
            ProcessedActivities processedActivities, MeterRegistry meters, Environment environment,
            BotCredentials credentials) {
        this.adapter = adapter;
        this.bot = bot;
        this.properties = properties;
        this.processedActivities = processedActivities;
        this.meters = meters;
        this.dev = environment.acceptsProfiles(Profiles.of("dev"));
        this.authenticates = BotEndpointSecurity.authenticates(credentials, environment);
        this.appId = credentials.appId();
    }

    @PostMapping(BotEndpointSecurity.MESSAGES)
    ResponseEntity<String> receive(HttpServletRequest request, @AuthenticationPrincipal Jwt token) throws IOException {
        long limit = properties.maxActivitySize().toBytes();
        if (request.getContentLengthLong() > limit) {
            return refuse(HttpStatus.CONTENT_TOO_LARGE, "too_large");
        }
        Optional<String> body = readAtMost(request.getInputStream(), limit);
        if (body.isEmpty()) {
            return refuse(HttpStatus.CONTENT_TOO_LARGE, "too_large");
        }
        Activity activity = parse(body.get());
        if (activity == null) {
            return refuse(HttpStatus.BAD_REQUEST, "malformed");
        }
        // Every line logged while this request is handled carries its activity id.
        try (MDC.MDCCloseable correlation = MDC.putCloseable("activityId", String.valueOf(activity.getId()))) {
            return handle(activity, token);
        }
    }

    private ResponseEntity<String> handle(Activity activity, Jwt token) {
        if (!ConversationKind.isKnown(activity.getConversation().getConversationType())) {
            log.warn("Refused activity {} of an unknown conversation type", activity.getId());
            return refuse(HttpStatus.BAD_REQUEST, "conversation_type_refused");
        }
        if (dev && !LoopbackUrls.isLoopback(activity.getServiceUrl())) {
            // Unauthenticated in dev: the bot must not post to whatever URL a request
            // names.
            log.warn("Refused activity {} in the dev profile: its serviceUrl is not on this machine", activity.getId());
            return refuse(HttpStatus.FORBIDDEN, "service_url_refused");
        }

        ClaimsIdentity identity;
        if (!authenticates) {
            identity = BotFrameworkTokens.anonymous();
        }
        else {
            Optional<ClaimsIdentity> validated = (token != null) ? BotFrameworkTokens.identity(token, activity, appId)
                    : Optional.empty();
            if (validated.isEmpty()) {
                log.warn("Refused activity {}: its token was issued for another serviceUrl", activity.getId());
                return refuse(HttpStatus.UNAUTHORIZED, "unauthenticated");
            }
            identity = validated.get();
        }

        if (!properties.allowsTenant(TenantOf.activity(activity))) {
            log.warn("Refused activity {} from a tenant not in the allow-list", activity.getId());
            return refuse(HttpStatus.FORBIDDEN, "tenant_refused");
        }

        Optional<String> key = ProcessedActivities.keyOf(activity);
        if (key.isPresent() && !processedActivities.firstDelivery(key.get())) {
            log.info("Activity {} was delivered again; handled once already", activity.getId());
            count(activity, "duplicate");
            return ResponseEntity.ok().build();
        }

        InvokeResponse response;
        try {
            response = adapter.processActivity(identity, activity, bot::onTurn).join();
        }
        catch (RuntimeException failed) {
            key.ifPresent(processedActivities::release);
            throw failed;
        }
        count(activity, "handled");
        if (response == null) {
            return ResponseEntity.accepted().build();
        }
        return ResponseEntity.status(response.getStatus())
            .contentType(MediaType.APPLICATION_JSON)
            .body(response.getBody() == null ? null : Serialization.toStringSilent(response.getBody()));
    }

    private ResponseEntity<String> refuse(HttpStatus status, String outcome) {
        meters.counter("samverkansbot.activities", "type", "unknown", "outcome", outcome).increment();
        return ResponseEntity.status(status).build();
    }

    private void count(Activity activity, String outcome) {
        meters.counter("samverkansbot.activities", "type", String.valueOf(activity.getType()), "outcome", outcome)
            .increment();
    }

    /** The body as text, or empty when it is longer than the limit. */
    private static Optional<String> readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                return Optional.empty();
            }
            out.write(buffer, 0, read);
        }
        return Optional.of(out.toString(StandardCharsets.UTF_8));
    }

    /**
     * The activity, or null when the body is no Bot Framework activity. Never logs the
     * body.
     */
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,6}");

    private static Activity parse(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            JsonNode tree = Serialization.jsonToTree(body);
            if (tree == null || !tree.isObject()) {
                return null;
            }
            Activity activity = Serialization.treeToValue(tree, Activity.class);
            boolean complete = activity != null && activity.getType() != null && activity.getServiceUrl() != null
                    && activity.getConversation() != null && activity.getConversation().getId() != null
                    && activity.getFrom() != null && activity.getFrom().getId() != null
                    && (!ActivityTypes.INVOKE.equals(activity.getType())
                            || (activity.getName() != null && tree.path("value").isObject()));
            if (activity != null && activity.getLocale() != null && !LOCALE.matcher(activity.getLocale()).matches()) {
                // Not a language tag Teams sends: the user's language is then unknown
                // (Swedish).
                activity.setLocale(null);
            }
            return complete && idsFit(tree) ? activity : null;
        }
        catch (IOException | IllegalArgumentException | ClassCastException malformed) {
            return null;
        }
    }

    /**
     * Ids no longer than Teams makes them (and the columns that keep them): a longer one
     * is no Teams activity, refused before anything tries to store it.
     */
    private static boolean idsFit(JsonNode activity) {
        return fits(activity.path("id"), 256) && fits(activity.path("serviceUrl"), 512)
                && fits(activity.path("conversation").path("id"), 512)
                && fits(activity.path("conversation").path("tenantId"), 64)
                && fits(activity.path("from").path("id"), 256) && fits(activity.path("from").path("aadObjectId"), 64)
                && fits(activity.path("channelData").path("tenant").path("id"), 64)
                && infoFits(activity.path("channelData").path("team"), 256)
                && infoFits(activity.path("channelData").path("channel"), 256)
                // Older clients name the team and channel here; the SDK reads these
                // first.
                && fits(activity.path("channelData").path("teamsTeamId"), 256)
                && fits(activity.path("channelData").path("teamsChannelId"), 256);
    }

    /**
     * A team or channel: an object whose id fits, or (as the SDK also reads it) the id
     * itself as a plain value.
     */
    private static boolean infoFits(JsonNode info, int longest) {
        return info.isObject() ? fits(info.path("id"), longest) : fits(info, longest);
    }

    /**
     * Missing, null, or a plain value no longer than {@code longest}: an object or an
     * array where an id belongs reads as "" here but as its contents elsewhere.
     */
    private static boolean fits(JsonNode value, int longest) {
        return value.isMissingNode() || value.isNull() || (value.isValueNode() && value.asText().length() <= longest);
    }

}
