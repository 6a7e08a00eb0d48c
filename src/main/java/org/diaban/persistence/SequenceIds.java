package org.diaban.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids from the tables' sequences for rows written in plain SQL, taken as Hibernate's pooled
 * optimiser takes them: the sequences step by 50 and a value {@code v} stands for the ids
 * {@code v-49 .. v}, so rows written either way never collide. One instance lives as long as its
 * database, so that ids stay dense from one transaction to the next (an import's batch numbers
 * are shown to users): a block taken in one transaction is used up by the next, which is safe
 * because sequence values are not given back on a rollback.
 */
final class SequenceIds {

    private static final int STEP = 50;

    private final Map<String, Blocks> bySequence = new HashMap<>();

    /**
     * The next id of a sequence.
     *
     * @param connection the caller's connection, used when a new block is needed
     * @param blocksPerCall how many blocks to take at once when the ones held are used up
     */
    synchronized long next(Connection connection, String sequence, int blocksPerCall) {
        return bySequence.computeIfAbsent(sequence, Blocks::new).next(connection, blocksPerCall);
    }

    /** The blocks held for one sequence. */
    private static final class Blocks {

        private final String sequence;
        private final Deque<Long> blockEnds = new ArrayDeque<>();
        private long next;
        private long last = -1;

        Blocks(String sequence) {
            this.sequence = sequence;
        }

        long next(Connection connection, int blocksPerCall) {
            if (next > last) {
                if (blockEnds.isEmpty()) {
                    fetch(connection, blocksPerCall);
                }
                last = blockEnds.pop();
                next = last - STEP + 1;
            }
            return next++;
        }

        private void fetch(Connection connection, int blocksPerCall) {
            List<Long> values = new ArrayList<>();
            try (PreparedStatement st = connection.prepareStatement(
                    "select next value for " + sequence + " from system_range(1, " + blocksPerCall + ")");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getLong(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot take ids from " + sequence, e);
            }
            // the very first value of a fresh sequence (1) would give ids below 1: skip it
            values.stream().sorted().filter(v -> v - STEP + 1 >= 1).forEach(blockEnds::add);
            if (blockEnds.isEmpty()) {
                fetch(connection, blocksPerCall);
            }
        }
    }
}
