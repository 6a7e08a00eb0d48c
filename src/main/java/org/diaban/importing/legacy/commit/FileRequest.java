package org.diaban.importing.legacy.commit;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One legacy file to read or import.
 *
 * @param file        the workbook
 * @param districtKey the district's external key as the user confirmed it, or null to detect it
 *                    from the title block
 */
public record FileRequest(Path file, String districtKey) {

    public FileRequest {
        Objects.requireNonNull(file, "file");
    }

    public static FileRequest detect(Path file) {
        return new FileRequest(file, null);
    }
}
