package org.diaban.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text exists in both languages, under a key no other bundle uses, and survives MessageFormat. */
class BundleKeysTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndNoKeyIsInTwoBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String bundle : I18n.BUNDLES) {
            Properties vi = load(bundle + ".properties");
            Properties en = load(bundle + "_en.properties");
            assertEquals(new TreeSet<>(vi.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()),
                    bundle + ": Vietnamese and English keys differ");
            for (String key : vi.stringPropertyNames()) {
                String before = owner.put(key, bundle);
                assertFalse(before != null, key + " is in both " + before + " and " + bundle);
            }
        }
    }

    /** Only texts with placeholders are certainly formatted; others may be shown as they are. */
    @Test
    void noLoneApostrophesThatMessageFormatWouldEat() throws IOException {
        for (String bundle : I18n.BUNDLES) {
            for (String file : new String[] {bundle + ".properties", bundle + "_en.properties"}) {
                Properties p = load(file);
                for (String key : p.stringPropertyNames()) {
                    String text = p.getProperty(key).replace("''", "");
                    assertFalse(text.contains("{") && text.contains("'"), file + ": " + key + " has a lone apostrophe");
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = BundleKeysTest.class.getResourceAsStream("/i18n/" + name)) {
            assertTrue(in != null, name + " is missing");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
