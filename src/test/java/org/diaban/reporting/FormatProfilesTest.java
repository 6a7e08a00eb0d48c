package org.diaban.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.diaban.domain.common.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatProfilesTest {

    @TempDir
    Path dataFolder;

    @Test
    void theBuiltInProfilesFollowThePartyAndStateRules() {
        FormatProfiles profiles = new FormatProfiles(dataFolder);
        FormatProfile party = profiles.byId("party");
        assertEquals("Times New Roman", party.fontName());
        assertEquals(new FormatProfile.Margins(20, 20, 30, 15), party.margins());
        assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM", party.nationalTitle());
        assertEquals(15, party.sizes().nationalTitle());
        assertEquals(14, party.sizes().parentBody());
        assertEquals(14, party.sizes().placeDate());
        assertEquals(16, party.sizes().title());
        assertEquals("Số {0}-BC/{1}", party.numberPattern());
        assertEquals("T/M BAN THƯỜNG VỤ", party.signerCapacity());
        assertTrue(party.showStarUnderIssuer());
        assertNull(party.nationalMotto());

        FormatProfile state = profiles.byId("state");
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", state.nationalTitle());
        assertEquals("Độc lập - Tự do - Hạnh phúc", state.nationalMotto());
        assertEquals(13, state.sizes().nationalTitle());
        assertEquals("Số: {0}/BC-{1}", state.numberPattern());
        assertTrue(state.signerCapacity().startsWith("TM."));
        assertFalse(state.showStarUnderIssuer());
        assertEquals(List.of("party", "state"), profiles.all().stream().map(FormatProfile::id).toList());
        assertTrue(profiles.problems().isEmpty());
    }

    @Test
    void aUserFileOverridesABuiltInAndAddsItsOwn() throws IOException {
        String party = resource("party").replace("\"Times New Roman\"", "\"Liberation Serif\"");
        write("party.json", party);
        write("mine.json", resource("state").replace("\"id\": \"state\"", "\"id\": \"mine\""));
        FormatProfiles profiles = new FormatProfiles(dataFolder);
        assertEquals("Liberation Serif", profiles.byId("party").fontName());
        assertEquals(List.of("party", "state", "mine"), profiles.all().stream().map(FormatProfile::id).toList());
        assertTrue(profiles.problems().isEmpty());
    }

    @Test
    void aBrokenUserFileIsSkippedWithAMessageNamingIt() throws IOException {
        write("party.json", "{ \"id\": \"party\", \"fontName\": ");
        write("nosizes.json", resource("state").replace("\"id\": \"state\"", "\"id\": \"nosizes\"")
                .replaceAll("(?s)\"sizes\": \\{.*?\\},", ""));
        write("nonumber.json", resource("state").replace("\"id\": \"state\"", "\"id\": \"nonumber\"")
                .replace("\"numberPattern\": \"Số: {0}/BC-{1}\",", ""));
        FormatProfiles profiles = new FormatProfiles(dataFolder);
        assertEquals("Times New Roman", profiles.byId("party").fontName(), "the built-in stays in use");
        assertEquals(List.of("party", "state"), profiles.all().stream().map(FormatProfile::id).toList());
        List<String> messages = profiles.problems().stream().map(ProfileProblem::message).sorted().toList();
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("nonumber.json: ") && messages.get(0).contains("numberPattern"),
                messages.get(0));
        assertTrue(messages.get(1).startsWith("nosizes.json: ") && messages.get(1).contains("sizes"),
                messages.get(1));
        assertTrue(messages.get(2).startsWith("party.json: "), messages.get(2));
    }

    @Test
    void anUnknownProfileIsAClearError() {
        DomainException e = assertThrows(DomainException.class, () -> new FormatProfiles(dataFolder).byId("nope"));
        assertEquals("reporting.error.unknownProfile", e.messageKey());
        assertEquals(List.of("nope", "party, state"), e.arguments());
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(dataFolder.resolve("profiles"));
        Files.writeString(dataFolder.resolve("profiles").resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String resource(String id) throws IOException {
        try (var in = FormatProfiles.class.getResourceAsStream("profiles/" + id + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theEditableFolderHoldsCopiesOfTheBuiltInsThatChangeNothingUntilEdited() throws IOException {
        Path folder = new FormatProfiles(dataFolder).editableFolder();
        assertEquals(dataFolder.resolve("profiles"), folder);
        assertTrue(Files.exists(folder.resolve("party.json")) && Files.exists(folder.resolve("state.json")));
        FormatProfiles reread = new FormatProfiles(dataFolder);
        assertEquals(new FormatProfiles(null).byId("party"), reread.byId("party"), "an unchanged copy is the built-in");
        assertTrue(reread.problems().isEmpty(), reread.problems().toString());

        // an edit is kept: asking for the folder again does not overwrite it
        Path party = folder.resolve("party.json");
        Files.writeString(party, Files.readString(party, StandardCharsets.UTF_8).replace("Times New Roman", "Arial"),
                StandardCharsets.UTF_8);
        new FormatProfiles(dataFolder).editableFolder();
        assertEquals("Arial", new FormatProfiles(dataFolder).byId("party").fontName());
    }
}
