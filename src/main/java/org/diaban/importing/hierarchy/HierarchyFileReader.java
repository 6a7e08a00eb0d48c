package org.diaban.importing.hierarchy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.diaban.domain.hierarchy.PartyNaming;
import org.diaban.domain.hierarchy.Tier;
import org.diaban.domain.hierarchy.UnitType;
import org.diaban.domain.text.VietnameseText;
import org.diaban.service.common.ReferenceData;

/**
 * Reads and checks a {@code legacy-fixture-hierarchy/1} file (province → districts → communes →
 * villages). Every problem is reported with the file and the JSON path of the offending value, and
 * nothing is returned unless the whole file is sound.
 */
public final class HierarchyFileReader {

    public static final String SCHEMA = "legacy-fixture-hierarchy/1";

    private static final String KEY_FORM = "[a-z0-9][a-z0-9._-]*";

    /** The levels of the file: the tier each level's types belong to and the field of its children. */
    private enum Level {
        PROVINCE(Tier.PROVINCE, "districts"),
        DISTRICT(Tier.DISTRICT, "communes"),
        COMMUNE(Tier.COMMUNE, "villages"),
        VILLAGE(Tier.VILLAGE, null);

        final String tier;
        final String childrenField;

        Level(String tier, String childrenField) {
            this.tier = tier;
            this.childrenField = childrenField;
        }

        Level below() {
            return values()[ordinal() + 1];
        }
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ReferenceData reference;

    public HierarchyFileReader(ReferenceData reference) {
        this.reference = reference;
    }

    public HierarchyFile read(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new HierarchyFileException(e, "import.hierarchy.error.notFound", source);
        } catch (IOException e) {
            throw new HierarchyFileException(e, "import.hierarchy.error.unreadable", source, String.valueOf(e.getMessage()));
        }
        return new HierarchyFile(file.getFileName() == null ? source : file.getFileName().toString(), sha256(bytes),
                parse(source, bytes));
    }

    /** Checks the bytes of a file named {@code source}; the entries come parents first. */
    List<HierarchyEntry> parse(String source, byte[] bytes) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new HierarchyFileException(e, "import.hierarchy.error.notJson", source,
                    where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr());
        } catch (IOException e) {
            throw new HierarchyFileException(e, "import.hierarchy.error.unreadable", source, String.valueOf(e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new HierarchyFileException("import.hierarchy.error.empty", source);
        }
        Walk walk = new Walk(source);
        walk.object(root, "$");
        JsonNode schema = root.get("schema");
        if (schema == null || !schema.isTextual() || !SCHEMA.equals(schema.asText())) {
            throw new HierarchyFileException("import.hierarchy.error.schema", source, "$.schema",
                    schema == null ? "-" : schema.asText(), SCHEMA);
        }
        JsonNode province = walk.required(root, "$", "province");
        walk.unit(province, "$.province", Level.PROVINCE, null);
        return walk.entries;
    }

    /** One pass over the tree, collecting entries and the path where each id was first seen. */
    private final class Walk {

        final String source;
        final List<HierarchyEntry> entries = new ArrayList<>();
        final Map<String, String> pathById = new HashMap<>();

        Walk(String source) {
            this.source = source;
        }

        void unit(JsonNode node, String path, Level level, String parentKey) {
            object(node, path);
            String key = text(node, path, "id");
            if (!key.matches(KEY_FORM)) {
                throw new HierarchyFileException("import.hierarchy.error.badId", source, path + ".id", key);
            }
            String first = pathById.putIfAbsent(key, path);
            if (first != null) {
                throw new HierarchyFileException("import.hierarchy.error.duplicateId", source, path + ".id", key, first);
            }
            if (parentKey != null && level.ordinal() > Level.DISTRICT.ordinal()
                    && !(key.startsWith(parentKey + ".") && key.length() > parentKey.length() + 1)) {
                throw new HierarchyFileException("import.hierarchy.error.idPrefix", source, path + ".id", key, parentKey);
            }
            String name = VietnameseText.clean(text(node, path, "name"));
            String type = text(node, path, "type");
            checkType(type, level, path + ".type");
            String fullName = optionalText(node, path, "full_name");
            String given = optionalText(node, path, "party_committee");
            PartyNaming.Names names = names(type, name, given);
            entries.add(new HierarchyEntry(key, parentKey, type, name,
                    fullName == null ? PartyNaming.fullName(type, name) : fullName,
                    names.partyOrgName(), names.committeeName(), names.committeeCode(), path));
            if (level.childrenField == null) {
                return;
            }
            JsonNode children = node.get(level.childrenField);
            if (children == null || children.isNull()) {
                return;
            }
            String childrenPath = path + "." + level.childrenField;
            if (!children.isArray()) {
                throw new HierarchyFileException("import.hierarchy.error.notArray", source, childrenPath);
            }
            for (int i = 0; i < children.size(); i++) {
                unit(children.get(i), childrenPath + "[" + i + "]", level.below(), key);
            }
        }

        void checkType(String type, Level level, String path) {
            boolean fits = reference.findType(type)
                    .map(t -> reference.tierOf(t).code().equals(level.tier)).orElse(false);
            if (!fits) {
                String allowed = reference.unitTypes().stream()
                        .filter(t -> reference.tierOf(t).code().equals(level.tier)).map(UnitType::code)
                        .collect(Collectors.joining(", "));
                throw new HierarchyFileException("import.hierarchy.error.unknownType", source, path, type, allowed);
            }
        }

        void object(JsonNode node, String path) {
            if (node == null || !node.isObject()) {
                throw new HierarchyFileException("import.hierarchy.error.notObject", source, path);
            }
        }

        JsonNode required(JsonNode parent, String path, String field) {
            JsonNode value = parent.get(field);
            if (value == null || value.isNull()) {
                throw new HierarchyFileException("import.hierarchy.error.missing", source, path + "." + field);
            }
            return value;
        }

        String text(JsonNode parent, String path, String field) {
            JsonNode value = required(parent, path, field);
            if (!value.isTextual() || value.asText().isBlank()) {
                throw new HierarchyFileException("import.hierarchy.error.notText", source, path + "." + field);
            }
            return value.asText().strip();
        }

        String optionalText(JsonNode parent, String path, String field) {
            JsonNode value = parent.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw new HierarchyFileException("import.hierarchy.error.notText", source, path + "." + field);
            }
            String cleaned = VietnameseText.clean(value.asText());
            return cleaned.isEmpty() ? null : cleaned;
        }
    }

    /**
     * The file's {@code party_committee} names the party organisation for the province ("Đảng bộ
     * tỉnh Lạng Sơn") but the committee for a district ("Huyện ủy Hữu Lũng"); the other name follows
     * the usual rule.
     */
    static PartyNaming.Names names(String type, String name, String given) {
        PartyNaming.Names usual = PartyNaming.of(type, name).orElse(new PartyNaming.Names(null, null, null));
        if (given == null) {
            return usual;
        }
        String folded = VietnameseText.fold(given);
        if (folded.startsWith("dang bo") || folded.startsWith("chi bo")) {
            return new PartyNaming.Names(given, usual.committeeName(), usual.committeeCode());
        }
        return new PartyNaming.Names(usual.partyOrgName(), given, usual.committeeCode());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
