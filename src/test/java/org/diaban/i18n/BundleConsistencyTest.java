package org.diaban.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Vietnamese and English bundles have the same keys, keys are unique, and every text formats. */
class BundleConsistencyTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, "missing bundle " + resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        for (String name : I18n.BUNDLES) {
            Properties vi = load("/i18n/" + name + ".properties");
            Properties en = load("/i18n/" + name + "_en.properties");
            TreeSet<String> onlyVi = new TreeSet<>(vi.stringPropertyNames());
            onlyVi.removeAll(en.stringPropertyNames());
            TreeSet<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
            onlyEn.removeAll(vi.stringPropertyNames());
            assertEquals(new TreeSet<>(), onlyVi, name + ": keys missing in English");
            assertEquals(new TreeSet<>(), onlyEn, name + ": keys missing in Vietnamese");
        }
    }

    @Test
    void keysAreUniqueAcrossBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String name : I18n.BUNDLES) {
            for (String key : load("/i18n/" + name + ".properties").stringPropertyNames()) {
                String previous = owner.put(key, name);
                if (previous != null) {
                    clashes.add(key + " in " + previous + " and " + name);
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void everyTextIsAValidMessageFormatAndHasTheSamePlaceholders() throws IOException {
        for (String name : I18n.BUNDLES) {
            if (name.equals("cli")) {
                continue; // picocli texts use %n, not MessageFormat
            }
            Properties vi = load("/i18n/" + name + ".properties");
            Properties en = load("/i18n/" + name + "_en.properties");
            for (String key : vi.stringPropertyNames()) {
                for (Properties p : List.of(vi, en)) {
                    // a lone apostrophe in a MessageFormat text swallows the placeholders after it
                    String text = p.getProperty(key).replace("''", "");
                    assertTrue(!(text.contains("{") && text.contains("'")), name + ": lone apostrophe in " + key);
                }
                int viArgs = new MessageFormat(vi.getProperty(key)).getFormats().length;
                int enArgs = new MessageFormat(en.getProperty(key)).getFormats().length;
                assertEquals(viArgs, enArgs, name + ": placeholders differ for " + key);
            }
        }
    }

    @Test
    void vietnameseIsTheDefaultWhateverTheMachineLocale() {
        assertEquals("Hôm nay", new I18n(I18n.localeFor(null)).get("toolbar.today"));
        assertEquals("Today", new I18n(I18n.localeFor("en")).get("toolbar.today"));
        assertEquals("!no.such.key!", new I18n(I18n.VIETNAMESE).get("no.such.key"));
    }
}
