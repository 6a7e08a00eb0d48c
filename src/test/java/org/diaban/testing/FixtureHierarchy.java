package org.diaban.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The legacy fixture hierarchy.json (copied into the test resources), read independently of the importer. */
public final class FixtureHierarchy {

    public static final String RESOURCE = "/fixtures/legacy/hierarchy.json";

    /** One unit of the file as written there. */
    public record Unit(String key, String parentKey, String name, String type, String fullName) {
    }

    private FixtureHierarchy() {
    }

    public static List<Unit> units() {
        try (InputStream in = FixtureHierarchy.class.getResourceAsStream(RESOURCE)) {
            JsonNode province = new ObjectMapper().readTree(in).get("province");
            List<Unit> out = new ArrayList<>();
            collect(province, null, new String[] {"districts", "communes", "villages"}, 0, out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, String parent, String[] levels, int depth, List<Unit> out) {
        out.add(new Unit(node.get("id").asText(), parent, node.get("name").asText(), node.get("type").asText(),
                node.get("full_name").asText()));
        if (depth < levels.length && node.has(levels[depth])) {
            for (JsonNode child : node.get(levels[depth])) {
                collect(child, node.get("id").asText(), levels, depth + 1, out);
            }
        }
    }

    /** Copies the file into {@code dir} so that tests can import (or alter) it as a real file. */
    public static Path copyTo(Path dir) {
        try (InputStream in = FixtureHierarchy.class.getResourceAsStream(RESOURCE)) {
            Path target = dir.resolve("hierarchy.json");
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
