package org.diaban.service.hierarchy;

/**
 * Figures shown beside a unit in the tree, for the subtree under it on the chosen day.
 *
 * @param villages        village-tier units under it (itself included if it is one)
 * @param cadresAssigned  distinct cadres assigned to it or to anything under it
 * @param openConcerns    concerns raised there and still open on that day
 * @param households      households in its villages
 * @param overdueConcerns of the open concerns, those past their deadline on that day
 */
public record NodeFigures(long villages, long cadresAssigned, long openConcerns, long households,
                          long overdueConcerns) {

    public static final NodeFigures NONE = new NodeFigures(0, 0, 0, 0, 0);

    public NodeFigures(long villages, long cadresAssigned, long openConcerns, long households) {
        this(villages, cadresAssigned, openConcerns, households, 0);
    }
}
