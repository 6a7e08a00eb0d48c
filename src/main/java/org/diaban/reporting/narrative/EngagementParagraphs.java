package org.diaban.reporting.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.diaban.domain.activity.ConcernStatus;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.BelowNorm;
import org.diaban.service.report.Resolution77Report.ComplianceFigures;
import org.diaban.service.report.Resolution77Report.ConcernFigures;
import org.diaban.service.report.Resolution77Report.TierCompliance;
import org.diaban.service.report.Resolution77Report.TopicRow;
import org.diaban.service.report.Resolution77Report.WorkingGroupRow;

/** Section II, parts 3 to 5: chi-bộ meetings against the norm, working groups, dialogues and concerns. */
final class EngagementParagraphs {

    /** Names listed in a sentence before "and n others" (the full list is in the workbook). */
    private static final int NAMES_SHOWN = 10;
    private static final int GROUPS_SHOWN = 8;
    private static final int TOPICS_SHOWN = 3;

    private final Wording w;

    EngagementParagraphs(Wording wording) {
        this.w = wording;
    }

    void write(Figures f, Narrative out) {
        Resolution77Report r = f.report();
        out.subsection(w.text("narrative.section.2.3"));
        writeCompliance(r, out);
        out.subsection(w.text("narrative.section.2.4"));
        writeGroups(r, out);
        out.subsection(w.text("narrative.section.2.5"));
        writeConcerns(f, out);
    }

    private void writeCompliance(Resolution77Report r, Narrative out) {
        int meetings = r.activities().cellMeetings();
        out.body(meetings == 0 ? w.text("narrative.compliance.meetingsNone")
                : w.text("narrative.compliance.meetings", w.number(meetings)));
        if (r.compliance().isEmpty()) {
            out.body(w.text("narrative.compliance.none"));
        }
        for (ComplianceFigures year : r.compliance()) {
            List<String> tiers = year.tiers().stream().filter(t -> t.members() > 0).map(this::tierCompliance).toList();
            if (tiers.isEmpty()) {
                out.body(w.text("narrative.compliance.none"));
                continue;
            }
            out.body(w.text("narrative.compliance.year", String.valueOf(year.year()), w.date(year.asOf()),
                    String.join("; ", tiers)));
            int behind = Figures.behind(year);
            out.body(behind == 0 ? w.text("narrative.compliance.allMet", String.valueOf(year.year()))
                    : w.text("narrative.compliance.behind", w.number(behind), names(year.belowNorm(), behind)));
        }
    }

    private String tierCompliance(TierCompliance t) {
        if (t.norm() == null) {
            return w.text("narrative.compliance.tierNoNorm", w.tierName(t.tier()), w.number(t.members()));
        }
        int judged = t.met() + t.onTrack() + t.behind();
        return w.text("narrative.compliance.tier", w.tierName(t.tier()), w.number(t.met() + t.onTrack()),
                w.number(judged), w.number(t.norm()), w.percent(t.percent()));
    }

    private String names(List<BelowNorm> below, int behind) {
        List<String> names = new ArrayList<>(below.stream().limit(NAMES_SHOWN)
                .map(b -> w.text("narrative.compliance.behindName", b.name(), b.committeeName(),
                        w.number(b.attended()), w.number(b.required())))
                .toList());
        int more = Math.max(behind, below.size()) - names.size();
        if (more > 0) {
            names.add(w.text("narrative.compliance.behindMore", w.number(more)));
        }
        return String.join("; ", names);
    }

    private void writeGroups(Resolution77Report r, Narrative out) {
        List<WorkingGroupRow> formed = r.workingGroups().groups().stream().filter(WorkingGroupRow::formedInPeriod)
                .toList();
        int count = Math.max(r.workingGroups().formed(), formed.size());
        if (count == 0) {
            out.body(w.text("narrative.groups.none"));
        } else {
            List<String> rows = new ArrayList<>(formed.stream().limit(GROUPS_SHOWN).map(this::group).toList());
            if (count > rows.size()) {
                rows.add(w.text("narrative.groups.more", w.number(count - rows.size())));
            }
            Map<Integer, Integer> byYear = new TreeMap<>();
            formed.forEach(g -> byYear.merge(g.formedYear(), 1, Integer::sum));
            if (byYear.size() > 1) {
                List<String> years = byYear.entrySet().stream()
                        .map(e -> w.text("narrative.groups.byYear", String.valueOf(e.getKey()), w.number(e.getValue())))
                        .toList();
                out.body(w.text("narrative.groups.formedByYear", w.number(count), String.join(", ", years),
                        String.join("; ", rows)));
            } else {
                out.body(w.text("narrative.groups.formed", w.number(count), String.join("; ", rows)));
            }
        }
        long continuing = r.workingGroups().groups().stream().filter(g -> !g.formedInPeriod()).count();
        if (continuing > 0) {
            out.body(w.text("narrative.groups.continuing", w.number(continuing)));
        }
    }

    private String group(WorkingGroupRow g) {
        String members = w.number(g.members());
        if (g.communeNames().isEmpty()) {
            return w.text("narrative.groups.rowNoCommunes", g.name(), g.committeeName(), g.leaderName(), members);
        }
        return w.text("narrative.groups.row", g.name(), g.committeeName(), g.leaderName(), members,
                String.join(", ", g.communeNames()));
    }

    private void writeConcerns(Figures f, Narrative out) {
        Resolution77Report r = f.report();
        int dialogues = r.activities().dialogues();
        out.body(dialogues == 0 ? w.text("narrative.dialogues.none")
                : w.text("narrative.dialogues", w.number(dialogues)));
        ConcernFigures c = r.concerns();
        if (c.received() == 0) {
            out.body(w.text("narrative.concerns.none"));
            return;
        }
        int resolved = f.resolvedConcerns();
        String overdue = c.overdue() == 0 ? w.text("narrative.concerns.noOverdue")
                : w.text("narrative.concerns.overdue", w.number(c.overdue()));
        out.body(w.text("narrative.concerns", w.number(c.received()), w.number(resolved),
                w.percent(resolved, c.received()), w.number(f.openConcerns()), overdue));
        int escalated = f.concerns(ConcernStatus.ESCALATED);
        if (escalated > 0) {
            out.body(w.text("narrative.concerns.escalated", w.number(escalated)));
        }
        List<String> topics = c.byTopic().stream().filter(t -> t.received() > 0)
                .sorted(Comparator.comparingInt(TopicRow::received).reversed()).limit(TOPICS_SHOWN)
                .map(t -> w.text("narrative.concerns.topic", topicName(t), w.number(t.received()))).toList();
        if (!topics.isEmpty()) {
            out.body(w.text("narrative.concerns.topics", w.list(topics)));
        }
    }

    private String topicName(TopicRow t) {
        return w.english() && t.topicNameEn() != null && !t.topicNameEn().isBlank() ? t.topicNameEn() : t.topicName();
    }
}
