package org.diaban.ui.report;

import java.time.LocalDate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.domain.report.ReportPeriod.Kind;

/**
 * The period chosen in parts: its kind, then a year with a month or a quarter, or two days. The
 * resulting period is null, with the key of the problem, while the parts do not make one.
 */
public final class PeriodChoiceModel {

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.QUARTER);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> month = new SimpleObjectProperty<>(1);
    private final ObjectProperty<Integer> quarter = new SimpleObjectProperty<>(1);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ReportPeriod> period = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problemKey = new ReadOnlyStringWrapper("");
    private boolean setting;

    public PeriodChoiceModel(ReportPeriod initial) {
        set(initial);
        for (Observable part : new Observable[] {kind, year, month, quarter, from, to}) {
            part.addListener(o -> {
                if (!setting) {
                    resolve();
                }
            });
        }
    }

    /** The last quarter that has ended by {@code today}: what an officer reports on by default. */
    public static ReportPeriod lastFinishedQuarter(LocalDate today) {
        int current = (today.getMonthValue() - 1) / 3 + 1;
        return current == 1 ? ReportPeriod.quarter(today.getYear() - 1, 4)
                : ReportPeriod.quarter(today.getYear(), current - 1);
    }

    /** Shows a period in the parts (all at once, so the period changes only once). */
    public void set(ReportPeriod p) {
        setting = true;
        try {
            kind.set(p.kind());
            year.set(p.year());
            if (p.kind() == Kind.MONTH) {
                month.set(p.index());
            } else if (p.kind() == Kind.QUARTER) {
                quarter.set(p.index());
            }
            from.set(p.from());
            to.set(p.to());
        } finally {
            setting = false;
        }
        resolve();
    }

    private void resolve() {
        ReportPeriod p = null;
        String problem = "";
        Kind k = kind.get();
        if (k == Kind.CUSTOM) {
            if (from.get() == null || to.get() == null) {
                problem = "reports.period.problem.days";
            } else if (to.get().isBefore(from.get())) {
                problem = "reports.period.problem.order";
            } else {
                p = ReportPeriod.custom(from.get(), to.get());
            }
        } else if (k == null || year.get() == null) {
            problem = "reports.period.problem.year";
        } else {
            int y = year.get();
            p = switch (k) {
                case MONTH -> ReportPeriod.month(y, month.get() == null ? 1 : month.get());
                case QUARTER -> ReportPeriod.quarter(y, quarter.get() == null ? 1 : quarter.get());
                case HALF_YEAR -> ReportPeriod.halfYear(y);
                case NINE_MONTHS -> ReportPeriod.nineMonths(y);
                case YEAR -> ReportPeriod.year(y);
                case CUSTOM -> throw new IllegalStateException();
            };
        }
        problemKey.set(problem);
        if (!java.util.Objects.equals(p, period.get())) {
            period.set(p);
        }
    }

    /** The code used in file names and on the command line: 2023-Q2, 2023-H1, 2022-05-22_2023-06-30. */
    public static String code(ReportPeriod p) {
        return switch (p.kind()) {
            case MONTH -> String.format("%d-%02d", p.year(), p.index());
            case QUARTER -> p.year() + "-Q" + p.index();
            case HALF_YEAR -> p.year() + "-H1";
            case NINE_MONTHS -> p.year() + "-9M";
            case YEAR -> String.valueOf(p.year());
            case CUSTOM -> p.from() + "_" + p.to();
        };
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Integer> monthProperty() {
        return month;
    }

    public ObjectProperty<Integer> quarterProperty() {
        return quarter;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The period the parts make, or null. */
    public ReadOnlyObjectProperty<ReportPeriod> periodProperty() {
        return period.getReadOnlyProperty();
    }

    /** Why the parts make no period (a bundle key), empty when they do. */
    public ReadOnlyStringProperty problemKeyProperty() {
        return problemKey.getReadOnlyProperty();
    }
}
