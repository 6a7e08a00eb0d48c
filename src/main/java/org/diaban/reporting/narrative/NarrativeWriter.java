package org.diaban.reporting.narrative;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.diaban.i18n.I18n;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.service.report.ReportControl;
import org.diaban.service.report.Resolution77Report;

/**
 * Writes the narrative draft of a Resolution 77 progress report as a Word document (sections
 * I–V with the period's figures in the sentences, and marked gaps) for the officer to finish.
 * The file appears only when complete: it is written beside the target and moved into place,
 * so a cancelled or failed run leaves nothing (and an older file of that name untouched).
 */
public final class NarrativeWriter {

    private static final int STEPS = 3;

    private final Wording wording;

    public NarrativeWriter() {
        this(new I18n(I18n.VIETNAMESE));
    }

    public NarrativeWriter(I18n i18n) {
        this.wording = new Wording(Objects.requireNonNull(i18n, "i18n"));
    }

    /**
     * @throws org.diaban.service.report.ReportCancelledException when {@code control} is cancelled
     * @throws NarrativeWriteException when the file cannot be written
     */
    public void write(Resolution77Report report, DocumentDetails details, FormatProfile profile, Path out,
                      ReportControl control) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(profile, "profile");
        ReportControl ctl = control == null ? ReportControl.NONE : control;
        Path target = out.toAbsolutePath();

        ctl.progress(0, STEPS, "narrative.progress.compose");
        ctl.checkCancelled();
        Narrative narrative = new NarrativeComposer(wording).compose(report, ctl);

        ctl.progress(1, STEPS, "narrative.progress.layout");
        try (XWPFDocument doc = new XWPFDocument()) {
            lay(doc, report, details, profile, narrative, ctl);
            ctl.progress(2, STEPS, "narrative.progress.save");
            ctl.checkCancelled();
            save(doc, target);
        } catch (IOException e) {
            throw new NarrativeWriteException(target, e);
        }
        ctl.progress(STEPS, STEPS, "narrative.progress.save");
    }

    private void lay(XWPFDocument doc, Resolution77Report report, DocumentDetails details, FormatProfile profile,
                     Narrative narrative, ReportControl control) {
        DocxFormat format = new DocxFormat(doc, profile);
        format.setUpPage();
        new HeaderBlock(format).write(report.scope(), details, report.computedOn());
        BodyLayout body = new BodyLayout(format, wording);
        body.writeTitle(wording.period(report.period()));
        body.writeBody(narrative, control);
        new SignatureBlock(format, wording).write(details, report.scope().committeeName());
    }

    private static void save(XWPFDocument doc, Path target) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            try (OutputStream os = Files.newOutputStream(temp)) {
                doc.write(os);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
