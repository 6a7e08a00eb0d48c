package org.diaban.importing.legacy.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diaban.domain.hierarchy.Tier;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.importing.legacy.text.LegacyText;
import org.diaban.service.hierarchy.HierarchyQueries;

/**
 * Finds the district of a legacy file from the decoded lines of its title block ("HUYỆN ỦY HỮU
 * LŨNG", "ĐẢNG BỘ HUYỆN BẮC SƠN", "BAN TỔ CHỨC HUYỆN ỦY ĐÌNH LẬP", "THÀNH ỦY LẠNG SƠN"). Matching
 * ignores case and old/new tone placement. Every district-tier unit that ever existed is a
 * candidate, so old files of districts abolished in 2025 are still recognised.
 */
public final class DistrictDetector {

    /** Words before a district name that name its committee or party body. */
    private static final String COMMITTEE = "(?:huyện ủy|thành ủy|thị ủy|đảng bộ huyện|đảng bộ thành phố|đảng bộ thị xã"
            + "|ủy ban nhân dân huyện|ủy ban nhân dân thành phố|ubnd huyện|ubnd thành phố)";
    private static final String TYPE = "(?:huyện|thành phố|thị xã|tp\\.?)";
    private static final double COMMITTEE_SCORE = 1.0;
    private static final double TYPE_SCORE = 0.8;
    private static final double NAME_SCORE = 0.4;

    private record Entry(ResolvedPlace district, Pattern committee, Pattern typed, Pattern bare) {
    }

    private final List<Entry> entries = new ArrayList<>();

    private DistrictDetector(Collection<UnitState> states) {
        Map<Long, UnitState> latest = new LinkedHashMap<>();
        for (UnitState s : states) {
            if (Tier.DISTRICT.equals(s.tierCode())) {
                latest.merge(s.unitId(), s, (a, b) -> later(a, b));
            }
        }
        for (UnitState d : latest.values()) {
            String name = Pattern.quote(LegacyText.unitKey(d.name()));
            String end = "(?![\\p{L}\\p{M}\\p{N}])";
            entries.add(new Entry(ResolvedPlace.of(d),
                    Pattern.compile(COMMITTEE + "\\s+" + name + end),
                    Pattern.compile("(?<![\\p{L}\\p{M}])" + TYPE + "\\s*" + name + end),
                    Pattern.compile("(?<![\\p{L}\\p{M}])(?<!tỉnh )" + name + end)));
        }
    }

    public static DistrictDetector of(Collection<UnitState> states) {
        return new DistrictDetector(states);
    }

    public static DistrictDetector of(HierarchyQueries hierarchy) {
        return new DistrictDetector(hierarchy.allStates());
    }

    /** The candidates named by the lines, most confident first; empty if none is named. */
    public DistrictDetection detect(List<String> titleLines) {
        Map<Long, DistrictCandidate> best = new HashMap<>();
        for (String raw : titleLines) {
            String line = key(raw);
            if (line.isEmpty()) {
                continue;
            }
            for (Entry e : entries) {
                double score = score(e, line);
                if (score > 0) {
                    DistrictCandidate c = new DistrictCandidate(e.district(), score, LegacyText.normalize(raw));
                    best.merge(e.district().unitId(), c, (a, b) -> b.confidence() > a.confidence() ? b : a);
                }
            }
        }
        List<DistrictCandidate> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(DistrictCandidate::confidence).reversed()
                .thenComparing(c -> c.district().externalKey()));
        return new DistrictDetection(out);
    }

    private static double score(Entry e, String line) {
        if (e.committee().matcher(line).find()) {
            return COMMITTEE_SCORE;
        }
        if (e.typed().matcher(line).find()) {
            return TYPE_SCORE;
        }
        Matcher bare = e.bare().matcher(line);
        while (bare.find()) {
            // "tỉnh Lạng Sơn" is the province, not Thành phố Lạng Sơn
            String before = line.substring(0, bare.start()).stripTrailing();
            if (!before.endsWith("tỉnh") && !before.endsWith("tỉnh ủy")) {
                return NAME_SCORE;
            }
        }
        return 0;
    }

    /** Lower case, new-style tones, one line, single spaces. */
    private static String key(String raw) {
        String clean = LegacyText.normalize(raw);
        if (clean == null) {
            return "";
        }
        return LegacyText.newStyleTones(clean.replace('\n', ' ').toLowerCase(Locale.ROOT));
    }

    private static UnitState later(UnitState a, UnitState b) {
        if (a.range().from() == null) {
            return b;
        }
        if (b.range().from() == null) {
            return a;
        }
        return b.range().from().isAfter(a.range().from()) ? b : a;
    }
}
