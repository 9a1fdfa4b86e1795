package se.finsam.samverkansbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every text the bot shows exists in Swedish and in English, and none is left empty. */
class MessageBundleTests {

    @Test
    void swedishAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties swedish = load("i18n/messages.properties");
        Properties english = load("i18n/messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(swedish.stringPropertyNames());
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : new String[] { "i18n/messages.properties", "i18n/messages_en.properties" }) {
            Properties texts = load(bundle);
            assertThat(texts).isNotEmpty();
            texts.forEach((key, value) -> assertThat(value.toString()).as(bundle + " " + key).isNotBlank());
        }
    }

    @Test
    void swedishBundleIsReadAsUtf8() throws IOException {
        assertThat(load("i18n/messages.properties").getProperty("help.greeting")).contains("Jag är");
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
