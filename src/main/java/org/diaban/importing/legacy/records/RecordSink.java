package org.diaban.importing.legacy.records;

import java.util.Map;
import org.diaban.importing.legacy.table.TableShape;

/**
 * Receives a dry run's records while the file is read, so that a large file can be stored
 * without holding its rows. Rejected rows never reach it.
 */
public interface RecordSink {

    /**
     * A table of a known shape starts; its records follow.
     *
     * @param districtKey the file's district (given or detected)
     * @param year        the file's year (from its title, or its name)
     */
    void table(TableShape shape, String districtKey, int year);

    /** One accepted record, in the answer-key field names. */
    void record(Map<String, Object> record);
}
