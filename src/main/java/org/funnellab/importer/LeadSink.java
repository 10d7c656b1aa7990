package org.funnellab.importer;

import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadField;
import org.funnellab.domain.SourceSystem;

import java.util.List;
import java.util.Set;

/**
 * Where an import delivers its results; the store implements it inside one transaction, tests with a list.
 * Contract:
 * <ul>
 *   <li>{@link #start} is called once before any row, {@link #accept}/{@link #reject} in file order.</li>
 *   <li>A later {@code accept} with the same (source system, external id) replaces the earlier one: last wins.</li>
 *   <li>When {@code linked} is true the leads update existing ones and only {@code updatedFields} carry data;
 *       the other components of the delivered {@link Lead} are placeholders (LEAD, OPEN, UNKNOWN, null) to be ignored.</li>
 *   <li>A cancelled import, or one that throws (an unreadable file), ends without {@link #finish}; the sink must then
 *       discard what it received, so a workspace never holds half a file.</li>
 * </ul>
 */
public interface LeadSink {
    default void start(SourceSystem source, boolean linked, Set<LeadField> updatedFields) {
    }

    /**
     * The names of the file's columns, made unique ("Теги", "Теги (2)"), in file order: the keys of every accepted lead's
     * {@link Lead#sourceCells()}. Called once, after {@link #start}, before any row.
     */
    default void sourceHeader(List<String> keys) {
    }

    void accept(Lead lead);

    /** {@link #accept(Lead)} with the lead's physical line in the file, for sinks that report per line. */
    default void accept(Lead lead, long line) {
        accept(lead);
    }

    /**
     * {@link #accept(Lead, long)} with whether the lead's id came earlier in this import ({@code repeatedId}), which the
     * import checks anyway.
     */
    default void accept(Lead lead, long line, boolean repeatedId) {
        accept(lead, line);
    }

    void reject(RejectedRow row);

    default void finish(ImportReport report) {
    }

    /**
     * True when the sink can discard everything received since {@link #start} and take the import again from the
     * beginning ({@link #restart()}): the import may then skip its date pass on a good guess (see
     * {@link LeadImport#run}).
     */
    default boolean restartable() {
        return false;
    }

    /** Discards every row received; {@link #start} and the rows follow again. Only when {@link #restartable()}. */
    default void restart() {
        throw new UnsupportedOperationException("this sink cannot start over");
    }
}
