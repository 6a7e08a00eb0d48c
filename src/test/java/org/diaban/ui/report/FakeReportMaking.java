package org.diaban.ui.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.service.report.ReportControl;
import org.diaban.service.report.ReportRequest;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.ScopeChoice;

/**
 * The report port without a database: the figures of {@link FakeReports}, every call recorded.
 * Computing can be made to fail, or to wait on a latch (a "slow" report that is cancelled).
 */
public final class FakeReportMaking implements ReportMaking {

    /** What writeWorkbook or writeNarrative was asked to write. */
    public record Written(Resolution77Report report, DocumentDetails details, FormatProfile profile, Path out) {
    }

    public final List<ReportRequest> computed = new CopyOnWriteArrayList<>();
    public final List<Written> workbooks = new CopyOnWriteArrayList<>();
    public final List<Written> narratives = new CopyOnWriteArrayList<>();
    /** Counted down when a compute starts, for tests that wait for a slow one. */
    public volatile CountDownLatch started = new CountDownLatch(1);
    /** When set, compute waits for it before finishing (and then honours a cancel). */
    public volatile CountDownLatch gate;
    public volatile RuntimeException failure;

    @Override
    public List<ScopeChoice> scopes(ReportPeriod period) {
        return FakeReports.scopes(period);
    }

    @Override
    public Resolution77Report compute(ReportRequest request, ReportControl control) {
        computed.add(request);
        started.countDown();
        control.progress(1, 4, "reports.progress.computing");
        CountDownLatch wait = gate;
        if (wait != null) {
            try {
                if (!wait.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        control.checkCancelled();
        if (failure != null) {
            throw failure;
        }
        control.progress(4, 4, "reports.progress.computing");
        return FakeReports.report(request);
    }

    @Override
    public List<FormatProfile> profiles() {
        return FakeReports.profiles();
    }

    /** Problems the fake reports with the user's profile files. */
    final List<String> profileProblems = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The folder the fake hands out as the profiles folder. */
    volatile Path profilesFolder;

    @Override
    public List<String> profileProblems() {
        return List.copyOf(profileProblems);
    }

    @Override
    public Path profilesFolder() {
        return profilesFolder;
    }

    @Override
    public DocumentDetails defaultDetails(Resolution77Report report, FormatProfile profile) {
        return new DocumentDetails("", report.period().to().plusDays(5), report.scope().placeName(),
                profile.signerCapacity(), profile.signerTitle(), "Nguyễn Văn Bình",
                List.of("Ban Thường vụ Tỉnh ủy (để báo cáo)", "Lưu Văn phòng"));
    }

    @Override
    public void writeWorkbook(Resolution77Report report, DocumentDetails details, FormatProfile profile, Path out,
                              ReportControl control) {
        workbooks.add(new Written(report, details, profile, out));
        write(out, control);
    }

    @Override
    public void writeNarrative(Resolution77Report report, DocumentDetails details, FormatProfile profile, Path out,
                               ReportControl control) {
        narratives.add(new Written(report, details, profile, out));
        write(out, control);
    }

    private static void write(Path out, ReportControl control) {
        try {
            Files.writeString(out, "fake");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        control.progress(1, 1, "reports.progress.writing");
    }
}
