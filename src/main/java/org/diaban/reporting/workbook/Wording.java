package org.diaban.reporting.workbook;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.compliance.NormPolicy;
import org.diaban.domain.compliance.Standing;
import org.diaban.domain.people.CadreCategory;
import org.diaban.i18n.I18n;
import org.diaban.service.report.Resolution77Report.TierRef;

/**
 * The words for the report's codes, in the writer's language. The words an annex repeats on every
 * row (category, tier, role) are looked up once each.
 */
final class Wording {

    private final I18n i18n;
    private final Map<TierRef, String> tierTitles = new HashMap<>();
    private final Map<CadreCategory, String> categoriesShort = new EnumMap<>(CadreCategory.class);
    private final Map<AssignmentRole, String> roles = new EnumMap<>(AssignmentRole.class);

    Wording(I18n i18n) {
        this.i18n = i18n;
    }

    I18n i18n() {
        return i18n;
    }

    String text(String key) {
        return i18n.get(key);
    }

    String format(String key, Object... args) {
        return i18n.format(key, args);
    }

    boolean isEnglish() {
        return i18n.isEnglish();
    }

    /** "cấp huyện": the tier's name as stored ("Cấp huyện") inside a sentence. */
    String tier(TierRef tier) {
        return tier == null ? "" : tier.inSentence(i18n.isEnglish());
    }

    /** "Cấp huyện": the tier's name standing alone in a cell. */
    String tierTitle(TierRef tier) {
        return tier == null ? "" : tierTitles.computeIfAbsent(tier, t -> t.title(i18n.isEnglish()));
    }

    String category(CadreCategory c) {
        return c == null ? "" : i18n.get("cadres.category." + c.name());
    }

    String categoryShort(CadreCategory c) {
        return c == null ? "" : categoriesShort.computeIfAbsent(c, k -> i18n.get("assignments.category." + k.name()));
    }

    String role(AssignmentRole r) {
        return r == null ? "" : roles.computeIfAbsent(r, k -> i18n.get("assignment.role." + k.name()));
    }

    String status(ConcernStatus s) {
        return i18n.get("concerns.status." + s.name());
    }

    String standing(Standing s) {
        return s == null ? "" : i18n.get("compliance.status." + s.name());
    }

    /** How attendance was judged, in words; the report carries the policy's code. */
    String policy(String code) {
        for (NormPolicy p : NormPolicy.values()) {
            if (p.name().equals(code)) {
                return i18n.get("compliance.policy." + p.name());
            }
        }
        return code;
    }

    String yesNo(boolean yes) {
        return i18n.get(yes ? "workbook.yes" : "workbook.no");
    }
}
