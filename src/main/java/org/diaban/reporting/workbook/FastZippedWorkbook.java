package org.diaban.reporting.workbook;

import java.io.OutputStream;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streamed workbook saved with the fastest deflate level. Zipping the sheets' XML is the largest
 * part of saving a report with a long annex; the fastest level takes a fraction of the default's
 * time for a file a little larger.
 */
final class FastZippedWorkbook extends SXSSFWorkbook {

    FastZippedWorkbook(int rowWindow) {
        super(rowWindow);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
