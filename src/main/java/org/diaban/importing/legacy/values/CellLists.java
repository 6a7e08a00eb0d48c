package org.diaban.importing.legacy.values;

import java.util.ArrayList;
import java.util.List;
import org.diaban.domain.text.VietnameseText;

/** Several items in one cell: village or commune lists and residents' requests. */
public final class CellLists {

    private CellLists() {
    }

    /**
     * Names separated by commas, semicolons or line breaks, each cleaned, empty items dropped
     * (villages or communes; an empty cell gives an empty list).
     */
    public static List<String> names(String cell) {
        return split(cell, "[,;\\r\\n]");
    }

    /** The lines of a cell, each cleaned, empty lines dropped. */
    public static List<String> lines(String cell) {
        return split(cell, "[\\r\\n]");
    }

    /**
     * The number of requests in a Kiến nghị cell: lines starting with "- " when there are such
     * lines, otherwise items separated by ";"; an empty cell has none.
     */
    public static int requestCount(String cell) {
        List<String> lines = lines(cell);
        long bullets = lines.stream().filter(CellLists::isBullet).count();
        if (bullets > 0) {
            return (int) bullets;
        }
        return split(cell, ";").size();
    }

    /**
     * The requests of a cell, one text each, as {@link #requestCount} counts them: bulleted lines
     * (a line without a bullet continues the one before), or items separated by ";".
     */
    public static List<String> requestItems(String cell) {
        List<String> lines = lines(cell);
        if (lines.stream().noneMatch(CellLists::isBullet)) {
            return split(cell, ";");
        }
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            if (isBullet(line)) {
                items.add(line.substring(1).strip());
            } else if (items.isEmpty()) {
                items.add(line);
            } else {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line);
            }
        }
        items.removeIf(String::isBlank);
        return items;
    }

    private static boolean isBullet(String line) {
        return line.startsWith("-") || line.startsWith("–") || line.startsWith("+") || line.startsWith("•");
    }

    static List<String> split(String cell, String separators) {
        List<String> items = new ArrayList<>();
        if (cell == null) {
            return items;
        }
        for (String part : cell.split(separators)) {
            String item = VietnameseText.clean(part);
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }
}
