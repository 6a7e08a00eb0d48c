package org.diaban.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.diaban.domain.common.DomainException;

/**
 * The document format profiles: the built-in party and state profiles, overridden or added to by
 * the JSON files an administrator puts in {@code <data folder>/profiles/}. A broken user file is
 * skipped and reported in {@link #problems()}; the built-in of the same id stays in use.
 */
public final class FormatProfiles {

    public static final String PARTY = "party";
    public static final String STATE = "state";
    private static final List<String> BUILT_IN = List.of(PARTY, STATE);

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final Path dataFolder;
    private final Map<String, FormatProfile> profiles = new LinkedHashMap<>();
    private final List<ProfileProblem> problems = new ArrayList<>();

    public FormatProfiles(Path dataFolder) {
        this.dataFolder = dataFolder;
        for (String id : BUILT_IN) {
            profiles.put(id, builtIn(id));
        }
        Path folder = dataFolder == null ? null : dataFolder.resolve("profiles");
        if (folder != null && Files.isDirectory(folder)) {
            readUserFiles(folder);
        }
    }

    /** The usable profiles: the built-ins first (possibly overridden), then the user's own. */
    public List<FormatProfile> all() {
        return List.copyOf(profiles.values());
    }

    /** The user files that were skipped, with the reason. */
    public List<ProfileProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * The folder of the user's own profiles ({@code profiles} in the data folder), with a copy of
     * each built-in profile put there to start from when no file of that name is there yet. A copy
     * left unchanged is the built-in profile again, so nothing changes until it is edited.
     */
    public Path editableFolder() {
        if (dataFolder == null) {
            throw new IllegalStateException("no data folder");
        }
        Path folder = dataFolder.resolve("profiles");
        try {
            Files.createDirectories(folder);
            for (String id : BUILT_IN) {
                Path copy = folder.resolve(id + ".json");
                if (!Files.exists(copy)) {
                    try (InputStream in = FormatProfiles.class.getResourceAsStream("profiles/" + id + ".json")) {
                        Files.copy(in, copy);
                    }
                }
            }
        } catch (IOException e) {
            throw new DomainException("reporting.error.profilesFolder", folder, rootMessage(e));
        }
        return folder;
    }

    public FormatProfile byId(String id) {
        FormatProfile p = id == null ? null : profiles.get(id.strip());
        if (p == null) {
            throw new DomainException("reporting.error.unknownProfile", id, String.join(", ", profiles.keySet()));
        }
        return p;
    }

    private FormatProfile builtIn(String id) {
        String resource = "profiles/" + id + ".json";
        try (InputStream in = FormatProfiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return checked(mapper.readValue(in, FormatProfile.class));
        } catch (IOException e) {
            throw new IllegalStateException("built-in profile " + id + " unreadable", e);
        }
    }

    private void readUserFiles(Path folder) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            problems.add(new ProfileProblem(folder, "cannot list the folder: " + e.getMessage()));
            return;
        }
        for (Path file : files) {
            try {
                FormatProfile p = checked(mapper.readValue(file.toFile(), FormatProfile.class));
                profiles.put(p.id(), p);
            } catch (JacksonException e) {
                problems.add(new ProfileProblem(file, e.getOriginalMessage()));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(new ProfileProblem(file, rootMessage(e)));
            }
        }
    }

    /** The fields every writer relies on; a profile missing one would print a broken header. */
    private static FormatProfile checked(FormatProfile p) {
        require(!p.id().isBlank(), "id is empty");
        require(p.fontName() != null && !p.fontName().isBlank(), "fontName is empty");
        require(p.nationalTitle() != null && !p.nationalTitle().isBlank(), "nationalTitle is missing");
        require(p.signerCapacity() != null && p.signerTitle() != null, "signerCapacity and signerTitle are required");
        pattern(p.numberPattern(), "numberPattern");
        pattern(p.placeDatePattern(), "placeDatePattern");
        FormatProfile.Margins m = p.margins();
        require(m.top() >= 0 && m.bottom() >= 0 && m.left() >= 0 && m.right() >= 0 && m.left() + m.right() < 150,
                "margins must be millimetres between 0 and the page width");
        FormatProfile.Sizes s = p.sizes();
        int[] sizes = {s.nationalTitle(), s.parentBody(), s.issuer(), s.number(), s.placeDate(), s.title(), s.body(),
            s.table(), s.signature(), s.recipients()};
        for (int size : sizes) {
            require(size >= 6 && size <= 72, "font sizes must be between 6 and 72 points");
        }
        require(p.nationalMotto() == null || s.nationalMotto() >= 6, "nationalMotto needs a size");
        return p;
    }

    private static void pattern(String text, String field) {
        require(text != null && !text.isBlank(), field + " is missing");
        try {
            new MessageFormat(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not a valid pattern: " + text, e);
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
