package org.diaban.service.compliance;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diaban.domain.compliance.NormPolicy;
import org.diaban.domain.compliance.Standing;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.domain.text.VietnameseText;

/**
 * The compliance list of a year as of a day, under one policy: rows ordered by need (behind first,
 * then on track, met, and those no norm bound), then by name in Vietnamese order.
 */
public record ComplianceReport(int year, LocalDate asOf, NormPolicy policy, List<ComplianceRow> rows,
                               List<Committee> committees) {

    /** A committee that had members in the year, for choosing one. */
    public record Committee(Long unitId, String name, String tierCode, int tierRank) {
    }

    public static final Comparator<ComplianceRow> BY_NEED = Comparator
            .comparingInt((ComplianceRow r) -> needRank(r.standing()))
            .thenComparing(ComplianceRow::name, VietnameseCollation.personName())
            .thenComparing(ComplianceRow::cadreId)
            .thenComparing(VietnameseCollation.comparing(ComplianceRow::committeeName));

    /**
     * The rows in {@link #BY_NEED} order, with each name's collation keys computed once (comparing
     * Vietnamese names with a collator on every comparison dominated the list's time).
     */
    public static List<ComplianceRow> sortedByNeed(List<ComplianceRow> rows) {
        Collator collator = VietnameseCollation.collator();
        record Keyed(ComplianceRow row, int rank, CollationKey given, CollationKey name, CollationKey committee) {
        }
        List<Keyed> keyed = new ArrayList<>(rows.size());
        for (ComplianceRow r : rows) {
            keyed.add(new Keyed(r, needRank(r.standing()), collator.getCollationKey(VietnameseText.givenName(r.name())),
                    collator.getCollationKey(r.name()), collator.getCollationKey(r.committeeName())));
        }
        keyed.sort(Comparator.comparingInt(Keyed::rank).thenComparing(Keyed::given).thenComparing(Keyed::name)
                .thenComparing(k -> k.row().cadreId()).thenComparing(Keyed::committee));
        return keyed.stream().map(Keyed::row).toList();
    }

    /** Behind 0, on track 1, met 2, then the rows no norm bound. */
    public static int needRank(Standing standing) {
        return switch (standing) {
            case BEHIND -> 0;
            case ON_TRACK -> 1;
            case MET -> 2;
            case TIER_ABOLISHED -> 3;
            case NO_NORM -> 4;
        };
    }

    public long count(Standing standing) {
        return rows.stream().filter(r -> r.standing() == standing).count();
    }

    /** Rows whose tier was abolished in or before the year, whatever their standing. */
    public long abolishedTierCount() {
        return rows.stream().filter(r -> r.tierAbolishedOn() != null).count();
    }

    /** Met or on track, as a share of the rows a norm bound; 100 when none did. */
    public double compliantPercent() {
        long judged = rows.stream().filter(r -> r.standing().isJudged()).count();
        long ok = count(Standing.MET) + count(Standing.ON_TRACK);
        return judged == 0 ? 100.0 : 100.0 * ok / judged;
    }

    /** Counts by standing, in the order of {@link Standing}. */
    public Map<Standing, Long> counts() {
        Map<Standing, Long> out = new LinkedHashMap<>();
        for (Standing s : Standing.values()) {
            out.put(s, count(s));
        }
        return out;
    }

    /** Only the rows that cover one committee (its members; under STRICTEST also those held to another norm). */
    public ComplianceReport forCommittee(Long committeeId) {
        if (committeeId == null) {
            return this;
        }
        return new ComplianceReport(year, asOf, policy,
                rows.stream().filter(r -> r.committeeIds().contains(committeeId)).toList(), committees);
    }
}
