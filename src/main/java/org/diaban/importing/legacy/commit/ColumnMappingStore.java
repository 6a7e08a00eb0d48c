package org.diaban.importing.legacy.commit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.diaban.importing.legacy.table.ColumnMappings;
import org.diaban.persistence.ImportStorage;
import org.diaban.persistence.ImportTables;
import org.diaban.persistence.PlainDatabase;

/**
 * Keeps the column mappings a user made by hand, for reuse in later imports: in the settings
 * table under {@value #KEY}, in {@link ColumnMappings#encode()}'s text. A setting holds at most
 * {@value #CHUNK} characters, so longer text goes on in {@code KEY.2}, {@code KEY.3}, ... (whole
 * lines each); the first missing or empty part ends it.
 */
public final class ColumnMappingStore {

    public static final String KEY = "import.column-mappings";

    /** The length of the settings table's value column. */
    static final int CHUNK = 2000;

    private final ImportStorage db;

    public ColumnMappingStore(ImportStorage db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** The saved mappings; none when nothing was saved. */
    public ColumnMappings load() {
        return db.importTransaction(ColumnMappingStore::load);
    }

    /** The saved mappings as the import tables of a transaction hold them. */
    static ColumnMappings load(ImportTables tables) {
        return assemble(tables::setting);
    }

    /** The saved mappings read from a database opened without the mapping; none when nothing was saved. */
    public static ColumnMappings loadFrom(PlainDatabase db) {
        return assemble(db::setting);
    }

    private static ColumnMappings assemble(Function<String, Optional<String>> settings) {
        StringBuilder text = new StringBuilder();
        for (int part = 1; ; part++) {
            Optional<String> chunk = settings.apply(key(part));
            if (chunk.isEmpty() || chunk.get().isEmpty()) {
                break;
            }
            text.append(chunk.get());
        }
        return ColumnMappings.decode(text.toString());
    }

    /** Replaces the saved mappings. */
    public void save(ColumnMappings mappings) {
        List<String> chunks = chunks(mappings.encode());
        db.importTransaction(tables -> {
            for (int part = 1; part <= chunks.size(); part++) {
                tables.putSetting(key(part), chunks.get(part - 1));
            }
            // clear what a longer, earlier save left behind
            for (int part = chunks.size() + 1; tables.setting(key(part)).filter(s -> !s.isEmpty()).isPresent(); part++) {
                tables.putSetting(key(part), "");
            }
            return null;
        });
    }

    private static String key(int part) {
        return part == 1 ? KEY : KEY + "." + part;
    }

    /** The text cut after whole lines into parts of at most {@link #CHUNK} characters. */
    static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String line : text.split("(?<=\n)")) {
            if (line.length() > CHUNK) {
                continue; // a folded header this long is no header; it is not kept
            }
            if (chunk.length() + line.length() > CHUNK) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            chunk.append(line);
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk.toString());
        }
        return chunks;
    }
}
