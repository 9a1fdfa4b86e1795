package se.finsam.samverkansbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text the bot shows exists in Swedish and in English, and none is left empty. Each
 * module keeps its own bundle ({@code i18n/<module>.properties} with {@code _en}), and
 * every bundle is one the application reads.
 */
class MessageBundleTests {

    @Test
    void swedishAndEnglishBundlesHaveTheSameKeys() throws IOException {
        for (String bundle : bundles()) {
            Properties swedish = load(bundle + ".properties");
            Properties english = load(bundle + "_en.properties");
            assertThat(english.stringPropertyNames()).as(bundle)
                .containsExactlyInAnyOrderElementsOf(swedish.stringPropertyNames());
        }
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : bundles()) {
            for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
                Properties texts = load(file);
                assertThat(texts).as(file).isNotEmpty();
                texts.forEach((key, value) -> assertThat(value.toString()).as(file + " " + key).isNotBlank());
            }
        }
    }

    /**
     * Swedish text quotes with ” ”, names the coordinator's role one way, and keeps words
     * that misname a date or double the team's name out.
     */
    @Test
    void swedishTextsUseOneWordPerRoleAndSwedishQuotes() throws IOException {
        for (String bundle : bundles()) {
            Properties texts = load(bundle + ".properties");
            texts.forEach((key, value) -> {
                String text = value.toString();
                // A JSON example for the scan API keeps JSON's quotes.
                String prose = text.replaceAll("\\{[^}]*}", "");
                assertThat(prose).as(bundle + " " + key).doesNotContain("\"", "“", "„");
                assertThat(text.toLowerCase(java.util.Locale.ROOT)).as(bundle + " " + key)
                    .doesNotContainPattern("(?<!samverkans)koordinator")
                    .doesNotContain("samordnare", "utgångsdatum", "konsultationsteamet {", "teamet {");
            });
        }
    }

    @Test
    void everyBundleIsConfigured() throws IOException {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        String configured = yaml.getObject().getProperty("spring.messages.basename");
        assertThat(configured).as("spring.messages.basename in application.yml").isNotNull();
        List<String> basenames = Arrays.stream(configured.split(",")).map(String::trim).toList();
        assertThat(basenames).containsExactlyInAnyOrderElementsOf(bundles());
    }

    @Test
    void swedishBundleIsReadAsUtf8() throws IOException {
        assertThat(load("i18n/messages.properties").getProperty("help.greeting")).contains("Jag är");
    }

    /**
     * The base names (without language and extension) of the bundles under {@code i18n/}.
     */
    private static List<String> bundles() throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        List<String> bundles = Arrays.stream(resources)
            .map(Resource::getFilename)
            .filter((name) -> name != null && !name.contains("_"))
            .map((name) -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
            .sorted()
            .toList();
        assertThat(bundles).contains("i18n/messages");
        return bundles;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

}
